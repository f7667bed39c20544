import type { AppInfo, Handlers } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { SCHEMA_VERSION } from '../db/migrations';
import { activityBulkHandlers } from './activity-bulk-handlers';
import { activityHandlers } from './activity-handlers';
import { calendarHandlers } from './calendar-handlers';
import { baselineHandlers } from './baseline-handlers';
import { engineHandlers } from './engine-handlers';
import { fileHandlers } from './file-handlers';
import { itemHandlers } from './item-handlers';
import { planBaselinesHandlers } from './plan-baselines-handlers';
import { planHandlers } from './plan-handlers';
import { replanHandlers } from './replan-handlers';
import { planItemsHandlers } from './plan-items-handlers';
import { planMergeHandlers } from './plan-merge-handlers';
import { syncHandlers } from './sync-handlers';
import { settingsHandlers } from './settings-handlers';
import { templateHandlers } from './template-handlers';
import type { Workspace } from './workspace';

export interface ServiceInfo {
  version: string;
  door: AppInfo['door'];
  dataDir: string;
}

/**
 * PlanService: the implementation of every contract channel over one workspace database.
 * It knows nothing of IPC or HTTP; the doors hand it validated arguments via dispatch.ts.
 */
export type SafetyHandlers = Pick<
  Handlers,
  'workspace/status' | 'backup/list' | 'backup/create' | 'backup/restore' | 'workspace/salvage'
>;

/**
 * Without a session (tests that build the service over a bare database) there are no backups:
 * the workspace is reported normal, the list is empty and making or restoring one is refused.
 */
const NO_BACKUPS: SafetyHandlers = {
  'workspace/status': () => ({ mode: 'normal', message: null, backupDir: '', newestGoodBackup: null }),
  'backup/list': () => ({ dir: '', backups: [] }),
  'backup/create': () => {
    throw noBackups();
  },
  'backup/restore': () => {
    throw noBackups();
  },
  'workspace/salvage': () => {
    throw noBackups();
  },
};

function noBackups(): AppError {
  return new AppError('VALIDATION', {
    'zh-CN': '此工作区没有备份功能（未通过数据文件夹打开）。',
    en: 'This workspace has no backups (it was not opened from a data folder).',
  });
}

export function createPlanService(ws: Workspace, info: ServiceInfo, safety: SafetyHandlers = NO_BACKUPS): Handlers {
  const engine = engineHandlers(ws);
  return {
    'app/info': () => ({ ...info, schemaVersion: SCHEMA_VERSION }),
    ...planHandlers(ws),
    ...settingsHandlers(ws),
    ...templateHandlers(ws),
    ...activityHandlers(ws),
    ...activityBulkHandlers(ws),
    ...itemHandlers(ws),
    ...planItemsHandlers(ws),
    ...fileHandlers(ws),
    ...planMergeHandlers(ws),
    ...syncHandlers(ws, info.dataDir),
    ...calendarHandlers(ws),
    ...engine,
    ...baselineHandlers(ws, engine['conflict/list']),
    ...planBaselinesHandlers(ws),
    ...replanHandlers(ws),
    'history/state': () => ws.historyState(),
    'history/undo': () => ws.undo(),
    'history/redo': () => ws.redo(),
    ...safety,
  };
}
