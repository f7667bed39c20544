import type { TableImportPreview } from '../../../src-shared/contract-files';
import type { ActivityType } from '../../../src-shared/model';
import { lacksYear } from '../../../src-shared/parse/date';
import { type Cell, type ReadTable, cellText } from './grid';
import { FIELDS_OF, type Mapping, type TableTarget, detectMapping, layoutHash, looksLikeHeader } from './mapping';
import { type ActivityRecord, type BudgetRecord, type ReadRow, readRows } from './rows';

export interface TableOptions {
  target: TableTarget;
  sheet?: string;
  mapping?: Mapping;
  year?: number;
  defaultType?: ActivityType;
  activitiesByTitle: ReadonlyMap<string, string>;
  phaseKeys?: ReadonlyMap<string, string>;
}

export interface TableReading {
  sheetName: string;
  headers: string[];
  hash: string;
  mapping: Mapping;
  mappingSource: 'given' | 'remembered' | 'detected';
  needsYear: boolean;
  rows: ReadRow<ActivityRecord | BudgetRecord>[];
}

/** Reads a parsed table with a mapping (given, remembered for its layout, or detected from its headers). */
export function readTable(
  table: ReadTable,
  opts: TableOptions,
  recall: (hash: string) => Mapping | null,
): TableReading {
  const sheet = table.sheets.find((s) => s.name === opts.sheet) ?? bestSheet(table, opts.target);
  const first = sheet.rows[0] ?? [];
  const hasHeader = looksLikeHeader(first, opts.target);
  const width = Math.max(0, ...sheet.rows.slice(0, 50).map((r) => r.length));
  const headers = hasHeader
    ? Array.from({ length: width }, (_, i) => cellText(first[i]).trim())
    : Array.from({ length: width }, (_, i) => `列${i + 1} / Column ${i + 1}`);
  const hash = layoutHash(hasHeader ? first : headers, opts.target);
  const allowed = new Set(FIELDS_OF[opts.target]);
  const clean = (m: Mapping): Mapping =>
    Object.fromEntries(
      headers.map((_, i) => [String(i), m[String(i)] && allowed.has(m[String(i)]!) ? m[String(i)] : null]),
    );

  let mappingSource: TableReading['mappingSource'] = 'detected';
  let mapping: Mapping;
  const remembered = recall(hash);
  if (opts.mapping) {
    mapping = clean(opts.mapping);
    mappingSource = 'given';
  } else if (remembered) {
    mapping = clean(remembered);
    mappingSource = 'remembered';
  } else mapping = clean(hasHeader ? detectMapping(first, opts.target) : {});

  const body = hasHeader ? sheet.rows.slice(1) : sheet.rows;
  const dateCols = Object.entries(mapping)
    .filter(([, f]) => f === 'start' || f === 'end' || f === 'date')
    .map(([c]) => Number(c));
  const needsYear =
    opts.year === undefined &&
    body.some((r) => dateCols.some((c) => typeof r[c] === 'string' && lacksYear(r[c] as string)));
  const rows = readRows(body, hasHeader ? 2 : 1, mapping, opts.target, {
    year: opts.year,
    defaultType: opts.defaultType,
    activitiesByTitle: opts.activitiesByTitle,
    phaseKeys: opts.phaseKeys,
  });
  return { sheetName: sheet.name, headers, hash, mapping, mappingSource, needsYear, rows };
}

/** Without a chosen sheet: the one whose header row names the most fields of the target (our own export puts 活动 before 预算). */
function bestSheet(table: ReadTable, target: TableOptions['target']): ReadTable['sheets'][number] {
  const score = (rows: ReadTable['sheets'][number]['rows']) =>
    rows.length === 0 ? -1 : Object.values(detectMapping(rows[0], target)).filter((f) => f !== null).length;
  return table.sheets.reduce((best, s) => (score(s.rows) > score(best.rows) ? s : best), table.sheets[0]);
}

/** The preview the renderer shows: every unreadable row, and the first readable ones. */
export function toPreview(token: string, table: ReadTable, r: TableReading): TableImportPreview {
  const bad = r.rows.filter((x) => x.record === null);
  const good = r.rows.filter((x) => x.record !== null);
  const shown = [...bad, ...good.slice(0, 500)].sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    token,
    sheets: table.sheets.map((s) => s.name),
    sheet: r.sheetName,
    encoding: table.encoding,
    headers: r.headers,
    layoutHash: r.hash,
    mapping: r.mapping,
    mappingSource: r.mappingSource,
    needsYear: r.needsYear,
    rows: shown.map((x) => ({ ...x, record: x.record as Record<string, unknown> | null })),
    readable: good.length,
    unreadable: bad.length,
  };
}

export type { Cell };
