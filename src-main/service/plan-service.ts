import type { AppInfo, Handlers } from '../../src-shared/contract';
import { SCHEMA_VERSION } from '../db/migrations';
import { activityBulkHandlers } from './activity-bulk-handlers';
import { activityHandlers } from './activity-handlers';
import { calendarHandlers } from './calendar-handlers';
import { baselineHandlers } from './baseline-handlers';
import { engineHandlers } from './engine-handlers';
import { fileHandlers } from './file-handlers';
import { itemHandlers } from './item-handlers';
import { planHandlers } from './plan-handlers';
import { planItemsHandlers } from './plan-items-handlers';
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
export function createPlanService(ws: Workspace, info: ServiceInfo): Handlers {
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
    ...calendarHandlers(ws),
    ...engine,
    ...baselineHandlers(ws, engine['conflict/list']),
    'history/state': () => ws.historyState(),
    'history/undo': () => ws.undo(),
    'history/redo': () => ws.redo(),
  };
}
