import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditOutcome } from '../../src-shared/contract-outcome';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

async function venueClash() {
  const plan = await core.call('plan/create', { name: '会员档期', startDate: '2026-03-01', endDate: '2026-03-31' });
  const hall = await core.call('resource/create', { name: '主会场', kind: 'venue', quantity: 1 });
  const make = (title: string, day: string) =>
    core.call('activity/create', {
      planId: plan.id,
      title,
      type: 'salon',
      start: day,
      end: day,
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
  return { plan, hall, a: await make('会员沙龙', '2026-03-14'), b: await make('VIP 日', '2026-03-15') };
}

describe('edit outcomes', () => {
  it('a move answers its outcome (the updated activity, the new clash, the undo title), and the change event carries the same object', async () => {
    const { plan, a, b } = await venueClash();
    await core.call('conflict/list', { planId: plan.id });
    const events: EditOutcome[] = [];
    core.workspace.onChange((e) => events.push(e.outcome));
    const r = await core.dispatch('activity/update', { id: b.id, start: '2026-03-14', end: '2026-03-14' });
    if (!r.ok || !r.outcome) throw new Error('expected an outcome');
    const { outcome } = r;
    expect(outcome.updated.activities.map((x) => [x.id, x.start])).toEqual([[b.id, '2026-03-14']]);
    expect(outcome.created.activities).toEqual([]);
    expect(outcome.history.undoLabel?.['zh-CN']).toBe('修改活动「VIP 日」');
    const scope = outcome.findings.find((d) => d.planId === plan.id);
    const clash = scope?.added.find((f) => f.ruleId === 'resource.capacity');
    expect(clash?.activityIds.sort()).toEqual([a.id, b.id].sort());
    expect(events).toEqual([outcome]);

    const undone = await core.dispatch('history/undo', {});
    if (!undone.ok || !undone.outcome) throw new Error('expected an outcome');
    expect(undone.outcome.kind).toBe('undo');
    expect(undone.outcome.updated.activities.map((x) => x.start)).toEqual(['2026-03-15']);
    expect(undone.outcome.findings.find((d) => d.planId === plan.id)?.removed).toContain(clash?.key);
    expect(undone.outcome.history.redoLabel?.en).toBe('Edit activity “VIP 日”');
  });

  it('a delete answers the deleted id; a create answers the created entity', async () => {
    const { plan, a } = await venueClash();
    const del = await core.dispatch('activity/delete', { id: a.id });
    expect(del.ok && del.outcome?.deleted.activities).toEqual([a.id]);
    const line = await core.dispatch('budget/create-line', { planId: plan.id, category: 'venue', plannedCents: 100 });
    expect(line.ok && line.outcome?.created.budgetLines.map((l) => l.plannedCents)).toEqual([100]);
  });

  it('refuses a stale edit with CONFLICT in both languages and writes nothing', async () => {
    const { a } = await venueClash();
    await core.call('activity/update', { id: a.id, title: '会员沙龙（改）' });
    const r = await core.dispatch('activity/update', { id: a.id, notes: '旧副本', expectedUpdatedAt: a.updatedAt });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CONFLICT');
    expect(r.error.message['zh-CN']).toContain('已在别处被修改');
    expect(r.error.message.en).toContain('changed elsewhere');
    const deleted = await core.dispatch('plan/update', { id: a.planId, name: 'x', expectedUpdatedAt: 'gone' });
    expect(!deleted.ok && deleted.error.code).toBe('CONFLICT');
    const snap = await core.call('plan/get-snapshot', { id: a.planId });
    expect(snap.activities.find((x) => x.id === a.id)?.notes).toBe('');
  });

  it('two patches to one activity sent at once both survive (each merges inside its own transaction)', async () => {
    const { a } = await venueClash();
    await Promise.all([
      core.call('activity/update', { id: a.id, title: '新标题' }),
      core.call('activity/update', { id: a.id, notes: '新备注' }),
      core.call('activity/update', { id: a.id, owner: '王经理' }),
    ]);
    const snap = await core.call('plan/get-snapshot', { id: a.planId });
    expect(snap.activities.find((x) => x.id === a.id)).toMatchObject({
      title: '新标题',
      notes: '新备注',
      owner: '王经理',
    });
  });
});
