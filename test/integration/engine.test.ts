import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onSolverProgress, type SolverProgressEvent } from '../../src-main/service/engine-handlers';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

/** A plan with the conference's 20 VR sets booked twice on the same Saturday, 12 sets each. */
async function vrClash(secondSet = false) {
  const plan = await core.call('plan/create', { name: '会员大会', startDate: '2026-03-01', endDate: '2026-04-30' });
  const vr = await core.call('resource/create', { name: 'VR 设备', kind: 'equipment', quantity: 20 });
  const vr2 = secondSet
    ? await core.call('resource/create', { name: 'VR 设备（乙）', kind: 'equipment', quantity: 20 })
    : null;
  const a = await core.call('activity/create', {
    planId: plan.id,
    title: 'VR 体验区',
    type: 'conference',
    priority: 'festival',
    start: '2026-03-14',
    end: '2026-03-14',
    claims: [{ resourceId: vr.id, quantity: 12 }],
    backupPlan: '改线上直播',
  });
  const b = await core.call('activity/create', {
    planId: plan.id,
    title: '会员沙龙 VR 专场',
    type: 'salon',
    start: '2026-03-14',
    end: '2026-03-14',
    claims: [{ resourceId: vr.id, quantity: 12 }],
  });
  return { plan, vr, vr2, a, b };
}

const snapshot = async (planId: string) => {
  const s = await core.call('plan/get-snapshot', { id: planId });
  return { activities: s.activities, resources: s.resources };
};

