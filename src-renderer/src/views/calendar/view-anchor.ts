import { dayNumber } from '../../../../src-shared/model';

/**
 * The day the schedule is looking at, shared by every view (month, week, quarter, list, lanes)
 * and kept per plan for the session, so switching views or tabs comes back to the same place,
 * always inside the plan.
 */
export interface PlanSpan {
  startDate: string;
  endDate: string;
}

const inside = (day: string, p: PlanSpan) =>
  dayNumber(day) >= dayNumber(p.startDate) && dayNumber(day) <= dayNumber(p.endDate);

/** `day` moved into the plan: before it, the plan's first day; after it, its last. */
export function clampToPlan(day: string, p: PlanSpan): string {
  if (dayNumber(day) < dayNumber(p.startDate)) return p.startDate;
  if (dayNumber(day) > dayNumber(p.endDate)) return p.endDate;
  return day;
}

/** Where a plan's schedule opens: the day last looked at, else today when the plan covers it, else its first day. */
export function openingDay(stored: string | null, today: string, p: PlanSpan): string {
  if (stored && /^\d{4}-\d{2}-\d{2}$/.test(stored) && inside(stored, p)) return stored;
  return inside(today, p) ? today : p.startDate;
}

/**
 * The anchor after a view showed the days `from`..`to` (inclusive): kept while it is on show (a
 * week starting in the previous month must not drag the anchor out of the plan); otherwise the
 * first day on show that is inside the plan, or the first day on show when none is.
 */
export function anchorAfterShow(anchor: string, from: string, to: string, p: PlanSpan): string {
  const a = dayNumber(anchor);
  if (a >= dayNumber(from) && a <= dayNumber(to)) return anchor;
  const first = dayNumber(p.startDate) > dayNumber(from) ? p.startDate : from;
  return dayNumber(first) <= dayNumber(to) && inside(first, p) ? first : from;
}

const KEY = (planId: string) => `dangqi.anchor.${planId}`;
export const loadAnchor = (planId: string): string | null => sessionStorage.getItem(KEY(planId));
export const saveAnchor = (planId: string, day: string): void => sessionStorage.setItem(KEY(planId), day);
