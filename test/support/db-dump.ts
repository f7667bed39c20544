import type BetterSqlite3 from 'better-sqlite3';
import { EDITABLE_TABLES } from '../../src-main/db/schema';

/** Every editable row, each value through SQLite's quote(): exact down to INTEGER 90 vs REAL 90.0. */
export function dumpEditableTables(raw: BetterSqlite3.Database): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of EDITABLE_TABLES) {
    const cols = (raw.prepare(`SELECT name FROM pragma_table_info('${t}')`).pluck().all() as string[]).map(
      (c) => `quote("${c}")`,
    );
    out[t] = raw
      .prepare(`SELECT ${cols.join(` || ',' || `)} FROM ${t} ORDER BY id`)
      .pluck()
      .all() as string[];
  }
  return out;
}
