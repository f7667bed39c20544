import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that the target holds either its old content or the complete new content,
 * never a truncated or zero-filled one (what GanttProject users lose work to): write a temp
 * file in the same folder, fsync it, rename it over the target, then fsync the folder so the
 * rename itself survives a power cut. Used for the workspace itself when a backup is restored,
 * and for the small files beside it (each backup's description, the data folder's lock holder).
 */
export interface AtomicWriteHooks {
  /** Runs after the temp file is synced, before the rename (tests use it to simulate a crash). */
  beforeRename?: () => void | Promise<void>;
}

export async function writeFileAtomic(target: string, data: Uint8Array, hooks: AtomicWriteHooks = {}): Promise<void> {
  const dir = dirname(target);
  const tmp = join(dir, `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    const fh = await open(tmp, 'wx', 0o644);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await hooks.beforeRename?.();
    await renameWithRetry(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/** Windows refuses a rename while another program (a virus scanner, Excel) briefly holds the target. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }
}

/** POSIX only: Windows cannot open a directory for fsync, and NTFS journals the rename itself. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const d = await open(dir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
}
