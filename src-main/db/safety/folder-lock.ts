import { hostname } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * One writer per data folder, whichever door it comes through. The lock is an exclusive SQLite
 * lock on a small file `dangqi.lock` beside the workspace: the operating system drops it the
 * moment its process ends, however it ends (kill -9, a crash), so a stale lock is never left
 * behind and taking it over needs no guess about whether an old process id is still alive.
 * An exclusive lock bars readers too, so who holds it is kept in the sidecar `dangqi.lock.json`,
 * written by the holder only once it has the lock; a refused process reads the holder there.
 */
export const LOCK_FILE = 'dangqi.lock';
export const HOLDER_FILE = 'dangqi.lock.json';

export interface LockHolder {
  pid: number;
  door: string;
  host: string;
  since: string;
}

export type LockAttempt =
  | { ok: true; lock: FolderLock }
  | { ok: false; reason: 'held'; holder: LockHolder | null }
  | { ok: false; reason: 'read-only'; code: string };

export interface FolderLock {
  holder: LockHolder;
  release(): void;
}

const READ_ONLY_CODES = new Set(['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'EROFS', 'EACCES', 'EPERM']);

export interface LockOptions {
  nativeBinding?: string;
  now?: () => string;
  /** Writes the holder sidecar (atomically: a reader never sees half of it). */
  writeHolder: (file: string, holder: LockHolder) => Promise<void>;
  readHolder: (file: string) => LockHolder | null;
}

export async function acquireFolderLock(dataDir: string, door: string, options: LockOptions): Promise<LockAttempt> {
  const native = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(join(dataDir, LOCK_FILE), { ...native, timeout: 0 });
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (READ_ONLY_CODES.has(code) || code.startsWith('SQLITE_READONLY'))
      return { ok: false, reason: 'read-only', code };
    throw error;
  }
  // SQLite quietly falls back to read-only for an existing file it cannot write.
  if (db.readonly) {
    db.close();
    return { ok: false, reason: 'read-only', code: 'SQLITE_READONLY' };
  }
  try {
    db.pragma('journal_mode = DELETE');
    // EXCLUSIVE locking mode keeps the lock taken by the first write until the connection closes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE; CREATE TABLE IF NOT EXISTS lock (x); COMMIT;');
  } catch (error) {
    db.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
      return { ok: false, reason: 'held', holder: options.readHolder(join(dataDir, HOLDER_FILE)) };
    if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN')
      return { ok: false, reason: 'read-only', code };
    throw error;
  }
  const holder: LockHolder = {
    pid: process.pid,
    door,
    host: hostname(),
    since: (options.now ?? (() => new Date().toISOString()))(),
  };
  try {
    await options.writeHolder(join(dataDir, HOLDER_FILE), holder);
  } catch (error) {
    db.close();
    const code = String((error as { code?: unknown }).code ?? '');
    if (READ_ONLY_CODES.has(code)) return { ok: false, reason: 'read-only', code };
    throw error;
  }
  let released = false;
  return {
    ok: true,
    lock: {
      holder,
      release: () => {
        if (released) return;
        released = true;
        db.close();
      },
    },
  };
}
