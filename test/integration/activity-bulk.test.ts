import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

async function seedThree() {
  const seeded = await seedQuarter(core);
  const timed = await core.call('activity/create', {
    planId: seeded.plan.id,
    title: '会员沙龙',
    type: 'salon',
    allDay: false,
    start: '2026-03-07T14:00',
    end: '2026-03-07T16:30',
  });
  const third = await core.call('activity/create', {
    planId: seeded.plan.id,
    title: '线上互动',
    type: 'online',
    start: '2026-01-20',
    end: '2026-01-20',
  });
  return { ...seeded, timed, third };
}

const snapshotOf = (planId: string) => core.call('plan/get-snapshot', { id: planId });

describe('activity bulk edits (the table multi-select)', () => {
  it('shifts several activities by days as one undoable edit, keeping the time of day', async () => {
    const { plan, activity, timed } = await seedThree();
    const before = (await snapshotOf(plan.id)).activities;
    const out = await core.call('activity/update-many', { ids: [activity.id, timed.id], shiftDays: 3 });
    expect(out.map((a) => [a.start, a.end])).toEqual([
      ['2026-02-17', '2026-02-19'],
      ['2026-03-10T14:00', '2026-03-10T16:30'],
    ]);
    const undo = await core.call('history/undo', {});
    expect(undo.label['zh-CN']).toBe('2 个活动推后 3 天');
    expect(undo.label.en).toBe('Shift 2 activities by +3 days');
    expect((await snapshotOf(plan.id)).activities).toEqual(before);
  });

  it('sets the status of several activities as one edit, and redo re-applies it', async () => {
    const { plan, activity, third } = await seedThree();
    await core.call('activity/update-many', { ids: [activity.id, third.id], status: 'confirmed' });
    const statuses = async () => (await snapshotOf(plan.id)).activities.map((a) => [a.title, a.status]);
    const after = await statuses();
    expect(after).toContainEqual(['春节会员日', 'confirmed']);
    expect(after).toContainEqual(['线上互动', 'confirmed']);
    expect(after).toContainEqual(['会员沙龙', 'planned']);
    const undo = await core.call('history/undo', {});
    expect(undo.label['zh-CN']).toBe('修改 2 个活动的状态');
    expect(await statuses()).not.toContainEqual(['春节会员日', 'confirmed']);
    await core.call('history/redo', {});
    expect(await statuses()).toEqual(after);
  });

  it('deletes several activities as one edit; undo brings them back with their claims', async () => {
    const { plan, activity, third } = await seedThree();
    const before = (await snapshotOf(plan.id)).activities;
    await core.call('activity/delete-many', { ids: [activity.id, third.id] });
    expect((await snapshotOf(plan.id)).activities.map((a) => a.title)).toEqual(['会员沙龙']);
    const undo = await core.call('history/undo', {});
    expect(undo.label['zh-CN']).toBe('删除 2 个活动');
    expect((await snapshotOf(plan.id)).activities).toEqual(before);
  });

  it('writes nothing when one id is missing or there is nothing to change', async () => {
    const { plan, activity } = await seedThree();
    const before = await snapshotOf(plan.id);
    const missing = await core.dispatch('activity/update-many', {
      ids: [activity.id, crypto.randomUUID()],
      status: 'done',
    });
    expect(missing.ok ? 'ok' : missing.error.code).toBe('NOT_FOUND');
    const gone = await core.dispatch('activity/delete-many', { ids: [activity.id, crypto.randomUUID()] });
    expect(gone.ok ? 'ok' : gone.error.code).toBe('NOT_FOUND');
    const empty = await core.dispatch('activity/update-many', { ids: [activity.id], shiftDays: 0 });
    expect(empty.ok ? 'ok' : empty.error.code).toBe('VALIDATION');
    expect((await snapshotOf(plan.id)).activities).toEqual(before.activities);
  });
});

describe("a plan's last-modified time", () => {
  it('moves with every edit inside the plan, and undo puts it back', async () => {
    const { plan, activity } = await seedQuarter(core);
    const before = (await core.call('plan/list', {})).find((p) => p.id === plan.id)?.updatedAt;
    await new Promise((done) => setTimeout(done, 5)); // a later stamp than the seed's
    await core.call('activity/update', { id: activity.id, title: '春节会员日（改）' });
    const after = (await core.call('plan/list', {})).find((p) => p.id === plan.id)?.updatedAt;
    expect(after).not.toBe(before);
    expect(String(after) > String(before)).toBe(true);
    await core.call('history/undo', {});
    expect((await core.call('plan/list', {})).find((p) => p.id === plan.id)?.updatedAt).toBe(before);
  });
});
