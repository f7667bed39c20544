import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { baselineHandlers, monthIn } from '../../src-main/service/baseline-handlers';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

async function venueClash() {
  const plan = await core.call('plan/create', { name: '基线', startDate: '2026-11-01', endDate: '2026-12-31' });
  const hall = await core.call('resource/create', { name: '一号厅', kind: 'venue', quantity: 1 });
  const make = (title: string) =>
    core.call('activity/create', {
      planId: plan.id,
      title,
      type: 'salon',
      start: '2026-11-14',
      end: '2026-11-14',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
  return { plan, make };
}

describe('conflict/month-baseline', () => {
  it("keeps the month's first count while the plan changes, and writes no undo step", async () => {
    const { plan, make } = await venueClash();
    await make('甲');
    await make('乙');
    const history = await core.call('history/state', {});
    const first = await core.call('conflict/month-baseline', { planId: plan.id });
    expect(first.hard).toBe(1);
    expect(first.month).toMatch(/^\d{4}-\d{2}$/);
    expect(await core.call('history/state', {})).toEqual(history);

    await make('丙'); // a third booking of the same hall: more clashes now
    const now = await core.call('conflict/list', { planId: plan.id });
    expect(now.findings.filter((f) => f.severity === 'hard').length).toBeGreaterThanOrEqual(1);
    expect(await core.call('conflict/month-baseline', { planId: plan.id })).toEqual(first);
  });

  it('starts a new baseline in a new month, in the plan time zone', async () => {
    const { plan, make } = await venueClash();
    await make('甲');
    let now = new Date('2026-11-30T16:30:00Z'); // already 00:30 on 1 December in Shanghai
    const handlers = baselineHandlers(
      core.workspace,
      (args) => core.call('conflict/list', args),
      () => now,
    );
    const dec = await handlers['conflict/month-baseline']({ planId: plan.id });
    expect(dec).toMatchObject({ month: '2026-12', hard: 0 });
    await make('乙');
    now = new Date('2027-01-02T00:00:00Z');
    expect(await handlers['conflict/month-baseline']({ planId: plan.id })).toMatchObject({ month: '2027-01', hard: 1 });
    expect(monthIn('America/New_York', new Date('2026-12-01T03:00:00Z'))).toBe('2026-11');
  });

  it('answers NOT_FOUND for an unknown plan', async () => {
    const r = await core.dispatch('conflict/month-baseline', { planId: '00000000-0000-4000-8000-000000000000' });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
  });
});
