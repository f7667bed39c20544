import { closeSync, fdatasyncSync, openSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';

export interface CopyRequest {
  /** The live workspace file. */
  source: string;
  /** A new file to write the backup into. */
  dest: string;
  nativeBinding?: string;
}

/**
 * Pages copied per step (4 MiB of 4 KiB pages). After each step the copy is flushed to disk, so
 * the disk never holds much of it unwritten: otherwise the final commit's fsync writes out the
 * whole backup at once, and an edit's own fsync (its WAL commit) can be made to wait behind it.
 */
export const PAGES_PER_STEP = 1024;

/**
 * How many steps in a row may copy nothing before the copy gives up. A step copies nothing only
 * when SQLite answers BUSY (after the connection's busy timeout), so a handful of tries is
 * plenty; past them the backup fails with an error instead of waiting for ever.
 */
export const MAX_IDLE_STEPS = 20;

/** How long one step waits for a lock before SQLite answers BUSY. */
const BUSY_WAIT_MS = 2000;

/**
 * SQLite's online backup of a live workspace into `dest`, from a read-only connection of its own
 * (in a background worker for a large workspace, see check-runner.ts), inside ONE read
 * transaction held from the first step to the last: the copy is one consistent moment of the
 * workspace and edits cannot restart it. (A backup stepped from another connection without it
 * starts over whenever the workspace changes; one stepped from the editing connection finds an
 * edit's write transaction open and answers BUSY, and under back-to-back edits never finishes.)
 * In WAL mode a reader never blocks the writer, so edits go on while it copies, and the copy's
 * writes and fsyncs happen in this thread, not the one answering edits.
 */
export async function copyLiveWorkspace(request: CopyRequest): Promise<void> {
  const native = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const db = new BetterSqlite3(request.source, {
    ...native,
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_WAIT_MS,
  });
  let fd: number | null = null;
  try {
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // the read snapshot starts here
    let idle = 0;
    let remaining = Number.POSITIVE_INFINITY;
    await db.backup(request.dest, {
      // Called after every step that did not finish (the first is better-sqlite3's own empty one).
      progress: (p) => {
        idle = p.remainingPages < remaining ? 0 : idle + 1;
        remaining = p.remainingPages;
        if (idle > MAX_IDLE_STEPS) throw new BackupNeverFinished(request.source);
        fd ??= openSync(request.dest, 'r+');
        fdatasyncSync(fd);
        return PAGES_PER_STEP;
      },
    });
  } finally {
    if (fd !== null) closeSync(fd);
    if (db.inTransaction) db.exec('COMMIT');
    db.close();
  }
}

/** The copy made no progress in `MAX_IDLE_STEPS` tries (better-sqlite3 then removes the partial file). */
export class BackupNeverFinished extends Error {
  readonly code = 'SQLITE_BUSY';
  constructor(source: string) {
    super(`the backup of ${source} made no progress in ${MAX_IDLE_STEPS} tries (busy, or started over)`);
  }
}
