import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, Handlers } from '../../src-shared/contract';
import type { WorkspaceStatus } from '../../src-shared/contract-backups';
import { type FolderLock, type LockHolder, acquireFolderLock } from '../db/safety/folder-lock';
import { writeFileAtomic } from '../files/atomic-write';
import type { BackupManager } from './backups';
import { WORKSPACE_FILE } from './data-dir';
import { type Dispatch, createDispatch } from './dispatch';
import type { EventSink } from './event-feed';
import { cannotCreateReadOnly, folderLocked } from './safety-messages';
import type { Workspace } from './workspace';
import { type SessionOptions, WorkspaceSession } from './workspace-session';

export interface OpenWorkspaceOptions {
  dataDir: string;
  door: AppInfo['door'];
  version: string;
  /** An Electron-ABI build of better-sqlite3 (the Electron door only). */
  nativeBinding?: string;
  onInternalError?: (channel: string, error: unknown) => void;
  /** Told of background trouble (a failed automatic backup, a check that timed out). */
  onLog?: (message: string, error?: unknown) => void;
  /** Overrides for tests: backup interval, check interval and bound, large-change threshold. */
  tuning?: Pick<SessionOptions, 'backupEveryMs' | 'checkEveryMs' | 'openCheckTimeoutMs' | 'largeChangeRows'>;
}

export interface OpenedWorkspace {
  /** The workspace open now (it changes after a restore; throws while the workspace is damaged). */
  readonly workspace: Workspace;
  handlers: Handlers;
  dispatch: Dispatch;
  file: string;
  backups: BackupManager;
  status(): WorkspaceStatus;
  /** Runs the periodic integrity check now (damage found stops editing and emits workspace/status). */
  checkNow(): Promise<void>;
  /** Every event of the contract, for whichever workspace is open now. */
  subscribe(sink: EventSink): () => void;
  close(): Promise<void>;
}

/**
 * Start-up shared by both doors: take the data folder's lock (one writer per folder), then open
 * the workspace through the session (damage check, backups, faults). A folder another process
 * holds is refused naming that process; a read-only folder opens its workspace read-only.
 */
export async function openWorkspace(options: OpenWorkspaceOptions): Promise<OpenedWorkspace> {
  const file = join(options.dataDir, WORKSPACE_FILE);
  const folderWritable = prepareDataDir(options.dataDir);
  let lock: FolderLock | null = null;
  let readOnly = !folderWritable;
  if (folderWritable) {
    const attempt = await acquireFolderLock(options.dataDir, options.door, {
      nativeBinding: options.nativeBinding,
      writeHolder: (f, holder) => writeFileAtomic(f, Buffer.from(JSON.stringify(holder))),
      readHolder,
    });
    if (!attempt.ok && attempt.reason === 'held') throw folderLocked(options.dataDir, attempt.holder);
    if (attempt.ok) lock = attempt.lock;
    else readOnly = true;
  }
  if (readOnly && !existsSync(file)) throw cannotCreateReadOnly(options.dataDir, 'EROFS');

  const session = new WorkspaceSession({
    dataDir: options.dataDir,
    file,
    door: options.door,
    version: options.version,
    nativeBinding: options.nativeBinding,
    readOnly,
    log: options.onLog ?? ((message, error) => console.error(`[dangqi] ${message}`, error ?? '')),
    ...options.tuning,
  });
  try {
    await session.start();
  } catch (error) {
    lock?.release();
    throw error;
  }
  const dispatch = createDispatch(session.handlers, { onInternalError: options.onInternalError });
  return {
    get workspace() {
      return session.workspace;
    },
    handlers: session.handlers,
    dispatch,
    file,
    backups: session.backups,
    status: () => session.status(),
    checkNow: () => session.periodicCheck(),
    subscribe: (sink) => session.subscribe(sink),
    close: async () => {
      await session.close();
      lock?.release();
    },
  };
}

/** Creates the folder; false when it exists but cannot be written (a read-only disk or folder). */
function prepareDataDir(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (existsSync(dir)) return false;
    throw cannotCreateReadOnly(dir, code);
  }
  return true;
}

function readHolder(file: string): LockHolder | null {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof v.pid !== 'number') return null;
    return { pid: v.pid, door: String(v.door ?? ''), host: String(v.host ?? ''), since: String(v.since ?? '') };
  } catch {
    return null;
  }
}
