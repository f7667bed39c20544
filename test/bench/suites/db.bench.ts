/**
 * Workspace database figures (issue 3): writing 10k activities as one edit, loading 100k through
 * Kysely, and the same load through raw better-sqlite3 prepared statements in the same run; and
 * deleting a 10k-activity plan through the app's own handler, then undoing and redoing that delete.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { activityFromRow, activityToRow, listActivities } from '../../../src-main/db/queries/activities';
import { planToRow } from '../../../src-main/db/queries/plans';
import { listRuleActivities } from '../../../src-main/db/queries/rule-activities';
import type { ActivityRow, ClaimRow } from '../../../src-main/db/schema';
import { createTestDb } from '../../../src-main/db/test-db';
import { planHandlers } from '../../../src-main/service/plan-handlers';
import { Workspace } from '../../../src-main/service/workspace';
import { type Activity, type Plan, addDays } from '../../../src-shared/model';
import type { BenchSuite } from '../run';

const NOW = '2026-01-01T00:00:00.000Z';
const TYPES = ['festival', 'birthday', 'vip_day', 'salon', 'member_day', 'online'] as const;

export function makeActivities(planId: string, n: number, resourceIds: string[]): Activity[] {
  const out: Activity[] = [];
  for (let i = 0; i < n; i++) {
    const start = addDays('2026-01-01', i % 360);
    out.push({
      id: crypto.randomUUID(),
      planId,
      title: `活动 ${i}`,
      type: TYPES[i % TYPES.length],
      status: 'planned',
      allDay: true,
      start,
      end: addDays(start, i % 3),
      windowStart: null,
      windowEnd: null,
      priority: 'normal',
      pinned: false,
      owner: '',
      expectedParticipants: 100,
      notes: '',
      backupPlan: i % 3 === 0 ? '改线上' : '',
      claims: [{ resourceId: resourceIds[i % resourceIds.length], quantity: 1 }],
      segmentIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
  }
  return out;
}

async function seed() {
  const t = await createTestDb();
  const ws = new Workspace(t.db, () => NOW);
  const plan: Plan = {
    id: crypto.randomUUID(),
    name: 'bench',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const resourceIds = Array.from({ length: 50 }, () => crypto.randomUUID());
  await ws.edit({ 'zh-CN': '准备', en: 'seed' }, async (rec) => {
    await rec.insert('plans', planToRow(plan));
    await rec.insertMany(
      'resources',
      resourceIds.map((id, i) => ({
        id,
        name: `场地 ${i}`,
        kind: 'venue',
        quantity: 2,
        daily_capacity: null,
        unavailable_dates_json: '[]',
        notes: '',
        created_at: NOW,
        updated_at: NOW,
      })),
    );
  });
  return { t, ws, plan, resourceIds };
}

async function writeAsOneEdit(ws: Workspace, activities: Activity[]): Promise<void> {
  await ws.edit({ 'zh-CN': '导入', en: 'import' }, async (rec) => {
    await rec.insertMany('activities', activities.map(activityToRow));
    await rec.insertMany(
      'activity_claims',
      activities.flatMap((a) =>
        a.claims.map((c) => ({
          id: crypto.randomUUID(),
          activity_id: a.id,
          resource_id: c.resourceId,
          quantity: c.quantity,
        })),
      ),
    );
  });
}

/** The same load as listActivities, through raw prepared statements. */
function rawLoad(raw: BetterSqlite3.Database): Activity[] {
  const rows = raw.prepare('SELECT * FROM activities ORDER BY start, id').all() as ActivityRow[];
  const claims = raw.prepare('SELECT * FROM activity_claims').all() as ClaimRow[];
  const links = raw.prepare('SELECT activity_id, segment_id FROM activity_segments').all() as {
    activity_id: string;
    segment_id: string;
  }[];
  const by = new Map<string, ClaimRow[]>();
  for (const c of claims) (by.get(c.activity_id) ?? by.set(c.activity_id, []).get(c.activity_id))?.push(c);
  const segs = new Map<string, string[]>();
  for (const l of links)
    (segs.get(l.activity_id) ?? segs.set(l.activity_id, []).get(l.activity_id))?.push(l.segment_id);
  return rows.map((r) => {
    const own = by.get(r.id) ?? [];
    if (own.length > 1) own.sort((x, y) => (x.resource_id < y.resource_id ? -1 : 1));
    const s = segs.get(r.id) ?? [];
    if (s.length > 1) s.sort();
    return activityFromRow(r, own, s);
  });
}

