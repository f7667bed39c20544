import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo, Handlers } from '../../src-shared/contract';
import { openDatabase } from '../db/open-database';
import { WORKSPACE_FILE } from './data-dir';
import { type Dispatch, createDispatch } from './dispatch';
import { createPlanService } from './plan-service';
import { Workspace } from './workspace';

export interface OpenWorkspaceOptions {
  dataDir: string;
  door: AppInfo['door'];
  version: string;
  /** An Electron-ABI build of better-sqlite3 (the Electron door only). */
  nativeBinding?: string;
  onInternalError?: (channel: string, error: unknown) => void;
}

export interface OpenedWorkspace {
  workspace: Workspace;
  handlers: Handlers;
  dispatch: Dispatch;
  file: string;
  close(): Promise<void>;
}

/** Start-up shared by both doors: open (and migrate) the workspace file and build the service over it. */
export async function openWorkspace(options: OpenWorkspaceOptions): Promise<OpenedWorkspace> {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, WORKSPACE_FILE);
  const opened = await openDatabase(file, { nativeBinding: options.nativeBinding });
  const workspace = new Workspace(opened.db);
  const handlers = createPlanService(workspace, {
    version: options.version,
    door: options.door,
    dataDir: options.dataDir,
  });
  const dispatch = createDispatch(handlers, { onInternalError: options.onInternalError });
  return { workspace, handlers, dispatch, file, close: opened.close };
}
