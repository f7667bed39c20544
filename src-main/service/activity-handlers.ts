import type { Handlers } from '../../src-shared/contract';
import { notFound } from '../../src-shared/errors';
import { type Activity, ActivityInput } from '../../src-shared/model';
import { activityToRow, findActivity } from '../db/queries/activities';
import {
  insertActivities,
  normalizeActivity as normalize,
  replaceClaims,
  replaceSegments,
  sortClaims,
} from './activity-rows';
import type { EditRecorder } from './edit-recorder';
import { label } from './localize';
import { checkFresh } from './stale';
import { requireAll, requirePlan } from './references';
import { validationError } from './validation-error';
import type { Workspace } from './workspace';

type ActivityHandlers = Pick<Handlers, 'activity/create' | 'activity/update' | 'activity/delete'>;

/** Activities own two kinds of child rows: resource claims and target-segment links. */
export function activityHandlers(ws: Workspace): ActivityHandlers {
  return {
    'activity/create': (args) => {
      const now = ws.now();
      const activity = normalize({ ...args, id: crypto.randomUUID(), createdAt: now, updatedAt: now });
      return ws.edit(label('新建', 'Create', '活动', 'activity', activity.title), async (rec) => {
        await requirePlan(rec.trx, activity.planId);
        await checkRefs(rec, activity);
        await insertActivities(rec, [activity]);
        rec.touchPlan(activity.planId);
        return activity;
      });
    },

    'activity/update': (args) => {
      const { expectedUpdatedAt, ...fields } = args;
      // Everything is read inside the edit's transaction: a patch merges with the row as it is then.
      return ws.edit(label('修改', 'Edit', '活动', 'activity', ''), async (rec) => {
        const existing = await findActivity(rec.trx, args.id);
        checkFresh('activity', args.id, existing, expectedUpdatedAt, (a) => a.title);
        if (!existing) throw notFound('activity', args.id);
        rec.relabel(label('修改', 'Edit', '活动', 'activity', existing.title));
        const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
        const merged = { ...existing, ...patch };
        // Re-check the whole activity: a patch may move only the start past the stored end.
        const checked = ActivityInput.safeParse(merged);
        if (!checked.success) throw validationError(checked.error);
        const activity: Activity = {
          ...checked.data,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: ws.now(),
        };
        await checkRefs(rec, activity);
        await rec.update('activities', activity.id, activityToRow(activity));
        if (args.claims !== undefined && !sameClaims(existing, activity)) await replaceClaims(rec, activity);
        if (args.segmentIds !== undefined && existing.segmentIds.join() !== [...activity.segmentIds].sort().join()) {
          await replaceSegments(rec, activity);
        }
        rec.touchPlan(activity.planId);
        return normalize(activity);
      });
    },

    'activity/delete': ({ id }) =>
      ws.edit(label('删除', 'Delete', '活动', 'activity', ''), async (rec) => {
        const existing = await findActivity(rec.trx, id);
        if (!existing) throw notFound('activity', id);
        rec.relabel(label('删除', 'Delete', '活动', 'activity', existing.title));
        await deleteActivityRows(rec, id);
        rec.touchPlan(existing.planId);
        return { id };
      }),
  };
}

/** Deletes an activity with everything hanging off it (claims, segment links, budget, risks, KPIs, tasks). */
export async function deleteActivityRows(rec: EditRecorder, id: string): Promise<void> {
  for (const table of ['activity_claims', 'activity_segments', 'budget_lines', 'risks', 'kpis', 'tasks'] as const) {
    await rec.deleteWhere(table, 'activity_id', id);
  }
  await rec.delete('activities', id);
}

async function checkRefs(rec: EditRecorder, a: Activity): Promise<void> {
  await requireAll(
    rec.trx,
    'resources',
    a.claims.map((c) => c.resourceId),
  );
  await requireAll(rec.trx, 'segments', a.segmentIds);
}

const claimKey = (a: Activity) =>
  sortClaims(a.claims)
    .map((c) => `${c.resourceId}:${c.quantity}`)
    .join();
const sameClaims = (x: Activity, y: Activity) => claimKey(x) === claimKey(y);
