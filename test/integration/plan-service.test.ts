import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

describe('PlanService', () => {
  it('creates a plan with activities, claims and segments and returns them in one snapshot', async () => {
    const { plan, activity, hall, gold } = await seedQuarter(core);
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.plan).toMatchObject({ name: '2026 Q1 会员档期', timeZone: 'Asia/Shanghai', currency: 'CNY' });
    expect(snap.activities).toHaveLength(1);
    expect(snap.activities[0]).toEqual(activity);
    expect(snap.activities[0].claims).toContainEqual({ resourceId: hall.id, quantity: 1 });
    expect(snap.activities[0].segmentIds).toContain(gold.id);
    expect(snap.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['一号宴会厅', '短信']));
  });

  it('keeps the stored fields a patch omits (no silent defaults)', async () => {
    const { activity } = await seedQuarter(core);
    await core.call('activity/update', { id: activity.id, notes: 'VIP 专场', pinned: true, status: 'confirmed' });
    const updated = await core.call('activity/update', { id: activity.id, title: '春节会员日（升级）' });
    expect(updated).toMatchObject({
      title: '春节会员日（升级）',
      notes: 'VIP 专场',
      pinned: true,
      status: 'confirmed',
      type: 'festival',
    });
    expect(updated.claims).toHaveLength(2);
  });

  it('refuses a patch whose start would fall after the stored end, and changes nothing', async () => {
    const { plan, activity } = await seedQuarter(core);
    const r = await core.dispatch('activity/update', { id: activity.id, start: '2026-02-20' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.activities[0].start).toBe('2026-02-14');
  });

  it('answers NOT_FOUND for a missing plan, resource or segment and writes nothing', async () => {
    const { plan } = await seedQuarter(core);
    const ghost = '00000000-0000-4000-8000-000000000000';
    const r1 = await core.dispatch('activity/create', {
      planId: ghost,
      title: 'x',
      type: 'salon',
      start: '2026-03-01',
      end: '2026-03-01',
    });
    const r2 = await core.dispatch('activity/create', {
      planId: plan.id,
      title: 'x',
      type: 'salon',
      start: '2026-03-01',
      end: '2026-03-01',
      claims: [{ resourceId: ghost, quantity: 1 }],
    });
    expect([r1, r2].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect((await core.call('plan/get-snapshot', { id: plan.id })).activities).toHaveLength(1);
  });

  it('links items only to activities of their own plan', async () => {
    const { activity } = await seedQuarter(core);
    const other = await core.call('plan/create', {
      name: '另一个方案',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    const r = await core.dispatch('risk/create', {
      planId: other.id,
      activityId: activity.id,
      title: '场地',
      category: 'market',
      probability: 3,
      impact: 3,
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
  });

  it('does CRUD on budget lines, risks, KPIs and tasks', async () => {
    const { plan, activity } = await seedQuarter(core);
    const line = await core.call('budget/create-line', {
      planId: plan.id,
      activityId: activity.id,
      phase: 'execution',
      category: 'venue',
      description: '场地租赁',
      plannedCents: 15_000_000,
    });
    const risk = await core.call('risk/create', {
      planId: plan.id,
      title: '市场风险',
      category: 'market',
      probability: 3,
      impact: 4,
      reserveCents: 20_000_000,
    });
    const kpi = await core.call('kpi/create', {
      planId: plan.id,
      name: '月参与人数',
      unit: '人',
      target: 1000,
      baseline: 800,
    });
    const task = await core.call('task/create', {
      planId: plan.id,
      activityId: activity.id,
      title: '场地预订',
      offsetDays: -60,
    });
    await core.call('budget/update-line', { id: line.id, actualCents: 14_250_050 });
    await core.call('risk/update', { id: risk.id, probability: 4, impact: 5 });
    await core.call('kpi/update', { id: kpi.id, actual: 1100 });
    await core.call('task/update', { id: task.id, status: 'done' });
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.budgetLines[0]).toMatchObject({
      plannedCents: 15_000_000,
      actualCents: 14_250_050,
      description: '场地租赁',
    });
    expect(snap.risks[0]).toMatchObject({ probability: 4, impact: 5, reserveCents: 20_000_000 });
    expect(snap.kpis[0]).toMatchObject({ actual: 1100, target: 1000 });
    expect(snap.tasks[0]).toMatchObject({ status: 'done', offsetDays: -60 });
    for (const [ch, id] of [
      ['budget/delete-line', line.id],
      ['risk/delete', risk.id],
      ['kpi/delete', kpi.id],
      ['task/delete', task.id],
    ] as const) {
      await core.call(ch, { id });
    }
    const after = await core.call('plan/get-snapshot', { id: plan.id });
    expect([after.budgetLines, after.risks, after.kpis, after.tasks].map((l) => l.length)).toEqual([0, 0, 0, 0]);
  });

  it('refuses a task without an anchor and a channel without a daily capacity', async () => {
    const { plan } = await seedQuarter(core);
    const t = await core.dispatch('task/create', { planId: plan.id, title: '无锚点' });
    const c = await core.dispatch('resource/create', { name: '邮件', kind: 'channel' });
    expect([t, c].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['VALIDATION', 'VALIDATION']);
  });
});
