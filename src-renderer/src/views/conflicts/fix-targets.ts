import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Activity } from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';

const RANK = { normal: 0, trend: 1, preference: 2, festival: 3 } as const;

function activitiesOf(snapshot: PlanSnapshot, f: Finding): Activity[] {
  const ids = new Set(f.activityIds);
  return snapshot.activities.filter((a) => ids.has(a.id));
}

/** Which activity a pin keeps: the most important unpinned one (docs/domain.md: festivals first). */
export function keeper(snapshot: PlanSnapshot, f: Finding): Activity | null {
  const list = activitiesOf(snapshot, f).filter((a) => !a.pinned);
  list.sort((a, b) => RANK[b.priority] - RANK[a.priority] || a.createdAt.localeCompare(b.createdAt));
  return list[0] ?? null;
}
