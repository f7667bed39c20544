import { save } from '@automerge/automerge';
import type { Handlers } from '../../src-shared/contract';
import type { PlanFile } from '../files/plan-file/format';
import { PreviewStore } from '../files/preview-store';
import { parseInWorker } from '../files/worker-client';
import { planDocsOf } from '../sync/plan-docs';
import { rowsIn } from './large-change';
import { label } from './localize';
import { expiredPreview } from './plan-file/import';
import { applyPlanMerge, planMerges, previewPlanMerge } from './plan-file/merge';
import type { Workspace } from './workspace';

type MergeHandlers = Pick<Handlers, 'file/preview-plan-merge' | 'file/apply-plan-merge'>;

/**
 * Merging a colleague's copy of a plan from a plan file (issue #17). The preview and the apply
 * each merge afresh with the plan as it is at that moment, so an edit made between the two is
 * part of what gets merged, never overwritten.
 */
export function planMergeHandlers(ws: Workspace): MergeHandlers {
  const docs = planDocsOf(ws);
  const files = new PreviewStore<PlanFile>(undefined, undefined, () => Date.parse(ws.now()));
  return {
    'file/preview-plan-merge': async ({ fileName, contentBase64 }) => {
      const file = await parseInWorker({ kind: 'plan-file', bytes: Buffer.from(contentBase64, 'base64') });
      const steps = await planMerges(ws, docs, file);
      const token = files.put(file);
      return previewPlanMerge(ws, file, steps, token, fileName);
    },

    'file/apply-plan-merge': async ({ token }) => {
      const file = files.get(token);
      if (!file) throw expiredPreview();
      const steps = await planMerges(ws, docs, file);
      const name = steps.map((s) => s.name).join('、');
      await ws.beforeLargeChange(rowsIn(file));
      const planIds = await ws.edit(label('合并', 'Merge', '方案', 'plan', name), (rec) =>
        applyPlanMerge(rec, file, steps, ws.now(), save),
      );
      files.delete(token);
      return { planIds };
    },
  };
}
