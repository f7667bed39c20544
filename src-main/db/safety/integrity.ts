import BetterSqlite3 from 'better-sqlite3';

/**
 * The integrity checks every workspace and every backup goes through: `quick_check` (page and
 * b-tree structure, O(N), without the index cross-check of integrity_check) and
 * `foreign_key_check` (rows pointing at rows that are gone). The counts let the Backups screen
 * say what a file holds without opening it in the app.
 */
export interface CheckReport {
  /** true when both checks passed. */
  ok: boolean;
  /** The first problems SQLite reported (at most MAX_PROBLEMS), for the log and the details. */
  problems: string[];
  plans: number | null;
  activities: number | null;
  applicationId: number;
  schemaVersion: number;
}

export interface CheckRequest {
  file: string;
  /**
   * Switch the file to rollback-journal mode first, so a backup stands alone without a `-wal`
   * (only for files the app just wrote; a workspace is always checked read-only).
   */
  makeStandalone?: boolean;
  /** Write `file` first, as an online backup of this live workspace (online-backup.ts). */
  copyFrom?: string;
  nativeBinding?: string;
}

const MAX_PROBLEMS = 10;

export function checkDatabaseFile(request: CheckRequest): CheckReport {
  const native = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const db = new BetterSqlite3(request.file, { ...native, readonly: !request.makeStandalone, fileMustExist: true });
  try {
    if (request.makeStandalone) db.pragma('journal_mode = DELETE');
    return checkOpenDatabase(db);
  } finally {
    db.close();
  }
}

export function checkOpenDatabase(db: BetterSqlite3.Database): CheckReport {
  const problems: string[] = [];
  for (const row of db.prepare(`PRAGMA quick_check(${MAX_PROBLEMS})`).pluck().iterate()) {
    if (row !== 'ok') problems.push(String(row));
  }
  for (const row of db.prepare('PRAGMA foreign_key_check').iterate()) {
    if (problems.length >= MAX_PROBLEMS) break;
    const r = row as { table: string; rowid: number | null; parent: string };
    problems.push(`foreign key: ${r.table} row ${r.rowid ?? '?'} points at a missing ${r.parent}`);
  }
  return {
    ok: problems.length === 0,
    problems,
    plans: countRows(db, 'plans'),
    activities: countRows(db, 'activities'),
    applicationId: Number(db.pragma('application_id', { simple: true })),
    schemaVersion: Number(db.pragma('user_version', { simple: true })),
  };
}

function countRows(db: BetterSqlite3.Database, table: 'plans' | 'activities'): number | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return null;
  return Number(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
}
