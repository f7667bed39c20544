import BetterSqlite3 from 'better-sqlite3';

export interface CopyRequest {
  /** The live workspace file. */
  source: string;
  /** A new file to write the backup into. */
  dest: string;
  nativeBinding?: string;
}

/** better-sqlite3 takes the step size from the progress callback: this is "every page left". */
const ALL_PAGES = 0x7fffffff;

/**
 * How many steps may end without finishing before the copy gives up. A step of ALL_PAGES ends
 * early only when SQLite answers BUSY (after the connection's busy timeout), so a handful of
 * retries is plenty; past them the backup fails with an error instead of waiting for ever.
 */
export const MAX_UNFINISHED_STEPS = 20;

/** How long one step waits for a read lock before SQLite answers BUSY. */
const BUSY_WAIT_MS = 2000;

/**
 * SQLite's online backup of a live workspace into `dest`, from a read-only connection of its own
 * (in the check worker for a large workspace, see check-runner.ts) and in ONE step: the whole
 * copy is one read transaction, so it is one consistent moment of the workspace and cannot be
 * restarted by edits (a backup stepped a few pages at a time from another connection starts over
 * whenever the workspace changes; one stepped from the editing connection itself finds an edit's
 * write transaction open and answers BUSY, and under back-to-back edits never finishes). In WAL
 * mode a reader never blocks the writer, so edits go on while it copies; the copy's commit and
 * fsync happen in this thread, not the one answering edits.
 */
export async function copyLiveWorkspace(request: CopyRequest): Promise<void> {
  const native = request.nativeBinding ? { nativeBinding: request.nativeBinding } : {};
  const db = new BetterSqlite3(request.source, {
    ...native,
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_WAIT_MS,
  });
  try {
    let unfinished = 0;
    await db.backup(request.dest, {
      // Called after every step that did not finish (the first is better-sqlite3's own empty one).
      progress: () => {
        if (++unfinished > MAX_UNFINISHED_STEPS) throw new BackupNeverFinished(request.source);
        return ALL_PAGES;
      },
    });
  } finally {
    db.close();
  }
}

/** The copy could not get a read lock in `MAX_UNFINISHED_STEPS` tries (better-sqlite3 then removes the partial file). */
export class BackupNeverFinished extends Error {
  readonly code = 'SQLITE_BUSY';
  constructor(source: string) {
    super(`the backup of ${source} could not read it: it stayed busy over ${MAX_UNFINISHED_STEPS} tries`);
  }
}
