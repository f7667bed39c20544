import type { Activity, ActivityStatus, ActivityType } from '../../../../src-shared/model';

/** What the toolbar narrows the calendar to; empty strings mean "all". */
export interface CalendarFilters {
  /** '' this plan only, 'all' every plan, or one other plan's id shown beside this one. */
  plan: string;
  query: string;
  type: ActivityType | '';
  status: ActivityStatus | '';
  segmentId: string;
  resourceId: string;
}

export const NO_FILTERS: CalendarFilters = { plan: '', query: '', type: '', status: '', segmentId: '', resourceId: '' };

export function isFiltered(f: CalendarFilters): boolean {
  return (
    f.plan !== '' ||
    f.query.trim() !== '' ||
    f.type !== '' ||
    f.status !== '' ||
    f.segmentId !== '' ||
    f.resourceId !== ''
  );
}

/** Search looks at the words a planner remembers an activity by: title, owner, notes. */
export function matches(a: Activity, f: CalendarFilters): boolean {
  if (f.type && a.type !== f.type) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.segmentId && !a.segmentIds.includes(f.segmentId)) return false;
  if (f.resourceId && !a.claims.some((c) => c.resourceId === f.resourceId)) return false;
  const q = f.query.trim().toLowerCase();
  if (q && !`${a.title} ${a.owner} ${a.notes}`.toLowerCase().includes(q)) return false;
  return true;
}
