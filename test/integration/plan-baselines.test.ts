import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BaselineInfo } from '../../src-shared/contract-baselines';
import { applyOutcomeToBaselines } from '../../src-renderer/src/state/apply-outcome';
import { currentContent } from '../../src-main/service/plan-baselines-handlers';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
let other: TestCore;
beforeEach(async () => {
  core = await createTestCore();
  other = await createTestCore();
});
afterEach(async () => {
  await core.dispose();
  await other.dispose();
});

describe('baselines (定稿)', () => {
  it('a freeze is one undoable edit with an outcome; the first one becomes the reference', async () => {
    const { plan } = await seedQuarter(core);
    const r = await core.dispatch('baseline/freeze', { planId: plan.id, name: '2026年2月定稿', month: '2026-02' });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.outcome?.planIds).toEqual([plan.id]);
    expect(r.outcome?.history.undoLabel?.['zh-CN']).toBe('冻结定稿「2026年2月定稿」');
    const frozen = r.value as { id: string; isReference: boolean; scope: unknown; activityCount: number };
    expect(frozen).toMatchObject({
      isReference: true,
      scope: { from: '2026-02-01', to: '2026-02-28' },
      activityCount: 1,
    });

    // The outcome carries the baseline, so a renderer's list takes it without asking again.
    expect(r.outcome?.created.baselines).toEqual([frozen]);
    expect(await core.call('baseline/list', { planId: plan.id })).toEqual([frozen]);

    const undo = await core.dispatch('history/undo', {});
    if (!undo.ok) throw new Error(undo.error.message.en);
    expect(undo.outcome?.deleted.baselines).toEqual([frozen.id]);
    expect(await core.call('baseline/list', { planId: plan.id })).toEqual([]);
    await core.call('history/redo', {});
    const [back] = await core.call('baseline/list', { planId: plan.id });
    expect(back).toMatchObject({ id: frozen.id, isReference: true, name: '2026年2月定稿' });
  });

  it("freezes what the plan holds: the edit's raw read gives the content the Kysely read gives", async () => {
    const { plan } = await seedQuarter(core);
    const info = await core.call('baseline/freeze', { planId: plan.id, name: '全季定稿' });
    const { content } = await core.call('baseline/get', { id: info.id });
    expect(content.activities.some((a) => a.claims.length > 0 && a.segmentIds.length > 1)).toBe(true);
    expect(content).toEqual(await currentContent(core.workspace.db, plan.id));
  });

  it('refuses a month outside the plan, writing nothing', async () => {
    const { plan } = await seedQuarter(core);
    const r = await core.dispatch('baseline/freeze', { planId: plan.id, name: '七月', month: '2026-07' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message['zh-CN']).toContain('不在方案的日期范围');
    expect(await core.call('baseline/list', { planId: plan.id })).toEqual([]);
  });

  it('one reference per plan: choosing another moves it, undo moves it back; rename and delete are undoable', async () => {
    const { plan } = await seedQuarter(core);
    const a = await core.call('baseline/freeze', { planId: plan.id, name: '一稿' });
    const b = await core.call('baseline/freeze', { planId: plan.id, name: '二稿', note: '周会后' });
    expect(b.isReference).toBe(false);
    const after = await core.call('baseline/set-reference', { planId: plan.id, id: b.id });
    expect(after.filter((x) => x.isReference).map((x) => x.id)).toEqual([b.id]);
    await core.call('history/undo', {});
    const list = await core.call('baseline/list', { planId: plan.id });
    expect(list.filter((x) => x.isReference).map((x) => x.id)).toEqual([a.id]);

    await core.call('baseline/update', { id: b.id, name: '二稿（改）' });
    expect((await core.call('baseline/list', { planId: plan.id }))[1].name).toBe('二稿（改）');
    const deleted = await core.dispatch('baseline/delete', { id: a.id });
    if (!deleted.ok) throw new Error(deleted.error.message.en);
    expect(deleted.outcome?.deleted.baselines).toEqual([a.id]);
    // Other edits' outcomes name no baseline.
    expect(deleted.outcome?.created.baselines).toBeUndefined();
    expect(await core.call('baseline/list', { planId: plan.id })).toHaveLength(1);
    const undone = await core.dispatch('history/undo', {});
    if (!undone.ok) throw new Error(undone.error.message.en);
    const listed = await core.call('baseline/list', { planId: plan.id });
    expect(listed.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(undone.outcome?.created.baselines).toEqual([listed[0]]);
  });

  it('lists what changed since the baseline, each with when and why from the edit history', async () => {
    const { plan, activity } = await seedQuarter(core);
    const base = await core.call('baseline/freeze', { planId: plan.id, name: '定稿' });
    const line = await core.call('budget/create-line', { planId: plan.id, category: 'venue', plannedCents: 500_00 });
    await core.call('activity/update', { id: activity.id, start: '2026-02-17', end: '2026-02-19' });
    const added = await core.call('activity/create', {
      planId: plan.id,
      title: '会员沙龙',
      type: 'salon',
      start: '2026-03-07',
      end: '2026-03-07',
    });

    const { changes } = await core.call('baseline/changes', { id: base.id });
    const moved = changes.find((c) => c.id === activity.id);
    expect(moved).toMatchObject({
      change: 'changed',
      kinds: ['moved'],
      beforeStart: '2026-02-14',
      afterStart: '2026-02-17',
      shiftDays: 3,
      why: { 'zh-CN': '修改活动「春节会员日」' },
      reason: null,
    });
    expect(moved?.at).not.toBeNull();
    expect(changes.find((c) => c.id === added.id)).toMatchObject({ change: 'added', afterStart: '2026-03-07' });
    expect(changes.find((c) => c.id === line.id)).toMatchObject({ entity: 'budgetLine', change: 'added' });

    // Undone, the move is no longer a change, and nothing names it.
    await core.call('history/undo', {});
    await core.call('history/undo', {});
    const again = await core.call('baseline/changes', { id: base.id });
    expect(again.changes.map((c) => c.id)).toEqual([line.id]);
  });

  it('compares two baselines of a plan', async () => {
    const { plan, activity } = await seedQuarter(core);
    const first = await core.call('baseline/freeze', { planId: plan.id, name: '一稿' });
    await core.call('activity/update', { id: activity.id, start: '2026-02-12', end: '2026-02-14' });
    const second = await core.call('baseline/freeze', { planId: plan.id, name: '二稿' });
    await core.call('activity/update', { id: activity.id, start: '2026-02-20', end: '2026-02-22' });
    const { changes, against } = await core.call('baseline/changes', { id: first.id, againstId: second.id });
    expect(against?.id).toBe(second.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      afterStart: '2026-02-12',
      shiftDays: -2,
      why: { en: 'Edit activity “春节会员日”' },
    });
  });

  it('a solver move carries its reason into the change list', async () => {
    const plan = await core.call('plan/create', { name: '会员大会', startDate: '2026-03-01', endDate: '2026-04-30' });
    const vr = await core.call('resource/create', { name: 'VR 设备', kind: 'equipment', quantity: 20 });
    for (const [title, priority] of [
      ['VR 体验区', 'festival'],
      ['会员沙龙 VR 专场', 'normal'],
    ] as const) {
      await core.call('activity/create', {
        planId: plan.id,
        title,
        type: 'salon',
        priority,
        start: '2026-03-14',
        end: '2026-03-14',
        claims: [{ resourceId: vr.id, quantity: 12 }],
      });
    }
    const base = await core.call('baseline/freeze', { planId: plan.id, name: '定稿' });
    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'b-1', timeLimitMs: 1000 });
    expect(proposal.moves).toHaveLength(1);
    await core.call('solver/apply', { proposalId: proposal.id });
    const { changes } = await core.call('baseline/changes', { id: base.id });
    expect(changes).toHaveLength(1);
    expect(changes[0].reason).toEqual(proposal.moves[0].reason);
    expect(changes[0].why?.['zh-CN']).toContain('应用排期方案');
  });

  it('deleting the plan takes its baselines; undo brings them back', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('baseline/freeze', { planId: plan.id, name: '定稿' });
    await core.call('plan/delete', { id: plan.id });
    await core.call('history/undo', {});
    expect(await core.call('baseline/list', { planId: plan.id })).toHaveLength(1);
  });

  it('travels inside the plan file: export → import → export gives the same file, and the baseline reads the same', async () => {
    const { plan } = await seedQuarter(core);
    const base = await core.call('baseline/freeze', {
      planId: plan.id,
      name: '2026年2月定稿',
      note: '已发各门店',
      month: '2026-02',
    });
    const first = await core.call('file/export-plan', { planIds: [plan.id] });
    const preview = await other.call('file/preview-plan-import', {
      fileName: first.fileName,
      contentBase64: first.contentBase64,
    });
    await other.call('file/apply-plan-import', { token: preview.token });
    const [copy] = await other.call('baseline/list', { planId: plan.id });
    expect(copy).toEqual(base);
    const content = await other.call('baseline/get', { id: base.id });
    expect(content).toEqual(await core.call('baseline/get', { id: base.id }));
    const second = await other.call('file/export-plan', { planIds: [plan.id] });
    expect(second.contentBase64).toBe(first.contentBase64);

    // Imported again into the same workspace, the copy's baseline follows its renamed activities.
    const again = await core.call('file/preview-plan-import', {
      fileName: first.fileName,
      contentBase64: first.contentBase64,
    });
    const applied = await core.call('file/apply-plan-import', { token: again.token });
    const copyPlanId = applied.planIds[0];
    const [renamed] = await core.call('baseline/list', { planId: copyPlanId });
    const renamedContent = await core.call('baseline/get', { id: renamed.id });
    const snapshot = await core.call('plan/get-snapshot', { id: copyPlanId });
    expect(renamedContent.content.activities.map((a) => a.id)).toEqual(snapshot.activities.map((a) => a.id));
    expect((await core.call('baseline/changes', { id: renamed.id })).changes).toEqual([]);
  });
});

