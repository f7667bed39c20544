import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, type Resource, dayNumber } from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';

const RANK = { normal: 0, trend: 1, preference: 2, festival: 3 } as const;

function activitiesOf(snapshot: PlanSnapshot, f: Finding): Activity[] {
  const ids = new Set(f.activityIds);
  return snapshot.activities.filter((a) => ids.has(a.id));
}

const movable = (a: Activity) => !a.pinned && a.status !== 'done' && a.status !== 'in_progress';

/**
 * Which activity a one-click fix acts on: the one that gives way is the least important movable
 * one (docs/domain.md: festivals first, then member preference, then trends), the newest on a tie;
 * the one a pin keeps is the most important.
 */
export function yielding(snapshot: PlanSnapshot, f: Finding): Activity | null {
  const list = activitiesOf(snapshot, f).filter(movable);
  list.sort((a, b) => RANK[a.priority] - RANK[b.priority] || b.createdAt.localeCompare(a.createdAt));
  return list[0] ?? null;
}

export function keeper(snapshot: PlanSnapshot, f: Finding): Activity | null {
  const list = activitiesOf(snapshot, f).filter((a) => !a.pinned);
  list.sort((a, b) => RANK[b.priority] - RANK[a.priority] || a.createdAt.localeCompare(b.createdAt));
  return list[0] ?? null;
}

function overlaps(a: Activity, from: number, to: number): boolean {
  return a.status !== 'cancelled' && dayNumber(a.start) <= to && dayNumber(a.end) >= from;
}

/**
 * A resource of the same kind that is free on every day of the activity: not blocked, and with
 * room for the claim beside every other claim on it that day (units, or sends for a channel).
 * It sees the plan's own claims; the main process's check on apply sees the whole workspace.
 */
export function freeResource(snapshot: PlanSnapshot, a: Activity, fromId: string): Resource | null {
  const from = snapshot.resources.find((r) => r.id === fromId);
  const claim = a.claims.find((c) => c.resourceId === fromId);
  if (!from || !claim) return null;
  const lo = dayNumber(a.start);
  const hi = dayNumber(a.end);
  const claimed = new Set(a.claims.map((c) => c.resourceId));
  for (const r of snapshot.resources) {
    if (r.kind !== from.kind || claimed.has(r.id)) continue;
    if (r.unavailableDates.some((d) => dayNumber(d) >= lo && dayNumber(d) <= hi)) continue;
    const limit = r.kind === 'channel' ? (r.dailyCapacity ?? 0) : r.quantity;
    let fits = claim.quantity <= limit;
    for (let d = lo; fits && d <= hi; d++) {
      let used = claim.quantity;
      for (const o of snapshot.activities) {
        if (o.id === a.id || !overlaps(o, d, d)) continue;
        for (const c of o.claims) if (c.resourceId === r.id) used += c.quantity;
      }
      fits = used <= limit;
    }
    if (fits) return r;
  }
  return null;
}
