import { save } from '@automerge/automerge';
import type { Handlers } from '../../src-shared/contract';
import { planDocsOf } from '../sync/plan-docs';
import type { PlanFile } from '../files/plan-file/format';
import { buildPlanFile, encodePlanFile, planFileName } from './plan-file/export';
import { applyPlanImport, expiredPreview, previewPlanImport } from './plan-file/import';
import { planImportConflicts } from './plan-file/import-conflicts';
import { PreviewStore } from '../files/preview-store';
import { parseInWorker } from '../files/worker-client';
import { tableHandlers } from './table/table-handlers';
import { icsHandlers } from './ics/ics-handlers';
import { rowsIn } from './large-change';
import { label } from './localize';
import { APP_VERSION } from './version';
import type { Workspace } from './workspace';

type FileHandlers = Pick<
  Handlers,
  | 'file/export-plan'
  | 'file/preview-plan-import'
  | 'file/plan-import-conflicts'
  | 'file/apply-plan-import'
  | 'file/preview-table-import'
  | 'file/apply-table-import'
  | 'file/export-table'
  | 'file/export-ics'
  | 'file/preview-ics-import'
  | 'file/apply-ics-import'
>;

/** The file channels: exports build bytes from the database; imports parse in a worker, preview, then apply as one edit. */
export function fileHandlers(ws: Workspace): FileHandlers {
  // On the workspace's clock, so a test can let a preview grow old.
  const plans = new PreviewStore<PlanFile>(undefined, undefined, () => Date.parse(ws.now()));
  return {
    'file/export-plan': async ({ planIds }) => {
      // Each plan's document is brought up to date first, so the file's history ends at its rows.
      const docs = await planDocsOf(ws).current(planIds);
      const saved = new Map(planIds.flatMap((id, i) => (docs[i] ? [[id, save(docs[i])] as const] : [])));
      const file = await buildPlanFile(ws.db, planIds, APP_VERSION, saved);
      return {
        fileName: planFileName(file),
        mimeType: 'application/x-dangqi-plan',
        contentBase64: encodePlanFile(file).toString('base64'),
      };
    },

    'file/preview-plan-import': async ({ fileName, contentBase64 }) => {
      const file = await parseInWorker({ kind: 'plan-file', bytes: Buffer.from(contentBase64, 'base64') });
      const token = plans.put(file);
      return previewPlanImport(ws.db, file, token, fileName);
    },

    // Each ask keeps the preview alive (PreviewStore's expiry slides), so a planner working
    // through the remaps for longer than the time to live does not find it expired at apply.
    'file/plan-import-conflicts': async ({ token, resourceMap, segmentMap }) => {
      const file = plans.get(token);
      if (!file) throw expiredPreview();
      return { conflicts: await planImportConflicts(ws.db, file, { resourceMap, segmentMap }) };
    },

    'file/apply-plan-import': async ({ token, resourceMap, segmentMap, language }) => {
      const file = plans.get(token);
      if (!file) throw expiredPreview();
      const name = file.plans.map((p) => p.name).join('、');
      await ws.beforeLargeChange(rowsIn(file));
      const planIds = await ws.edit(label('导入', 'Import', '方案', 'plan', name), (rec) =>
        applyPlanImport(rec, file, { resourceMap, segmentMap, language }, ws.now()),
      );
      plans.delete(token);
      return { planIds };
    },

    ...tableHandlers(ws),
    ...icsHandlers(ws),
  };
}
