import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

/** Two plans, and the newest edit a change to an activity of the first. */
async function twoPlans() {
  const campaign = await core.call('plan/create', {
    name: '2027年会员档期',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
  });
  const conference = await core.call('plan/create', {
    name: '会员大会',
    startDate: '2027-03-01',
    endDate: '2027-05-31',
  });
  const salon = await core.call('activity/create', {
    planId: campaign.id,
    title: '会员沙龙',
    type: 'salon',
    start: '2027-03-13',
    end: '2027-03-13',
  });
  await core.call('activity/update', { id: salon.id, start: '2027-03-20', end: '2027-03-20' });
  return { campaign, conference, salon };
}

describe('undo and redo name the plan of the edit', () => {
  it('the history names the plans of the next undo and redo, and the step names the plan it changed', async () => {
    const { campaign } = await twoPlans();
    const state = await core.call('history/state', {});
    expect(state.undoLabel?.['zh-CN']).toBe('修改活动「会员沙龙」');
    expect(state.undoPlans).toEqual([{ id: campaign.id, name: '2027年会员档期' }]);
    expect(state.redoPlans).toEqual([]);

    const undone = await core.call('history/undo', {});
    expect(undone.plans).toEqual([{ id: campaign.id, name: '2027年会员档期' }]);
    expect(undone.label).toEqual({ 'zh-CN': '修改活动「会员沙龙」', en: 'Edit activity “会员沙龙”' });
    expect(undone.history.redoPlans).toEqual([{ id: campaign.id, name: '2027年会员档期' }]);

    const redone = await core.call('history/redo', {});
    expect(redone.plans.map((p) => p.name)).toEqual(['2027年会员档期']);
  });

  it('a deleted plan is still named: from the history, before its delete is undone and after a create is undone', async () => {
    const { conference } = await twoPlans();
    await core.call('plan/delete', { id: conference.id });
    const state = await core.call('history/state', {});
    expect(state.undoPlans).toEqual([{ id: conference.id, name: '会员大会' }]);
    expect((await core.call('history/undo', {})).plans).toEqual([{ id: conference.id, name: '会员大会' }]);

    // Undo everything back to the conference's creation: its redo names a plan that is gone.
    await core.call('history/undo', {}); // the salon's move
    await core.call('history/undo', {}); // the salon's creation
    const created = await core.call('history/undo', {}); // the conference's creation
    expect(created.plans).toEqual([{ id: conference.id, name: '会员大会' }]);
    const after = await core.call('history/state', {});
    expect(after.redoPlans).toEqual([{ id: conference.id, name: '会员大会' }]);
    expect(await core.call('plan/list', {})).toHaveLength(1);
  });

  it('an edit of a workspace resource belongs to no plan', async () => {
    await core.call('resource/create', { name: '多功能厅', kind: 'venue', quantity: 1 });
    const state = await core.call('history/state', {});
    expect(state.undoPlans).toEqual([]);
  });
});