describe('engine channels', () => {
  it('lists and explains the VR clash', async () => {
    const { plan, vr } = await vrClash();
    const { findings, summary } = await core.call('conflict/list', { planId: plan.id });
    const hard = findings.filter((f) => f.severity === 'hard');
    expect(hard).toHaveLength(1);
    expect(hard[0]).toMatchObject({ ruleId: 'resource.capacity', amount: 4, resourceIds: [vr.id] });
    expect(summary.byRule['resource.capacity']).toBe(4);
    const ex = await core.call('conflict/explain', { planId: plan.id, key: hard[0].key });
    expect(ex.rule.label['zh-CN']).toBe('资源超出容量');
    expect(ex.why['zh-CN']).toContain('VR 设备');
    expect(ex.activities.map((a) => a.title).sort()).toEqual(['VR 体验区', '会员沙龙 VR 专场']);
    expect(ex.suggestions.length).toBeGreaterThan(0);
  });

  it('proposes a move (festival activity stays), applies it as one edit, and undo restores the exact prior state', async () => {
    const { plan, b } = await vrClash();
    const before = await snapshot(plan.id);
    const progress: SolverProgressEvent[] = [];
    const off = onSolverProgress(core.workspace, (e) => progress.push(e));
    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'run-1', timeLimitMs: 1000, seed: 7 });
    off();
    expect(proposal.status).toBe('solved');
    expect(proposal.moves.map((m) => m.activityId)).toEqual([b.id]);
    expect(proposal.moves[0].reason['zh-CN']).toContain('消除冲突：资源「VR 设备」超出容量');
    expect(progress.some((p) => p.runId === 'run-1')).toBe(true);

    const applied = await core.call('solver/apply', { proposalId: proposal.id });
    expect(applied.applied).toBe(1);
    expect(applied.history.canUndo).toBe(true);
    const after = await snapshot(plan.id);
    expect(after.activities.find((a) => a.id === b.id)?.start).toBe(proposal.moves[0].newStart);
    const left = await core.call('conflict/list', { planId: plan.id });
    expect(left.findings.filter((f) => f.severity === 'hard')).toEqual([]);

    await core.call('history/undo', {});
    expect(await snapshot(plan.id)).toEqual(before);
  });

  it('a resource swap is applied and undone with the claims exactly as they were', async () => {
    const { plan } = await vrClash(true);
    const before = await snapshot(plan.id);
    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'run-2', timeLimitMs: 1000 });
    expect(proposal.moves).toHaveLength(1);
    expect(proposal.moves[0].swaps).toHaveLength(1);
    await core.call('solver/apply', { proposalId: proposal.id });
    expect((await snapshot(plan.id)).activities).not.toEqual(before.activities);
    await core.call('history/undo', {});
    expect(await snapshot(plan.id)).toEqual(before);
  });

  it('accepting some moves applies only those, as one undoable edit', async () => {
    const { plan } = await vrClash();
    // A second, independent clash: the hall booked twice on another day.
    const hall = await core.call('resource/create', { name: '一号厅', kind: 'venue', quantity: 1 });
    for (const title of ['春季沙龙', '春季品鉴']) {
      await core.call('activity/create', {
        planId: plan.id,
        title,
        type: 'salon',
        start: '2026-04-11',
        end: '2026-04-11',
        claims: [{ resourceId: hall.id, quantity: 1 }],
      });
    }
    const before = await snapshot(plan.id);
    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'run-some', timeLimitMs: 1000 });
    expect(proposal.moves.length).toBeGreaterThanOrEqual(2);
    const chosen = proposal.moves[0];
    const undoDepthBefore = core.db.raw.prepare('SELECT count(*) FROM history_edits').pluck().get();
    const applied = await core.call('solver/apply', { proposalId: proposal.id, activityIds: [chosen.activityId] });
    expect(applied.applied).toBe(1);
    expect(core.db.raw.prepare('SELECT count(*) FROM history_edits').pluck().get()).toBe(Number(undoDepthBefore) + 1);
    const after = await snapshot(plan.id);
    const moved = after.activities.filter((a) => a.start !== before.activities.find((b) => b.id === a.id)?.start);
    expect(moved.map((a) => a.id)).toEqual([chosen.activityId]);
    await core.call('history/undo', {});
    expect(await snapshot(plan.id)).toEqual(before);
  });

  it('refuses bad solver requests with clear errors', async () => {
    const { plan, b } = await vrClash();
    const unknownPlan = await core.dispatch('solver/propose', {
      planId: '00000000-0000-4000-8000-000000000099',
      runId: 'x',
    });
    expect(unknownPlan.ok).toBe(false);
    if (!unknownPlan.ok) expect(unknownPlan.error.code).toBe('NOT_FOUND');
    const negative = await core.dispatch('solver/propose', { planId: plan.id, runId: 'x', timeLimitMs: -5 });
    expect(negative.ok).toBe(false);
    if (!negative.ok) {
      expect(negative.error.code).toBe('VALIDATION');
      expect(JSON.stringify(negative.error)).toContain('timeLimitMs');
    }
    const noProposal = await core.dispatch('solver/apply', { proposalId: 'nope' });
    expect(!noProposal.ok && noProposal.error.code).toBe('NOT_FOUND');
    const noFinding = await core.dispatch('conflict/explain', { planId: plan.id, key: 'resource.capacity:nothing' });
    expect(!noFinding.ok && noFinding.error.code).toBe('NOT_FOUND');

    // The schedule changed after the proposal: applying it now is refused, nothing is written.
    const proposal = await core.call('solver/propose', { planId: plan.id, runId: 'run-3', timeLimitMs: 500 });
    await core.call('activity/update', { id: b.id, start: '2026-03-20', end: '2026-03-20' });
    const staleApply = await core.dispatch('solver/apply', { proposalId: proposal.id });
    expect(!staleApply.ok && staleApply.error.code).toBe('VALIDATION');
  });

  it('cancel stops a running solve, which still answers its best proposal', async () => {
    const { plan } = await vrClash();
    const pending = core.call('solver/propose', { planId: plan.id, runId: 'long', timeLimitMs: 60_000 });
    await new Promise((r) => setTimeout(r, 300));
    const c = await core.call('solver/cancel', { runId: 'long' });
    const proposal = await pending;
    expect(c.cancelled).toBe(true);
    expect(['cancelled', 'stall', 'optimal']).toContain(proposal.stats.stopped);
  });
});
