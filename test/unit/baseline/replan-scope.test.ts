import { describe, expect, it } from 'vitest';
import { NEIGHBOUR_DAYS, replanScope } from '../../../src-main/service/replan-scope';
import { addDays } from '../../../src-shared/model';
import { act, inputOf, uid } from '../rules/helpers';

const HALL = uid(2001);
const STAFF = uid(2002);
const OTHER = uid(2003);
const on = (...ids: string[]) => ids.map((resourceId) => ({ resourceId, quantity: 1 }));

/** A hall closed 14–16 March; around it, activities near and far, on the hall, on shared staff, elsewhere. */
function plan() {
  const hit = act(1, '2026-03-15', '2026-03-15', { claims: on(HALL, STAFF) });
  const hallBefore = act(2, '2026-03-12', '2026-03-12', { claims: on(HALL) });
  const staffNear = act(3, '2026-03-20', '2026-03-20', { claims: on(STAFF) });
  const staffFar = act(4, addDays('2026-03-15', NEIGHBOUR_DAYS + 2), addDays('2026-03-15', NEIGHBOUR_DAYS + 2), {
    claims: on(STAFF),
  });
  const elsewhere = act(5, '2026-03-15', '2026-03-15', { claims: on(OTHER) });
  const clashing = act(6, '2026-03-17', '2026-03-17', { claims: on(HALL) });
  return { hit, hallBefore, staffNear, staffFar, elsewhere, clashing };
}

describe('which activities a re-plan may move', () => {
  it('a closure: what it hits, and the neighbours sharing their resources nearby, not a neighbour already clashing', () => {
    const a = plan();
    const input = inputOf({ activities: Object.values(a) });
    const closed = { kind: 'resource-closed', resourceId: HALL, from: '2026-03-14', to: '2026-03-16' } as const;
    const scope = replanScope(input, closed, new Set([a.clashing.id]));
    expect(new Set(scope)).toEqual(new Set([a.hit.id, a.hallBefore.id, a.staffNear.id]));
  });

  it('a hit activity moves even when it was already clashing', () => {
    const a = plan();
    const input = inputOf({ activities: Object.values(a) });
    const closed = { kind: 'resource-closed', resourceId: HALL, from: '2026-03-15', to: '2026-03-15' } as const;
    expect(replanScope(input, closed, new Set([a.hit.id]))).toContain(a.hit.id);
  });

  it('a closure that hits nothing moves nothing', () => {
    const input = inputOf({ activities: Object.values(plan()) });
    const closed = { kind: 'resource-closed', resourceId: HALL, from: '2026-04-20', to: '2026-04-22' } as const;
    expect(replanScope(input, closed, new Set())).toEqual([]);
  });

  it('a cancellation frees room for the neighbours of the cancelled activity, not for itself', () => {
    const a = plan();
    const input = inputOf({ activities: Object.values(a) });
    const scope = replanScope(input, { kind: 'activity-cancelled', activityId: a.hit.id }, new Set());
    expect(new Set(scope)).toEqual(new Set([a.hallBefore.id, a.staffNear.id, a.clashing.id]));
  });

  it('a capped channel: every activity sending through it, nothing else', () => {
    const a = plan();
    const input = inputOf({ activities: Object.values(a) });
    const scope = replanScope(input, { kind: 'channel-capped', resourceId: STAFF, dailyCapacity: 0 }, new Set());
    expect(new Set(scope)).toEqual(new Set([a.hit.id, a.staffNear.id, a.staffFar.id]));
  });
});
