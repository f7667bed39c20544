import { AppError, notFound } from '../../src-shared/errors';
import type { Kpi, Risk, Task } from '../../src-shared/model';
import { findDependencyCycle } from '../../src-shared/tasks/dependencies';
import { riskFromRow, taskFromRow, taskToRow } from '../db/queries/plan-items';
import type { DbOrTrx } from '../db/schema';
import type { EditRecorder } from './edit-recorder';
import { requireActivityOfPlan, requirePlan } from './references';

/**
 * Reference checks for the links added in migration 0002 (trigger KPI, linked activities,
 * task dependencies), and the clean-up that keeps them from dangling when their target goes.
 */

/** Plan items must belong to an existing plan and link only to an activity of that plan. */
export async function planItemRefs(db: DbOrTrx, e: { planId: string; activityId: string | null }): Promise<void> {
  await requirePlan(db, e.planId);
  await requireActivityOfPlan(db, e.activityId, e.planId);
}

export async function riskRefs(db: DbOrTrx, r: Risk): Promise<void> {
  await planItemRefs(db, r);
  for (const a of r.linkedActivityIds) await requireActivityOfPlan(db, a, r.planId);
  if (r.triggerKpiId) {
    const k = await db.selectFrom('kpis').select(['plan_id']).where('id', '=', r.triggerKpiId).executeTakeFirst();
    if (!k) throw notFound('KPI', r.triggerKpiId);
    if (k.plan_id !== r.planId) throw samePlanOnly('KPI', '指标', { triggerKpiId: r.triggerKpiId });
  }
}

export async function taskRefs(db: DbOrTrx, t: Task): Promise<void> {
  await planItemRefs(db, t);
  if (t.dependsOn.length === 0) return;
  if (t.dependsOn.includes(t.id)) {
    throw new AppError(
      'VALIDATION',
      { 'zh-CN': '任务不能依赖它自己。', en: 'A task cannot depend on itself.' },
      { taskId: t.id },
    );
  }
  const rows = await db.selectFrom('tasks').selectAll().where('plan_id', '=', t.planId).execute();
  const tasks = rows.map(taskFromRow);
  const ids = new Set(tasks.map((x) => x.id));
  const missing = t.dependsOn.find((id) => !ids.has(id));
  if (missing) {
    const other = await db.selectFrom('tasks').select(['id']).where('id', '=', missing).executeTakeFirst();
    if (!other) throw notFound('task', missing);
    throw samePlanOnly('task', '任务', { dependsOn: missing });
  }
  const cycle = findDependencyCycle([...tasks.filter((x) => x.id !== t.id), t], t.id);
  if (cycle) {
    const names = new Map([...tasks, t].map((x) => [x.id, x.title]));
    const path = cycle.map((id) => names.get(id) ?? id).join(' → ');
    throw new AppError(
      'VALIDATION',
      { 'zh-CN': `任务依赖形成了循环：${path}`, en: `The task dependencies form a cycle: ${path}` },
      { cycle },
    );
  }
}

/** Before a KPI goes: risks it warned for stop watching it (recorded, so undo restores the link). */
export async function unlinkKpi(rec: EditRecorder, k: Kpi): Promise<void> {
  const rows = await rec.trx.selectFrom('risks').selectAll().where('trigger_kpi_id', '=', k.id).execute();
  for (const r of rows.map(riskFromRow)) {
    await rec.update('risks', r.id, { trigger_kpi_id: null });
  }
}

/** Before a task goes: tasks waiting on it stop waiting. */
export async function unlinkTask(rec: EditRecorder, t: Task): Promise<void> {
  const rows = await rec.trx.selectFrom('tasks').selectAll().where('plan_id', '=', t.planId).execute();
  for (const other of rows.map(taskFromRow)) {
    if (!other.dependsOn.includes(t.id)) continue;
    const next = { ...other, dependsOn: other.dependsOn.filter((id) => id !== t.id) };
    await rec.update('tasks', other.id, { depends_on_json: taskToRow(next).depends_on_json });
  }
}

function samePlanOnly(en: string, zh: string, details: Record<string, string>): AppError {
  return new AppError(
    'VALIDATION',
    { 'zh-CN': `只能关联同一方案中的${zh}。`, en: `Only a ${en} of the same plan can be linked.` },
    details,
  );
}
