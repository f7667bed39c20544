/**
 * Baselines (定稿): the diff against a baseline, applied to the baseline, gives the current plan
 * back; the change kinds name what a planner would call the change; a month's baseline follows an
 * activity that moved out of the month instead of calling it removed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDiff,
  changeCount,
  diffBaselines,
  freezeBaseline,
  inScope,
  type PlanState,
} from '../../../src-shared/baseline';
import { addDays, type Activity, type BudgetLine, type Kpi } from '../../../src-shared/model';

const RESOURCES = ['venue-a', 'venue-b', 'sms', 'staff'];
const SEGMENTS = ['gold', 'silver', 'new'];

const activityArb = (id: string): fc.Arbitrary<Activity> =>
  fc
    .record({
      offset: fc.integer({ min: 0, max: 120 }),
      length: fc.integer({ min: 0, max: 5 }),
      title: fc.constantFrom('会员沙龙', 'VIP尊享日', '会员生日会', '春节会员日'),
      status: fc.constantFrom('planned', 'confirmed', 'cancelled'),
      claims: fc.uniqueArray(fc.constantFrom(...RESOURCES), { maxLength: 3 }),
      quantity: fc.integer({ min: 1, max: 5 }),
      segments: fc.uniqueArray(fc.constantFrom(...SEGMENTS), { maxLength: 3 }),
    })
    .map((r) => {
      const start = addDays('2027-01-01', r.offset);
      return {
        id,
        planId: 'p',
        title: r.title,
        type: 'member_day',
        status: r.status,
        allDay: true,
        start,
        end: addDays(start, r.length),
        windowStart: null,
        windowEnd: null,
        priority: 'normal',
        pinned: false,
        owner: '',
        expectedParticipants: null,
        notes: '',
        backupPlan: '',
        claims: r.claims.map((resourceId) => ({ resourceId, quantity: r.quantity })),
        segmentIds: r.segments,
        createdAt: '',
        updatedAt: '',
      } as Activity;
    });

const stateArb = (ids: string[]): fc.Arbitrary<PlanState> =>
  fc
    .tuple(
      fc.tuple(...ids.map((id) => fc.option(activityArb(id), { nil: undefined }))),
      fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 3, maxLength: 3 }),
      fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2, maxLength: 2 }),
    )
    .map(([acts, amounts, targets]) => {
      const activities = acts.filter((a): a is Activity => a !== undefined);
      const budgetLines = amounts.map(
        (plannedCents, i) =>
          ({
            id: `b${i}`,
            activityId: i === 0 || activities.length === 0 ? null : activities[i % activities.length].id,
            description: `科目${i}`,
            plannedCents,
          }) as BudgetLine,
      );
      const kpis = targets.map((target, i) => ({ id: `k${i}`, name: `目标${i}`, target }) as Kpi);
      return { activities, budgetLines, kpis };
    });

const IDS = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];

describe('baseline diff', () => {
  it('applied to the baseline gives the current plan (whole-plan baselines)', () => {
    fc.assert(
      fc.property(stateArb(IDS), stateArb(IDS), (then, now) => {
        const base = freezeBaseline(then);
        const current = freezeBaseline(now);
        const diff = diffBaselines(base, current);
        expect(applyDiff(base, diff)).toEqual(current);
        expect(changeCount(diff) === 0).toBe(JSON.stringify(base) === JSON.stringify(current));
      }),
    );
  });

  it('applied to a monthʼs baseline gives what that month holds now, following activities that left it', () => {
    const scope = { from: '2027-02-01', to: '2027-02-28' };
    fc.assert(
      fc.property(stateArb(IDS), stateArb(IDS), (then, now) => {
        const base = freezeBaseline(then, scope);
        const diff = diffBaselines(base, freezeBaseline(now));
        const held = new Set(base.activities.map((a) => a.id));
        const expected = freezeBaseline(now).activities.filter((a) => held.has(a.id) || inScope(scope, a.start));
        expect(applyDiff(base, diff).activities).toEqual(expected);
        for (const gone of diff.activities.removed) expect(now.activities.some((a) => a.id === gone.id)).toBe(false);
      }),
    );
  });

  it('names the change: moved with its shift in days, resized, resources, status', () => {
    const state = fc.sample(stateArb(['x']), { seed: 7, numRuns: 50 }).find((s) => s.activities.length === 1)!;
    const base = freezeBaseline(state);
    const a = state.activities[0];
    const moved = { ...a, start: addDays(a.start, 3), end: addDays(a.end, 3) };
    expect(diffBaselines(base, freezeBaseline({ ...state, activities: [moved] })).activities.changed[0]).toMatchObject({
      kinds: ['moved'],
      shiftDays: 3,
    });
    const longer = { ...a, end: addDays(a.end, 1), status: a.status === 'cancelled' ? 'planned' : 'cancelled' };
    expect(
      diffBaselines(base, freezeBaseline({ ...state, activities: [longer as Activity] })).activities.changed[0],
    ).toMatchObject({
      kinds: ['resized', 'status'],
      shiftDays: 0,
    });
    const rebooked = { ...a, claims: [{ resourceId: 'venue-z', quantity: 1 }] };
    expect(
      diffBaselines(base, freezeBaseline({ ...state, activities: [rebooked] })).activities.changed[0].kinds,
    ).toEqual(['resources']);
  });
});
