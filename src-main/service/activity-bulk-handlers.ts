import type { Handlers } from '../../src-shared/contract';
import { notFound } from '../../src-shared/errors';
import { type Activity, ActivityInput, addDays } from '../../src-shared/model';
import { findActivity } from '../db/queries/activities';
import { deleteActivityRows } from './activity-handlers';
import type { EditRecorder } from './edit-recorder';
import { validationError } from './validation-error';
import type { Workspace } from './workspace';

type BulkChannels = 'activity/update-many' | 'activity/delete-many';

/** A day or date-time moved by whole days; a date-time keeps its time of day. */
const shifted = (value: string, days: number) => addDays(value.slice(0, 10), days) + value.slice(10);

const plural = (n: number) => (n === 1 ? 'activity' : 'activities');

async function load(rec: EditRecorder, ids: readonly string[]): Promise<Activity[]> {
  const found: Activity[] = [];
  for (const id of ids) {
    const a = await findActivity(rec.trx, id);
    // Throwing rolls the whole edit back: all of them change or none.
    if (!a) throw notFound('activity', id);
    found.push(a);
  }
  return found;
}

/** The activity table's bulk edits: one transaction, one undo step each. */
export function activityBulkHandlers(ws: Workspace): Pick<Handlers, BulkChannels> {
  return {
    'activity/update-many': ({ ids, status, shiftDays }) => {
      const unique = [...new Set(ids)];
      const n = unique.length;
      const days = shiftDays ?? 0;
      const editLabel =
        days !== 0
          ? {
              'zh-CN': `${n} 个活动${days > 0 ? '推后' : '提前'} ${Math.abs(days)} 天`,
              en: `Shift ${n} ${plural(n)} by ${days > 0 ? '+' : ''}${days} day${Math.abs(days) === 1 ? '' : 's'}`,
            }
          : { 'zh-CN': `修改 ${n} 个活动的状态`, en: `Set the status of ${n} ${plural(n)}` };
      return ws.edit(editLabel, async (rec) => {
        const now = ws.now();
        const out: Activity[] = [];
        for (const existing of await load(rec, unique)) {
          const next = {
            ...existing,
            status: status ?? existing.status,
            start: days ? shifted(existing.start, days) : existing.start,
            end: days ? shifted(existing.end, days) : existing.end,
          };
          const checked = ActivityInput.safeParse(next);
          if (!checked.success) throw validationError(checked.error);
          const patch = { status: next.status, start: next.start, end: next.end, updated_at: now };
          await rec.update('activities', existing.id, patch);
          rec.touchPlan(existing.planId);
          out.push({ ...next, updatedAt: now });
        }
        return out;
      });
    },

    'activity/delete-many': ({ ids }) => {
      const unique = [...new Set(ids)];
      const n = unique.length;
      const editLabel = { 'zh-CN': `删除 ${n} 个活动`, en: `Delete ${n} ${plural(n)}` };
      return ws.edit(editLabel, async (rec) => {
        for (const a of await load(rec, unique)) {
          await deleteActivityRows(rec, a.id);
          rec.touchPlan(a.planId);
        }
        return { ids: unique };
      });
    },
  };
}
