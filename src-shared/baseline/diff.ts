/**
 * What changed since a baseline (定稿): the change list a planner reads and the 变更单 the teams
 * receive. Comparing a baseline with the current plan, or two baselines, is the same function,
 * since both sides are baseline content.
 *
 * An activity of a month's baseline that has moved out of the month is "moved", not removed;
 * one that moved into the month from elsewhere is "added" to that month's schedule.
 */
import { dayNumber } from '../model';
import {
  byId,
  inScope,
  type BaselineActivity,
  type BaselineBudgetLine,
  type BaselineContent,
  type BaselineKpi,
} from './snapshot';

/** What about an activity changed, in the order a change notice lists them. */
export type ActivityChangeKind = 'moved' | 'resized' | 'resources' | 'segments' | 'status' | 'title' | 'type';

export interface ActivityChange {
  id: string;
  before: BaselineActivity;
  after: BaselineActivity;
  kinds: ActivityChangeKind[];
  /** Days the start moved (positive: later); 0 when only the end changed. */
  shiftDays: number;
}

export interface EntityChange<T> {
  id: string;
  before: T;
  after: T;
}

export interface BaselineDiff {
  activities: { added: BaselineActivity[]; removed: BaselineActivity[]; changed: ActivityChange[] };
  budgetLines: {
    added: BaselineBudgetLine[];
    removed: BaselineBudgetLine[];
    changed: EntityChange<BaselineBudgetLine>[];
  };
  kpis: { added: BaselineKpi[]; removed: BaselineKpi[]; changed: EntityChange<BaselineKpi>[] };
}

/**
 * The changes from `before` to `after`. `after` may be the current plan frozen over the whole plan:
 * with a scoped `before`, activities of `after` outside the scope count only if `before` held them.
 */
export function diffBaselines(before: BaselineContent, after: BaselineContent): BaselineDiff {
  const scope = before.scope;
  const beforeIds = new Set(before.activities.map((a) => a.id));
  const afterActivities = after.activities.filter((a) => beforeIds.has(a.id) || inScope(scope, a.start));
  const acts = pair(before.activities, afterActivities, sameActivity);
  return {
    activities: {
      added: acts.added,
      removed: acts.removed,
      changed: acts.changed.map(({ id, before: b, after: a }) => ({
        id,
        before: b,
        after: a,
        kinds: activityKinds(b, a),
        shiftDays: dayNumber(a.start) - dayNumber(b.start),
      })),
    },
    budgetLines: pair(before.budgetLines, scopedLines(before, after), sameLine),
    kpis: pair(before.kpis, after.kpis, sameKpi),
  };
}

/** The baseline with the diff applied: gives `after` back (within the baseline's scope). */
export function applyDiff(base: BaselineContent, diff: BaselineDiff): BaselineContent {
  return {
    scope: base.scope,
    activities: applyPairs(base.activities, diff.activities),
    budgetLines: applyPairs(base.budgetLines, diff.budgetLines),
    kpis: applyPairs(base.kpis, diff.kpis),
  };
}

/** The number of changes the header shows beside the conflict counts. */
export function changeCount(diff: BaselineDiff): number {
  const count = (d: { added: unknown[]; removed: unknown[]; changed: unknown[] }) =>
    d.added.length + d.removed.length + d.changed.length;
  return count(diff.activities) + count(diff.budgetLines) + count(diff.kpis);
}

function activityKinds(b: BaselineActivity, a: BaselineActivity): ActivityChangeKind[] {
  const kinds: ActivityChangeKind[] = [];
  if (b.start !== a.start) kinds.push('moved');
  const length = (x: BaselineActivity) => dayNumber(x.end) - dayNumber(x.start);
  if (b.end !== a.end && (b.start === a.start || length(b) !== length(a) || b.allDay !== a.allDay))
    kinds.push('resized');
  if (JSON.stringify(b.claims) !== JSON.stringify(a.claims)) kinds.push('resources');
  if (JSON.stringify(b.segmentIds) !== JSON.stringify(a.segmentIds)) kinds.push('segments');
  if (b.status !== a.status) kinds.push('status');
  if (b.title !== a.title) kinds.push('title');
  if (b.type !== a.type) kinds.push('type');
  return kinds;
}

function scopedLines(before: BaselineContent, after: BaselineContent): BaselineBudgetLine[] {
  if (!before.scope) return after.budgetLines;
  const kept = new Set(after.activities.filter((a) => inScope(before.scope, a.start)).map((a) => a.id));
  for (const a of before.activities) kept.add(a.id);
  return after.budgetLines.filter((l) => l.activityId === null || kept.has(l.activityId));
}

/** Field by field: called for every activity of a 10k plan, where two JSON.stringify calls each cost more. */
function sameActivity(a: BaselineActivity, b: BaselineActivity): boolean {
  if (a.start !== b.start || a.end !== b.end || a.title !== b.title || a.status !== b.status) return false;
  if (a.type !== b.type || a.allDay !== b.allDay) return false;
  if (a.claims.length !== b.claims.length || a.segmentIds.length !== b.segmentIds.length) return false;
  for (let i = 0; i < a.claims.length; i++) {
    if (a.claims[i].resourceId !== b.claims[i].resourceId || a.claims[i].quantity !== b.claims[i].quantity)
      return false;
  }
  for (let i = 0; i < a.segmentIds.length; i++) if (a.segmentIds[i] !== b.segmentIds[i]) return false;
  return true;
}
function sameLine(a: BaselineBudgetLine, b: BaselineBudgetLine): boolean {
  return a.activityId === b.activityId && a.description === b.description && a.plannedCents === b.plannedCents;
}
function sameKpi(a: BaselineKpi, b: BaselineKpi): boolean {
  return a.name === b.name && a.target === b.target;
}

function pair<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean,
): { added: T[]; removed: T[]; changed: EntityChange<T>[] } {
  const beforeById = new Map(before.map((x) => [x.id, x]));
  const afterIds = new Set(after.map((x) => x.id));
  const added: T[] = [];
  const changed: EntityChange<T>[] = [];
  for (const x of after) {
    const old = beforeById.get(x.id);
    if (!old) added.push(x);
    else if (!same(old, x)) changed.push({ id: x.id, before: old, after: x });
  }
  const removed = before.filter((x) => !afterIds.has(x.id));
  return { added: added.sort(byId), removed: removed.sort(byId), changed: changed.sort(byId) };
}

function applyPairs<T extends { id: string }>(
  base: readonly T[],
  d: { added: T[]; removed: T[]; changed: EntityChange<T>[] },
): T[] {
  const out = new Map(base.map((x) => [x.id, x]));
  for (const x of d.removed) out.delete(x.id);
  for (const c of d.changed) out.set(c.id, c.after);
  for (const x of d.added) out.set(x.id, x);
  return [...out.values()].sort(byId);
}
