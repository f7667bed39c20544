import ICAL from 'ical.js';
import { parsePlanFile } from './plan-file/parse';
import type { PlanFile } from './plan-file/format';
import { readCsv } from './table/csv-read';
import type { ReadTable } from './table/grid';
import { readXlsx } from './table/xlsx-read';
import { parseIcs, type ParsedCalendar } from './ics/ics-read';

/** What the file worker can be asked to do; each job is a pure parser over bytes. */
export type WorkerJob =
  | { kind: 'plan-file'; bytes: Uint8Array }
  | { kind: 'table'; bytes: Uint8Array }
  | { kind: 'ics'; bytes: Uint8Array; timeZone: string };

export interface JobResults {
  'plan-file': PlanFile;
  table: ReadTable;
  ics: ParsedCalendar;
}

export async function runJob(job: WorkerJob): Promise<JobResults[WorkerJob['kind']]> {
  switch (job.kind) {
    case 'plan-file':
      return parsePlanFile(job.bytes);
    case 'table':
      return readTable(job.bytes);
    case 'ics':
      // Zones registered from one file's VTIMEZONEs must not apply to the next file.
      ICAL.TimezoneService.reset();
      return parseIcs(job.bytes, job.timeZone);
  }
}

/** XLSX is a zip (PK\3\4); anything else is read as delimited text. */
export async function readTable(bytes: Uint8Array): Promise<ReadTable> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return { sheets: await readXlsx(bytes), encoding: 'xlsx' };
  const { grid, encoding } = readCsv(bytes);
  return { sheets: [{ name: 'CSV', rows: grid }], encoding };
}