const SQLITE_WALK = `SELECT sum(length(id) + length(plan_id) + length(title) + length(type) + length(status)
  + all_day + length(start) + length("end") + ifnull(length(window_start), 0) + ifnull(length(window_end), 0)
  + length(priority) + pinned + length(owner) + expected_participants + length(notes) + length(backup_plan)
  + length(created_at) + length(updated_at)) FROM (SELECT * FROM activities ORDER BY start, id)`;

/** What a plan owns besides its activities and claims: a segment link per activity, tasks, budget lines, KPIs, risks. */
async function addPlanItems(ws: Workspace, planId: string, activities: Activity[]): Promise<void> {
  await ws.edit({ 'zh-CN': '准备', en: 'seed items' }, async (rec) => {
    const segmentIds = Array.from({ length: 8 }, () => crypto.randomUUID());
    await rec.insertMany(
      'segments',
      segmentIds.map((id, i) => ({
        id,
        name: `人群 ${i}`,
        dimension: 'tier',
        size: 1000,
        min_gap_days: 7,
        weekly_max: null,
        created_at: NOW,
        updated_at: NOW,
      })),
    );
    await rec.insertMany(
      'activity_segments',
      activities.map((a, i) => ({ id: crypto.randomUUID(), activity_id: a.id, segment_id: segmentIds[i % 8] })),
    );
    const stamps = { created_at: NOW, updated_at: NOW };
    await rec.insertMany(
      'tasks',
      activities
        .filter((_, i) => i % 2 === 0)
        .map((a, i) => ({
          id: crypto.randomUUID(),
          plan_id: planId,
          activity_id: a.id,
          title: `任务 ${i}`,
          offset_days: -7,
          fixed_date: null,
          duration_days: 1,
          lead_days: null,
          milestone: 0,
          owner: '',
          status: 'todo',
          notes: '',
          depends_on_json: '[]',
          raci_json: '[]',
          ...stamps,
        })),
    );
    await rec.insertMany(
      'budget_lines',
      activities
        .filter((_, i) => i % 5 === 0)
        .map((a, i) => ({
          id: crypto.randomUUID(),
          plan_id: planId,
          activity_id: a.id,
          phase: '',
          category: 'venue',
          description: `预算 ${i}`,
          planned_cents: 100_000,
          committed_cents: 0,
          actual_cents: 0,
          unplanned: 0,
          date: null,
          approval_status: 'draft',
          approved_by: '',
          notes: '',
          ...stamps,
        })),
    );
    await rec.insertMany(
      'kpis',
      Array.from({ length: 50 }, (_, i) => ({
        id: crypto.randomUUID(),
        plan_id: planId,
        activity_id: null,
        phase: '',
        name: `指标 ${i}`,
        unit: '%',
        baseline: 0.1,
        target: 90,
        actual: null,
        higher_is_better: 1,
        trigger_threshold: null,
        trigger_comparison: 'lt',
        trigger_action: '',
        ...stamps,
      })),
    );
  });
}

