import ICAL from 'ical.js';
import { parsePlanFile } from './plan-file/parse';
import type { PlanFile } from './plan-file/format';
import { readCsv } from './table/csv-read';
import type { ReadTable } from './table/grid';
import { readXlsx } from './table/xlsx-read';
import { parseIcs, type ParsedCalendar } from './ics/ics-read';
import { refuse } from './limits';

/** What the file worker can be asked to do; each job is a pure parser over bytes. */
export type WorkerJob =
  | { kind: 'plan-file'; bytes: Uint8Array }
  | { kind: 'table'; bytes: Uint8Array; fileName?: string }
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
      return readTable(job.bytes, job.fileName);
    case 'ics':
      // Zones registered from one file's VTIMEZONEs must not apply to the next file.
      ICAL.TimezoneService.reset();
      return parseIcs(job.bytes, job.timeZone);
  }
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * XLSX is a zip (PK\3\4); anything else is read as delimited text, unless its name or its first
 * bytes say it is a workbook, when the planner is told what kind of file it is not.
 */
export async function readTable(bytes: Uint8Array, fileName = ''): Promise<ReadTable> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) return { sheets: await readXlsx(bytes), encoding: 'xlsx' };
  if (OLE2.every((b, i) => bytes[i] === b)) {
    refuse(
      'old_xls',
      '这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入。',
      'This is an old Excel file (.xls): save it as .xlsx or CSV in Excel or WPS, then import it.',
    );
  }
  if (/\.(xlsx|xlsm|xls)$/i.test(fileName.trim())) {
    refuse(
      'not_xlsx',
      '文件名是 Excel 表格（.xlsx），但内容不是 Excel 工作簿：文件可能已损坏，或是改了扩展名的其他文件。',
      'The file is named as an Excel workbook (.xlsx) but is not one: it may be damaged, or another kind of file renamed.',
    );
  }
  const { grid, encoding } = readCsv(bytes);
  return { sheets: [{ name: 'CSV', rows: grid }], encoding };
}