describe("a renderer's baseline list kept from outcomes", () => {
  it('freeze, new reference, rename, delete and their undo each give what baseline/list answers', async () => {
    const { plan } = await seedQuarter(core);
    let held: BaselineInfo[] = [];
    const step = async (channel: string, args: unknown) => {
      const r = await core.dispatch(channel, args);
      if (!r.ok) throw new Error(r.error.message.en);
      if (!r.outcome) throw new Error(`${channel} answered no outcome`);
      held = applyOutcomeToBaselines(held, plan.id, r.outcome);
      expect(held).toEqual(await core.call('baseline/list', { planId: plan.id }));
      return r.value as BaselineInfo;
    };
    const a = await step('baseline/freeze', { planId: plan.id, name: '一稿' });
    const b = await step('baseline/freeze', { planId: plan.id, name: '二稿', month: '2026-02' });
    await step('baseline/set-reference', { planId: plan.id, id: b.id });
    expect(held.find((x) => x.isReference)?.id).toBe(b.id);
    await step('baseline/update', { id: a.id, name: '一稿（改）' });
    await step('baseline/delete', { id: b.id });
    for (let i = 0; i < 5; i++) await step('history/undo', {});
    expect(held).toEqual([]);
    for (let i = 0; i < 5; i++) await step('history/redo', {});
    expect(held.map((x) => x.name)).toEqual(['一稿（改）']);
  });
});
