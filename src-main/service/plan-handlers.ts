import type { Handlers } from '../../src-shared/contract';
import { notFound } from '../../src-shared/errors';
import { type Plan, PlanInput } from '../../src-shared/model';
import { listActivities } from '../db/queries/activities';
import { listBudgetLines, listKpis, listRisks, listTasks } from '../db/queries/plan-items';
import { findPlan, listPlans, planToRow } from '../db/queries/plans';
import { listResources, listSegments } from '../db/queries/resources';
import type { EditRecorder } from './edit-recorder';
import { label } from './localize';
import { checkFresh } from './stale';
import { readPlanSettings } from './settings-handlers';
import { validationError } from './validation-error';
import type { Workspace } from './workspace';

type PlanHandlers = Pick<Handlers, 'plan/list' | 'plan/get-snapshot' | 'plan/create' | 'plan/update' | 'plan/delete'>;

export function planHandlers(ws: Workspace): PlanHandlers {
  return {
    'plan/list': () => listPlans(ws.db),

    'plan/get-snapshot': async ({ id }) => {
      const plan = await findPlan(ws.db, id);
      if (!plan) throw notFound('plan', id);
      const [settings, activities, budgetLines, risks, kpis, tasks, resources, segments, history] = await Promise.all([
        readPlanSettings(ws.db, id),
        listActivities(ws.db, id),
        listBudgetLines(ws.db, id),
        listRisks(ws.db, id),
        listKpis(ws.db, id),
        listTasks(ws.db, id),
        listResources(ws.db),
        listSegments(ws.db),
        ws.historyState(),
      ]);
      return { plan, settings, activities, budgetLines, risks, kpis, tasks, resources, segments, history };
    },

    'plan/create': (args) => {
      const now = ws.now();
      const plan: Plan = { ...args, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
      return ws.edit(label('新建', 'Create', '方案', 'plan', plan.name), async (rec) => {
        await rec.insert('plans', planToRow(plan));
        rec.touchPlan(plan.id);
        return plan;
      });
    },

    'plan/update': (args) => {
      const { expectedUpdatedAt, ...fields } = args;
      // Read inside the edit's transaction: the patch merges with the plan as it is then.
      return ws.edit(label('修改', 'Edit', '方案', 'plan', ''), async (rec) => {
        const existing = await findPlan(rec.trx, args.id);
        checkFresh('plan', args.id, existing, expectedUpdatedAt, (p) => p.name);
        if (!existing) throw notFound('plan', args.id);
        rec.relabel(label('修改', 'Edit', '方案', 'plan', existing.name));
        const merged = { ...existing, ...definedOnly(fields) };
        const checked = PlanInput.safeParse(merged);
        if (!checked.success) throw validationError(checked.error);
        const plan: Plan = { ...merged, ...checked.data, updatedAt: ws.now() };
        const { settings_json: _keep, ...row } = planToRow(plan);
        await rec.update('plans', plan.id, row);
        rec.touchPlan(plan.id);
        return plan;
      });
    },

    'plan/delete': async ({ id }) => {
      const existing = await findPlan(ws.db, id);
      if (!existing) throw notFound('plan', id);
      return ws.edit(label('删除', 'Delete', '方案', 'plan', existing.name), async (rec) => {
        await deletePlanContents(rec, id);
        await rec.delete('plans', id);
        rec.touchPlan(id);
        return { id };
      });
    },
  };
}

/** Everything a plan owns, children before parents, each row recorded so undo brings it back. */
async function deletePlanContents(rec: EditRecorder, planId: string): Promise<void> {
  for (const table of ['budget_lines', 'risks', 'kpis', 'tasks', 'baselines', 'move_reasons'] as const)
    await rec.deleteWhere(table, 'plan_id', planId);
  // A plan's activities' children, then the activities: one statement per table, not per activity.
  const ofPlan = { table: 'activities', column: 'plan_id' } as const;
  await rec.deleteWhere('activity_claims', 'activity_id', planId, ofPlan);
  await rec.deleteWhere('activity_segments', 'activity_id', planId, ofPlan);
  await rec.deleteWhere('activities', 'plan_id', planId);
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
