import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { engineOptions } from '../../src-main/service/engine-handlers';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  engineOptions.inProcess = true;
  core = await createTestCore();
});
afterEach(async () => {
  engineOptions.inProcess = false;
  await core.dispose();
});

/** A salon promised for Saturday 7 March in the 定稿, since drifted to Saturday the 14th (weekends: the plan's preferred slot). */
async function drifted() {
  const plan = await core.call('plan/create', { name: '三月档期', startDate: '2026-03-01', endDate: '2026-03-31' });
  const hall = await core.call('resource/create', { name: '多功能厅', kind: 'venue', quantity: 1 });
  const salon = await core.call('activity/create', {
    planId: plan.id,
    title: '会员沙龙',
    type: 'salon',
    start: '2026-03-07',
    end: '2026-03-07',
    claims: [{ resourceId: hall.id, quantity: 1 }],
  });
  await core.call('baseline/freeze', { planId: plan.id, name: '2026年3月定稿', month: '2026-03' });
  await core.call('activity/update', { id: salon.id, start: '2026-03-14', end: '2026-03-14' });
  return { plan, hall, salon };
}

describe('re-plan a disruption (突发调整)', () => {
  it('moves the fewest days against the 定稿, not against the drifted schedule; one undo takes it all back', async () => {
    const { plan, hall, salon } = await drifted();
    const before = await core.call('plan/get-snapshot', { id: plan.id });
    const disruption = { kind: 'resource-closed', resourceId: hall.id, from: '2026-03-14', to: '2026-03-14' } as const;
    const proposal = await core.call('baseline/replan-propose', { planId: plan.id, disruption, timeLimitMs: 1000 });
    expect(proposal.moves).toHaveLength(1);
    expect(proposal.moves[0]).toMatchObject({ activityId: salon.id, newStart: '2026-03-07' });
    expect(proposal.moves[0].reason['zh-CN']).toContain('会员沙龙');

    const applied = await core.call('baseline/replan-apply', { proposalId: proposal.id });
    expect(applied.applied).toBe(1);
    const after = await core.call('plan/get-snapshot', { id: plan.id });
    expect(after.activities[0].start).toBe('2026-03-07');
    expect(after.resources.find((r) => r.id === hall.id)?.unavailableDates).toEqual(['2026-03-14']);
    const [base] = await core.call('baseline/list', { planId: plan.id });
    expect((await core.call('baseline/changes', { id: base.id })).changes).toEqual([]);

    await core.call('history/undo', {});
    const undone = await core.call('plan/get-snapshot', { id: plan.id });
    expect(undone.activities).toEqual(before.activities);
    expect(undone.resources).toEqual(before.resources);
  });

  it('a re-plan that ignores the 定稿 measures from the schedule now', async () => {
    const { plan, hall } = await drifted();
    const disruption = { kind: 'resource-closed', resourceId: hall.id, from: '2026-03-14', to: '2026-03-14' } as const;
    const blind = await core.call('baseline/replan-propose', {
      planId: plan.id,
      disruption,
      timeLimitMs: 1000,
      ignoreBaseline: true,
    });
    expect(blind.moves).toHaveLength(1);
    // One day from where it is now, still on a weekend, not back to the 7th.
    expect(blind.moves[0].newStart).toBe('2026-03-15');
  });

  it('a neighbour that drifted since the 定稿 goes back to its date when the slot is free, and says so', async () => {
    const { plan, hall, salon } = await drifted();
    const workshop = await core.call('activity/create', {
      planId: plan.id,
      title: '手作课',
      type: 'salon',
      start: '2026-03-21',
      end: '2026-03-21',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
    const [base] = await core.call('baseline/list', { planId: plan.id });
    await core.call('baseline/delete', { id: base.id });
    // The 定稿 has the salon on the 7th and the workshop on the 21st; since then the salon moved to the 14th.
    await core.call('activity/update', { id: salon.id, start: '2026-03-07', end: '2026-03-07' });
    await core.call('baseline/freeze', { planId: plan.id, name: '2026年3月定稿' });
    await core.call('activity/update', { id: salon.id, start: '2026-03-14', end: '2026-03-14' });

    const disruption = { kind: 'resource-closed', resourceId: hall.id, from: '2026-03-21', to: '2026-03-21' } as const;
    const aware = await core.call('baseline/replan-propose', { planId: plan.id, disruption, timeLimitMs: 1000 });

    const back = aware.moves.find((m) => m.activityId === salon.id);
    expect(back?.newStart).toBe('2026-03-07');
    expect(back?.reason['zh-CN']).toBe('「会员沙龙」回到定稿日期 2026-03-07');
    expect(aware.moves.find((m) => m.activityId === workshop.id)?.newStart).not.toBe('2026-03-21');

    const blind = await core.call('baseline/replan-propose', {
      planId: plan.id,
      disruption,
      timeLimitMs: 1000,
      ignoreBaseline: true,
    });
    expect(blind.moves.map((m) => m.activityId)).toEqual([workshop.id]);
  });

  it('a cancelled activity frees its venue; apply marks it cancelled', async () => {
    const { plan, salon } = await drifted();
    const proposal = await core.call('baseline/replan-propose', {
      planId: plan.id,
      disruption: { kind: 'activity-cancelled', activityId: salon.id },
      timeLimitMs: 500,
    });
    expect(proposal.moves).toEqual([]);
    await core.call('baseline/replan-apply', { proposalId: proposal.id });
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.activities[0].status).toBe('cancelled');
  });
});
