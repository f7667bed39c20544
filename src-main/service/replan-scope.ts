import type { Disruption } from '../../src-shared/contract-baselines';
import { dayNumber } from '../../src-shared/model';
import type { RuleActivity, RulesInput } from '../../src-shared/rules';

/**
 * Which activities a re-plan may move. A disruption hits a few activities (those on the closed
 * resource during the closed days, those sending through the capped channel); the neighbours of
 * a closure's or a cancellation's (activities sharing a resource with them within a few weeks of
 * their dates, or of the cancelled activity's) may move to make room, or, with the slot free, back to their 定稿 dates. Nothing
 * else moves: the rest of the plan's open findings are not this re-plan's business, and a
 * neighbour already caught in a clash before the disruption stays where it is, so the re-plan does
 * not spend moves on a clash the planner already had.
 */

/** How far around the hit activities a neighbour may sit: the solver's first placement radius. */
export const NEIGHBOUR_DAYS = 28;

const days = (a: { start: string; end: string }): [number, number] => [dayNumber(a.start), dayNumber(a.end)];

function hitBy(input: RulesInput, d: Disruption): RuleActivity[] {
  switch (d.kind) {
    case 'resource-closed': {
      const [from, to] = [dayNumber(d.from), dayNumber(d.to)];
      return input.activities.filter((a) => {
        const [s, e] = days(a);
        return s <= to && e >= from && a.claims.some((c) => c.resourceId === d.resourceId);
      });
    }
    case 'channel-capped':
      return input.activities.filter((a) => a.claims.some((c) => c.resourceId === d.resourceId));
    case 'activity-cancelled':
      return [];
  }
}

/**
 * The ids a re-plan may move: every activity the disruption hits, and each neighbour not in
 * `clashing` (the activities of the hard findings the plan had before the disruption).
 */
export function replanScope(input: RulesInput, d: Disruption, clashing: ReadonlySet<string>): string[] {
  const hit = hitBy(input, d);
  // A capped channel hits every activity sending through it: they move among themselves.
  const around =
    d.kind === 'activity-cancelled'
      ? input.activities.filter((a) => a.id === d.activityId)
      : d.kind === 'resource-closed'
        ? hit
        : [];
  const out = new Set(hit.map((a) => a.id));
  if (around.length === 0) return [...out];
  const resources = new Set(around.flatMap((a) => a.claims.map((c) => c.resourceId)));
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of around) {
    const [s, e] = days(a);
    lo = Math.min(lo, s - NEIGHBOUR_DAYS);
    hi = Math.max(hi, e + NEIGHBOUR_DAYS);
  }
  const gone = d.kind === 'activity-cancelled' ? d.activityId : null;
  for (const a of input.activities) {
    if (out.has(a.id) || a.id === gone || clashing.has(a.id)) continue;
    const [s, e] = days(a);
    if (s <= hi && e >= lo && a.claims.some((c) => resources.has(c.resourceId))) out.add(a.id);
  }
  return [...out];
}