/** One fresh workspace: a 10k-activity plan deleted through plan/delete, undone, redone. */
async function deletePlanUndoRedo(): Promise<{ delete: number; undo: number; redo: number }> {
  const { t, ws, plan, resourceIds } = await seed();
  const acts = makeActivities(plan.id, 10_000, resourceIds);
  await writeAsOneEdit(ws, acts);
  await addPlanItems(ws, plan.id, acts);
  const handlers = planHandlers(ws);
  let t0 = performance.now();
  await handlers['plan/delete']({ id: plan.id });
  const deleteMs = performance.now() - t0;
  t0 = performance.now();
  await ws.undo();
  const undoMs = performance.now() - t0;
  if (t.raw.prepare('SELECT count(*) FROM activities').pluck().get() !== 10_000) {
    throw new Error('undo of the plan delete did not bring the activities back');
  }
  t0 = performance.now();
  await ws.redo();
  const redoMs = performance.now() - t0;
  if (t.raw.prepare('SELECT count(*) FROM activities').pluck().get() !== 0) {
    throw new Error('redo of the plan delete left activities behind');
  }
  await t.dispose();
  return { delete: deleteMs, undo: undoMs, redo: redoMs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const suite: BenchSuite = {
  name: 'workspace database',
  async run() {
    // 10k activities written as one undoable edit (rows + claims + history images), best of 5.
    const importTimes: number[] = [];
    for (let round = 0; round < 5; round++) {
      const { t, ws, plan, resourceIds } = await seed();
      const acts = makeActivities(plan.id, 10_000, resourceIds);
      const t0 = performance.now();
      await writeAsOneEdit(ws, acts);
      importTimes.push(performance.now() - t0);
      await t.dispose();
    }

    const { t, ws, plan, resourceIds } = await seed();
    const acts = makeActivities(plan.id, 100_000, resourceIds);
    for (let i = 0; i < acts.length; i += 10_000) await writeAsOneEdit(ws, acts.slice(i, i + 10_000));
    const kysely: number[] = [];
    const raw: number[] = [];
    const slim: number[] = [];
    const sqliteOnly: number[] = [];
    for (let round = 0; round < 5; round++) {
      let t0 = performance.now();
      const a = await listActivities(t.db);
      kysely.push(performance.now() - t0);
      t0 = performance.now();
      const b = rawLoad(t.raw);
      raw.push(performance.now() - t0);
      t0 = performance.now();
      const c = await listRuleActivities(t.db);
      slim.push(performance.now() - t0);
      // SQLite's own share: the same ordered walk over every column, summed in SQL, no JS objects.
      t0 = performance.now();
      t.raw.prepare(SQLITE_WALK).get();
      sqliteOnly.push(performance.now() - t0);
      if (a.length !== 100_000 || b.length !== 100_000 || c.length !== 100_000) {
        throw new Error('load returned the wrong count');
      }
    }
    await t.dispose();

    // Deleting a plan of 10k activities (+ 10k claims, 10k segment links, 5k tasks, 2k budget
    // lines, 50 KPIs) through the plan/delete handler as one edit, then undoing and redoing it;
    // median of 3 fresh workspaces.
    const deleteTimes: number[] = [];
    const undoTimes: number[] = [];
    const redoTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      const ms = await deletePlanUndoRedo();
      deleteTimes.push(ms.delete);
      undoTimes.push(ms.undo);
      redoTimes.push(ms.redo);
    }
    return {
      db_import_ms_10k: Math.min(...importTimes),
      db_import_ms_10k_median: median(importTimes),
      db_load_ms_100k: median(kysely),
      db_load_raw_ms_100k: median(raw),
      kysely_over_raw_load_100k: median(kysely) / median(raw),
      // What a conflict check loads: the columns the rules read (src-main/db/queries/rule-activities.ts).
      engine_load_ms_100k: median(slim),
      db_walk_sqlite_only_ms_100k: median(sqliteOnly),
      db_delete_plan_ms_10k: median(deleteTimes),
      db_undo_delete_plan_ms_10k: median(undoTimes),
      db_redo_delete_plan_ms_10k: median(redoTimes),
    };
  },
};
export default suite;
