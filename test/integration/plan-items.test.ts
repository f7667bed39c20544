import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

const rows = (table: string) => core.db.raw.prepare(`SELECT * FROM ${table} ORDER BY id`).all();

describe('budget batch channels', () => {
  it('pastes several lines as one undoable edit, in order', async () => {
    const { plan, activity } = await seedQuarter(core);
    const lines = await core.call('budget/paste-lines', {
      planId: plan.id,
      lines: [
        {
          category: 'venue',
          description: '场地',
          plannedCents: 1_250_000,
          activityId: activity.id,
          phase: 'execution',
        },
        { category: 'gifts', description: '礼品', plannedCents: 120_000_00, phase: 'execution' },
        { category: 'promotion', description: '推广', plannedCents: 30_000_00, phase: 'execution' },
      ],
    });
    expect(lines.map((l) => l.description)).toEqual(['场地', '礼品', '推广']);
    const listed = await core.call('budget/list-lines', { planId: plan.id });
    expect(listed.map((l) => l.description)).toEqual(['场地', '礼品', '推广']);
    const undo = await core.call('history/undo', {});
    expect(undo.label['zh-CN']).toBe('粘贴 3 条预算科目');
    expect(await core.call('budget/list-lines', { planId: plan.id })).toEqual([]);
    await core.call('history/redo', {});
    expect(await core.call('budget/list-lines', { planId: plan.id })).toEqual(listed);
  });

  it('refuses a paste naming an activity of another plan, writing nothing', async () => {
    const { plan } = await seedQuarter(core);
    const other = await core.call('plan/create', { name: '另一方案', startDate: '2026-01-01', endDate: '2026-12-31' });
    const a = await core.call('activity/create', {
      planId: other.id,
      title: '别的活动',
      type: 'salon',
      start: '2026-05-01',
      end: '2026-05-01',
    });
    const r = await core.dispatch('budget/paste-lines', {
      planId: plan.id,
      lines: [{ category: 'venue' }, { category: 'venue', activityId: a.id }],
    });
    expect(r.ok).toBe(false);
    expect(rows('budget_lines')).toEqual([]);
  });

  it('refuses negative amounts at the door', async () => {
    const { plan } = await seedQuarter(core);
    const line = await core.call('budget/create-line', { planId: plan.id, category: 'venue', plannedCents: 500 });
    const r = await core.dispatch('budget/update-line', { id: line.id, plannedCents: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
    expect((await core.call('budget/list-lines', { planId: plan.id }))[0].plannedCents).toBe(500);
  });

  it('duplicates a line with its approval reset, and deletes several at once', async () => {
    const { plan } = await seedQuarter(core);
    const line = await core.call('budget/create-line', {
      planId: plan.id,
      category: 'venue',
      description: '宴会厅',
      plannedCents: 60_000_00,
      approvalStatus: 'approved',
      approvedBy: '王总',
    });
    const copy = await core.call('budget/duplicate-line', { id: line.id });
    expect(copy).toMatchObject({
      description: '宴会厅',
      plannedCents: 60_000_00,
      approvalStatus: 'not_submitted',
      approvedBy: '',
    });
    expect(copy.id).not.toBe(line.id);
    await core.call('budget/delete-lines', { ids: [line.id, copy.id] });
    expect(rows('budget_lines')).toEqual([]);
    await core.call('history/undo', {});
    expect(rows('budget_lines')).toHaveLength(2);
    const bad = await core.dispatch('budget/delete-lines', { ids: [line.id, crypto.randomUUID()] });
    expect(bad.ok).toBe(false);
    expect(rows('budget_lines')).toHaveLength(2);
  });
});

describe('risk, KPI and task links (migration 0002)', () => {
  it('stores early warning, emergency level, residual score and linked activities', async () => {
    const { plan, activity } = await seedQuarter(core);
    const kpi = await core.call('kpi/create', {
      planId: plan.id,
      name: '议题匹配度',
      unit: '%',
      target: 90,
      triggerThreshold: 85,
      triggerComparison: 'lt',
      triggerAction: '延长议题征集 3 天',
    });
    expect(kpi).toMatchObject({ triggerThreshold: 85, triggerComparison: 'lt', triggerAction: '延长议题征集 3 天' });
    const risk = await core.call('risk/create', {
      planId: plan.id,
      title: '直播卡顿',
      category: 'technical',
      probability: 2,
      impact: 2,
      triggerKpiId: kpi.id,
      triggerThreshold: 85,
      emergencyLevel: 2,
      responseMinutes: 240,
      residualProbability: 1,
      residualImpact: 2,
      linkedActivityIds: [activity.id],
    });
    const [stored] = await core.call('risk/list', { planId: plan.id });
    expect(stored).toEqual(risk);
    // Deleting the KPI unlinks the warning; undo restores both.
    await core.call('kpi/delete', { id: kpi.id });
    expect((await core.call('risk/list', { planId: plan.id }))[0].triggerKpiId).toBeNull();
    await core.call('history/undo', {});
    expect((await core.call('risk/list', { planId: plan.id }))[0].triggerKpiId).toBe(kpi.id);
  });

  it('refuses a trigger KPI of another plan', async () => {
    const { plan } = await seedQuarter(core);
    const other = await core.call('plan/create', { name: '另一方案', startDate: '2026-01-01', endDate: '2026-12-31' });
    const kpi = await core.call('kpi/create', { planId: other.id, name: '满意度', target: 90 });
    const r = await core.dispatch('risk/create', {
      planId: plan.id,
      title: '舆情',
      category: 'public_opinion',
      probability: 3,
      impact: 4,
      triggerKpiId: kpi.id,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('VALIDATION');
  });

  it('keeps task dependencies acyclic and unlinks a deleted prerequisite', async () => {
    const { plan, activity } = await seedQuarter(core);
    const a = await core.call('task/create', {
      planId: plan.id,
      activityId: activity.id,
      title: '场地预订',
      offsetDays: -60,
    });
    const b = await core.call('task/create', {
      planId: plan.id,
      activityId: activity.id,
      title: '压力测试',
      offsetDays: -14,
      dependsOn: [a.id],
    });
    const cycle = await core.dispatch('task/update', { id: a.id, dependsOn: [b.id] });
    expect(cycle.ok).toBe(false);
    if (!cycle.ok) expect(cycle.error.message['zh-CN']).toContain('循环');
    const self = await core.dispatch('task/update', { id: a.id, dependsOn: [a.id] });
    expect(self.ok).toBe(false);
    await core.call('task/delete', { id: a.id });
    expect((await core.call('task/list', { planId: plan.id }))[0].dependsOn).toEqual([]);
    await core.call('history/undo', {});
    const restored = await core.call('task/list', { planId: plan.id });
    expect(restored.find((t) => t.id === b.id)?.dependsOn).toEqual([a.id]);
  });

  it('sets RACI cells one undoable edit at a time; one role per person', async () => {
    const { plan } = await seedQuarter(core);
    const t = await core.call('task/create', { planId: plan.id, title: '志愿者招募', fixedDate: '2026-01-15' });
    await core.call('raci/set', { taskId: t.id, person: '项目经理', role: 'A' });
    const after = await core.call('raci/set', { taskId: t.id, person: '现场协调', role: 'R' });
    expect(after.raci).toEqual([
      { person: '项目经理', role: 'A' },
      { person: '现场协调', role: 'R' },
    ]);
    const changed = await core.call('raci/set', { taskId: t.id, person: '项目经理', role: 'C' });
    expect(changed.raci).toContainEqual({ person: '项目经理', role: 'C' });
    expect(changed.raci).toHaveLength(2);
    await core.call('history/undo', {});
    expect((await core.call('task/list', { planId: plan.id }))[0].raci).toEqual(after.raci);
    const dup = await core.dispatch('task/update', {
      id: t.id,
      raci: [
        { person: '甲', role: 'R' },
        { person: '甲', role: 'A' },
      ],
    });
    expect(dup.ok).toBe(false);
  });

  it('deletes a plan with linked risks and dependent tasks, and undo restores it', async () => {
    const { plan, activity } = await seedQuarter(core);
    const a = await core.call('task/create', {
      planId: plan.id,
      activityId: activity.id,
      title: '启动会',
      offsetDays: -45,
    });
    await core.call('task/create', {
      planId: plan.id,
      activityId: activity.id,
      title: '彩排',
      offsetDays: -1,
      dependsOn: [a.id],
    });
    await core.call('risk/create', {
      planId: plan.id,
      title: '嘉宾缺席',
      category: 'experience',
      probability: 2,
      impact: 3,
      linkedActivityIds: [activity.id],
    });
    const before = { tasks: rows('tasks'), risks: rows('risks') };
    await core.call('plan/delete', { id: plan.id });
    expect(rows('tasks')).toEqual([]);
    await core.call('history/undo', {});
    expect({ tasks: rows('tasks'), risks: rows('risks') }).toEqual(before);
  });
});
