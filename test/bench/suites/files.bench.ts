/**
 * Plan file figures (issue 7): a plan with 10,000 activities exported to `.dangqi` and imported
 * into a fresh workspace, each through the real channels (export: read + build + gzip + base64;
 * import: worker parse + preview + apply as one undoable edit). Median and best of 3 (the first
 * import also starts the file worker). Targets ≤ 1 s each.
 */
import { activityToRow } from '../../../src-main/db/queries/activities';
import { budgetLineToRow } from '../../../src-main/db/queries/plan-items';
import { planToRow } from '../../../src-main/db/queries/plans';
import { createTestDb } from '../../../src-main/db/test-db';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { type Activity, type Plan, addDays } from '../../../src-shared/model';
import type { BenchSuite } from '../run';

const NOW = '2026-01-01T00:00:00.000Z';
const TYPES = ['festival', 'birthday', 'vip_day', 'salon', 'member_day', 'online'] as const;

async function core() {
  const t = await createTestDb();
  const ws = new Workspace(t.db, () => NOW);
  const call = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: t.dir }));
  return { t, ws, call };
}

async function seed10k(ws: Workspace): Promise<string> {
  const plan: Plan = {
    id: crypto.randomUUID(),
    name: '万条活动',
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const resources = Array.from({ length: 50 }, (_, i) => ({
    id: crypto.randomUUID(),
    name: `场地 ${i}`,
    kind: 'venue',
    quantity: 2,
    daily_capacity: null,
    unavailable_dates_json: '[]',
    notes: '',
    created_at: NOW,
    updated_at: NOW,
  }));
  const acts: Activity[] = Array.from({ length: 10_000 }, (_, i) => {
    const start = addDays('2026-01-01', i % 360);
    return {
      id: crypto.randomUUID(),
      planId: plan.id,
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
      owner: '张三',
      expectedParticipants: 100,
      notes: i % 5 === 0 ? '备注：请提前一周确认场地与物料。' : '',
      backupPlan: i % 3 === 0 ? '改线上' : '',
      claims: [{ resourceId: resources[i % 50].id, quantity: 1 }],
      segmentIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
  });
  await ws.edit({ 'zh-CN': '准备', en: 'seed' }, async (rec) => {
    await rec.insert('plans', planToRow(plan));
    await rec.insertMany('resources', resources);
    await rec.insertMany('activities', acts.map(activityToRow));
    await rec.insertMany(
      'activity_claims',
      acts.map((a) => ({
        id: crypto.randomUUID(),
        activity_id: a.id,
        resource_id: a.claims[0].resourceId,
        quantity: 1,
      })),
    );
    await rec.insertMany(
      'budget_lines',
      acts.slice(0, 2000).map((a) =>
        budgetLineToRow({
          id: crypto.randomUUID(),
          planId: plan.id,
          activityId: a.id,
          phase: 'execution',
          category: 'venue',
          description: '',
          plannedCents: 1_250_000,
          committedCents: 0,
          actualCents: 0,
          unplanned: false,
          date: null,
          approvalStatus: 'not_submitted',
          approvedBy: '',
          notes: '',
          createdAt: NOW,
          updatedAt: NOW,
        }),
      ),
    );
  });
  return plan.id;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function value<T>(r: { ok: true; value: unknown } | { ok: false; error: { message: { en: string } } }): T {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value as T;
}

const suite: BenchSuite = {
  name: 'plan files',
  async run() {
    const src = await core();
    const planId = await seed10k(src.ws);
    const exportTimes: number[] = [];
    let file = { fileName: '', contentBase64: '' };
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      file = value(await src.call('file/export-plan', { planIds: [planId] }));
      exportTimes.push(performance.now() - t0);
    }
    const importTimes: number[] = [];
    const previewTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const dst = await core();
      const t0 = performance.now();
      const preview = value<{ token: string }>(
        await dst.call('file/preview-plan-import', { fileName: file.fileName, contentBase64: file.contentBase64 }),
      );
      const t1 = performance.now();
      value(await dst.call('file/apply-plan-import', { token: preview.token }));
      importTimes.push(performance.now() - t0);
      previewTimes.push(t1 - t0);
      await dst.t.dispose();
    }
    await src.t.dispose();
    return {
      export_ms_10k: median(exportTimes),
      import_ms_10k: median(importTimes),
      export_ms_10k_best: Math.min(...exportTimes),
      import_ms_10k_best: Math.min(...importTimes),
      import_preview_ms_10k: median(previewTimes),
      plan_file_kb_10k: Math.round((file.contentBase64.length * 3) / 4 / 1024),
    };
  },
};
export default suite;
