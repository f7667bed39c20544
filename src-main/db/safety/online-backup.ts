import type BetterSqlite3 from 'better-sqlite3';

/**
 * Pages copied per backup step. Between steps better-sqlite3 yields to the event loop
 * (setImmediate), so an edit waits at most one step: 100 pages of 4 KiB, well under a
 * millisecond. Edits made on the same connection meanwhile are written into the backup
 * as well (SQLite updates it in place), so it does not restart and ends up with them.
 */
export const PAGES_PER_STEP = 100;

/**
 * SQLite's online backup of a live workspace into `dest`, from the app's own connection: it
 * reads a consistent snapshot without blocking the writer for more than one step at a time.
 * A step that finds an edit's transaction open answers BUSY and is simply retried.
 */
export async function onlineBackup(raw: BetterSqlite3.Database, dest: string, pagesPerStep = PAGES_PER_STEP) {
  return raw.backup(dest, { progress: () => pagesPerStep });
}
