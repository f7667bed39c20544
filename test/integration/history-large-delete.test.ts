import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, RequestOf, ResponseOf } from '../../src-shared/contract';
import { type OpenedDatabase, openDatabase } from '../../src-main/db/open-database';
import { type Row } from '../../src-main/db/row-ops';
import type { Database } from '../../src-main/db/schema';
import { createDispatch } from '../../src-main/service/dispatch';
import { createPlanService } from '../../src-main/service/plan-service';
import { Workspace } from '../../src-main/service/workspace';
import { dumpEditableTables } from '../support/db-dump';

/**
 * Deleting a whole plan records one row image per deleted row; undo writes them back and redo
 * deletes them again through cached prepared statements. These tests hold that to the standard of
 * the rest of the history: every editable table byte-exact (SQLite quote()) after undo and after
 * redo, one undo step, across reopening the workspace file between each step.
 */
const NOW = '2026-01-01T00:00:00.000Z';
const PLAN = '00000000-0000-4000-8000-00000000000a';
const OTHER_PLAN = '00000000-0000-4000-8000-00000000000b';
const N = 3_000;

const dirs: string[] = [];
const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-large-delete-'));
  dirs.push(dir);
  return join(dir, 'workspace.dangqi-db');
}

/** The workspace behind the same dispatch the doors use, over the database file. */
async function open(file: string, dataDir: string) {
  const o = await openDatabase(file);
  opened.push(o);
  const ws = new Workspace(o.db, () => NOW);
  const dispatch = createDispatch(createPlanService(ws, { version: 'test', door: 'test', dataDir }), {
    checkResponses: true,
  });
  async function call<C extends Channel>(channel: C, args: RequestOf<C>): Promise<ResponseOf<C>> {
    const r = await dispatch(channel, args);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message.en}`);
    return r.value as ResponseOf<C>;
  }
  return { o, ws, call };
}

async function close(o: OpenedDatabase): Promise<void> {
  await o.close();
  opened.splice(opened.indexOf(o), 1);
}

const dump = dumpEditableTables;

const stamps = { created_at: NOW, updated_at: NOW };

function planRow(id: string, name: string): Row {
  return {
    id,
    name,
    time_zone: 'Asia/Shanghai',
    currency: 'CNY',
    start_date: '2026-01-01',
    end_date: '2026-12-31',
    settings_json: '{}',
    ...stamps,
  };
}

function activityRow(planId: string, i: number): Row {
  return {
    id: `${planId.slice(-1)}-a-${String(i).padStart(5, '0')}`,
    plan_id: planId,
    title: `活动 ${i} "引号" 'x' 🎉`,
    type: 'salon',
    status: 'planned',
    all_day: i % 4 ? 1 : 0,
    start: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    end: `2026-03-${String((i % 28) + 1).padStart(2, '0')}`,
    window_start: null,
    window_end: i % 2 ? '2026-04-01' : null,
    priority: 'normal',
    pinned: i % 7 ? 0 : 1,
    owner: '',
    expected_participants: i % 3 ? 100 + i : null,
    notes: i % 5 ? '' : '备注\n第二行',
    backup_plan: '',
    ...stamps,
  };
}

/** A plan with N activities, each with a claim and a segment link; tasks, budget lines, KPIs with REAL values, risks. */
async function seedPlan(ws: Workspace, planId: string): Promise<void> {
  await ws.edit({ 'zh-CN': '准备', en: `seed ${planId}` }, async (rec) => {
    await rec.insert('plans', planRow(planId, `方案 ${planId.slice(-1)}`));
    const acts = Array.from({ length: N }, (_, i) => activityRow(planId, i));
    await rec.insertMany('activities', acts);
    await rec.insertMany(
      'activity_claims',
      acts.map((a, i) => ({ id: `${a.id}-c`, activity_id: a.id, resource_id: `r-${i % 3}`, quantity: 1 + (i % 2) })),
    );
    await rec.insertMany(
      'activity_segments',
      acts.map((a, i) => ({ id: `${a.id}-s`, activity_id: a.id, segment_id: `s-${i % 2}` })),
    );
    await rec.insertMany(
      'tasks',
      acts
        .filter((_, i) => i % 2 === 0)
        .map((a, i) => ({
          id: `${a.id}-t`,
          plan_id: planId,
          activity_id: i % 10 ? a.id : null,
          title: `任务 ${i}`,
          offset_days: i % 3 ? -7 : null,
          fixed_date: i % 3 ? null : '2026-02-01',
          duration_days: 1,
          lead_days: null,
          milestone: i % 9 ? 0 : 1,
          owner: '张三',
          status: 'todo',
          notes: '',
          depends_on_json: '[]',
          raci_json: '[]',
          ...stamps,
        })),
    );
    await rec.insertMany(
      'budget_lines',
      acts
        .filter((_, i) => i % 3 === 0)
        .map((a, i) => ({
          id: `${a.id}-b`,
          plan_id: planId,
          activity_id: a.id,
          phase: '预热',
          category: 'venue',
          description: `预算 ${i}`,
          planned_cents: 100_000 + i,
          committed_cents: i,
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
      Array.from({ length: 20 }, (_, i) => ({
        id: `${planId.slice(-1)}-k-${i}`,
        plan_id: planId,
        activity_id: i % 2 ? acts[i].id : null,
        phase: '',
        name: `指标 ${i}`,
        unit: '%',
        baseline: i % 2 ? 0.1 : null,
        target: 90,
        actual: 1 / 3,
        higher_is_better: 1,
        trigger_threshold: i % 4 ? null : 12.5,
        trigger_comparison: 'lt',
        trigger_action: '',
        ...stamps,
      })),
    );
    await rec.insertMany(
      'risks',
      Array.from({ length: 10 }, (_, i) => ({
        id: `${planId.slice(-1)}-x-${i}`,
        plan_id: planId,
        activity_id: i % 2 ? acts[i].id : null,
        title: `风险 ${i}`,
        category: 'weather',
        probability: 3,
        impact: 4,
        owner: '',
        mitigation: '改线上',
        contingency: '',
        reserve_cents: 5_000,
        status: 'open',
        trigger_kpi_id: null,
        trigger_threshold: i % 2 ? 0.25 : null,
        trigger_direction: 'below',
        trigger_note: '',
        emergency_level: null,
        response_minutes: null,
        residual_probability: null,
        residual_impact: null,
        linked_activity_ids_json: '[]',
        ...stamps,
      })),
    );
  });
}

async function seedShared(ws: Workspace): Promise<void> {
  await ws.edit({ 'zh-CN': '准备', en: 'seed shared' }, async (rec) => {
    for (let i = 0; i < 3; i++) {
      await rec.insert('resources', {
        id: `r-${i}`,
        name: `场地 ${i}`,
        kind: 'venue',
        quantity: 2,
        daily_capacity: null,
        unavailable_dates_json: '[]',
        notes: '',
        ...stamps,
      });
    }
    for (let i = 0; i < 2; i++) {
      await rec.insert('segments', {
        id: `s-${i}`,
        name: `人群 ${i}`,
        dimension: 'tier',
        size: i ? null : 1000,
        min_gap_days: 7,
        weekly_max: null,
        ...stamps,
      });
    }
  });
}

describe('undo and redo of a large plan delete', () => {
  it('restores every table exactly and deletes it again, across reopening the file', async () => {
    const file = tempFile();
    const dataDir = join(file, '..');
    let w = await open(file, dataDir);
    await seedShared(w.ws);
    await seedPlan(w.ws, PLAN);
    // A second plan that must come through untouched.
    await seedPlan(w.ws, OTHER_PLAN);
    const before = dump(w.o.raw);
    expect(before.activities).toHaveLength(2 * N);

    await w.call('plan/delete', { id: PLAN });
    const after = dump(w.o.raw);
    expect(after.activities).toHaveLength(N);
    expect(after.plans).toHaveLength(1);
    expect(after.activity_claims).toHaveLength(N);
    expect(after.tasks.every((r) => !r.includes(`'${PLAN}'`))).toBe(true);
    // One edit, one undo step.
    expect((await w.call('history/state', {})).undoLabel?.en).toMatch(/^Delete plan/);

    await close(w.o);
    w = await open(file, dataDir);
    const undone = await w.call('history/undo', {});
    expect(undone.label.en).toMatch(/^Delete plan/);
    expect(dump(w.o.raw)).toEqual(before);
    expect(undone.history.undoLabel?.en).toBe(`seed ${OTHER_PLAN}`);

    await close(w.o);
    w = await open(file, dataDir);
    await w.call('history/redo', {});
    expect(dump(w.o.raw)).toEqual(after);

    await close(w.o);
    w = await open(file, dataDir);
    await w.call('history/undo', {});
    expect(dump(w.o.raw)).toEqual(before);
    await w.call('history/redo', {});
    expect(dump(w.o.raw)).toEqual(after);
    expect((await w.call('history/state', {})).canRedo).toBe(false);
  });

  it('a large batch of updates and deletes in one edit undoes and redoes exactly', async () => {
    const file = tempFile();
    let w = await open(file, join(file, '..'));
    await seedShared(w.ws);
    await seedPlan(w.ws, PLAN);
    const before = dump(w.o.raw);
    await w.ws.edit({ 'zh-CN': '批量', en: 'batch' }, async (rec) => {
      for (let i = 0; i < N; i += 2) {
        const id = activityRow(PLAN, i).id as string;
        await rec.update('activities', id, {
          title: `改 ${i}`,
          start: '2026-05-01',
          end: '2026-05-02',
          updated_at: 'x',
        });
      }
      for (let i = 0; i < 20; i++) await rec.update('kpis', `a-k-${i}`, { target: 95.5, actual: i % 2 ? null : 7 });
      for (let i = 1; i < N; i += 4) {
        const id = activityRow(PLAN, i).id as string;
        await rec.deleteWhere('activity_claims', 'activity_id', id);
        await rec.deleteWhere('activity_segments', 'activity_id', id);
        await rec.deleteWhere('tasks', 'activity_id', id);
        await rec.deleteWhere('budget_lines', 'activity_id', id);
      }
      // Deleted, then the same id inserted again with other values.
      await rec.delete('activity_claims', `${activityRow(PLAN, 1).id as string}-c`);
      await rec.insert('activity_claims', {
        id: `${activityRow(PLAN, 1).id as string}-c`,
        activity_id: activityRow(PLAN, 1).id,
        resource_id: 'r-2',
        quantity: 5,
      });
    });
    const after = dump(w.o.raw);
    expect(after).not.toEqual(before);
    expect(after.kpis.some((r) => r.includes(',7.0,'))).toBe(true);

    await close(w.o);
    w = await open(file, join(file, '..'));
    await w.ws.undo();
    expect(dump(w.o.raw)).toEqual(before);
    await close(w.o);
    w = await open(file, join(file, '..'));
    await w.ws.redo();
    expect(dump(w.o.raw)).toEqual(after);
  });

  it('works the same without the raw connection (Kysely statements)', async () => {
    const file = tempFile();
    const o = await openDatabase(file);
    opened.push(o);
    // A second Kysely instance over the same connection is not registered as having a raw handle.
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: o.raw }) });
    const ws = new Workspace(db, () => NOW);
    const dispatch = createDispatch(
      createPlanService(ws, { version: 'test', door: 'test', dataDir: join(file, '..') }),
    );
    await seedShared(ws);
    await seedPlan(ws, PLAN);
    const before = dump(o.raw);
    expect((await dispatch('plan/delete', { id: PLAN })).ok).toBe(true);
    const after = dump(o.raw);
    expect(after.activities).toHaveLength(0);
    await ws.undo();
    expect(dump(o.raw)).toEqual(before);
    await ws.redo();
    expect(dump(o.raw)).toEqual(after);
  });
});
