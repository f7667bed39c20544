import type { Festival, WorkCalendar } from '../calendar/types';
import type { Activity, BudgetLine, Plan, Resource, Segment, Task } from '../model';
import { addDays, dayFromNumber, dayNumber } from '../model/dates';
import type { RuleSettings } from './settings';

/**
 * What the rules read: lean, plain, serialisable copies of the domain objects plus the settings
 * and a snapshot of the work calendar over the horizon. Plain data so the same input can be
 * posted to the solver worker and checked by the renderer's drag preview.
 */
export interface RuleActivity {
  id: string;
  planId: string;
  title: string;
  type: Activity['type'];
  priority: Activity['priority'];
  pinned: boolean;
  /** Activities that are done or under way are never moved by the solver. */
  locked: boolean;
  allDay: boolean;
  start: string;
  end: string;
  windowStart: string | null;
  windowEnd: string | null;
  hasBackup: boolean;
  claims: { resourceId: string; quantity: number }[];
  segmentIds: string[];
}

export interface RuleResource {
  id: string;
  name: string;
  kind: Resource['kind'];
  quantity: number;
  dailyCapacity: number | null;
  /** Sends per calendar month (channels); absent or null = no monthly cap. */
  periodCapacity?: number | null;
  unavailableDates: string[];
}

export interface RuleSegment {
  id: string;
  name: string;
  minGapDays: number;
  weeklyMax: number | null;
}

export interface RuleTask {
  id: string;
  planId: string;
  title: string;
  activityId: string | null;
  offsetDays: number | null;
  fixedDate: string | null;
  durationDays: number;
  leadDays: number | null;
}

export interface RuleBudgetLine {
  id: string;
  planId: string;
  activityId: string | null;
  phase: string;
  date: string | null;
  cents: number;
}

export interface RulePlan {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
}

/** The calendar as data: which days in [from, to] are non-workdays or holidays, and festivals near them. */
export interface CalendarSnapshot {
  from: string;
  to: string;
  nonWorkdays: string[];
  holidays: string[];
  festivals: Pick<Festival, 'id' | 'date' | 'nameZh' | 'nameEn'>[];
}

export interface RulesInput {
  plans: RulePlan[];
  activities: RuleActivity[];
  resources: RuleResource[];
  segments: RuleSegment[];
  tasks: RuleTask[];
  budgetLines: RuleBudgetLine[];
  calendar: CalendarSnapshot;
  settings: RuleSettings;
}

export interface DomainObjects {
  plans: Plan[];
  activities: Activity[];
  resources: Resource[];
  segments: Segment[];
  tasks: Task[];
  budgetLines: BudgetLine[];
}

function spendOf(line: BudgetLine, basis: RuleSettings['budgetBasis']): number {
  if (basis === 'actual') return line.actualCents;
  if (basis === 'committed') return line.committedCents;
  return line.plannedCents;
}

/** Snapshot the calendar over [from, to]; festivals a little wider so windows at the edges still count. */
export function snapshotCalendar(cal: WorkCalendar, from: string, to: string, margin = 60): CalendarSnapshot {
  const lo = dayNumber(from);
  const hi = dayNumber(to);
  const nonWorkdays: string[] = [];
  const holidays: string[] = [];
  for (let d = lo; d <= hi; d++) {
    const day = dayFromNumber(d);
    if (cal.isNonWorkday(day)) nonWorkdays.push(day);
    if (cal.dayKind(day) === 'holiday') holidays.push(day);
  }
  const festivals = cal
    .festivalsBetween(addDays(from, -margin), addDays(to, margin))
    .map((f) => ({ id: f.id, date: f.date, nameZh: f.nameZh, nameEn: f.nameEn }));
  return { from, to, nonWorkdays, holidays, festivals };
}

/** The day span the rules care about: every plan range and activity, padded for the solver's moves. */
export function horizonOf(
  plans: { startDate: string; endDate: string }[],
  activities: { start: string; end: string }[],
  pad = 14,
): [string, string] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of plans) {
    lo = Math.min(lo, dayNumber(p.startDate));
    hi = Math.max(hi, dayNumber(p.endDate));
  }
  for (const a of activities) {
    lo = Math.min(lo, dayNumber(a.start));
    hi = Math.max(hi, dayNumber(a.end));
  }
  if (lo === Infinity) lo = hi = dayNumber('2026-01-01');
  return [dayFromNumber(lo - pad), dayFromNumber(hi + pad)];
}

/** One activity as the rules read it. */
export function toRuleActivity(a: Activity): RuleActivity {
  return {
    id: a.id,
    planId: a.planId,
    title: a.title,
    type: a.type,
    priority: a.priority,
    pinned: a.pinned,
    locked: a.status === 'done' || a.status === 'in_progress',
    allDay: a.allDay,
    start: a.start,
    end: a.end,
    windowStart: a.windowStart,
    windowEnd: a.windowEnd,
    hasBackup: a.backupPlan.trim().length > 0,
    claims: a.claims.map((c) => ({ resourceId: c.resourceId, quantity: c.quantity })),
    segmentIds: [...a.segmentIds],
  };
}

/** Builds the rules' input from the workspace's domain objects. Cancelled activities take part in nothing. */
export function buildRulesInput(d: DomainObjects, settings: RuleSettings, calendar: WorkCalendar): RulesInput {
  const live = d.activities.filter((a) => a.status !== 'cancelled').map(toRuleActivity);
  return assembleRulesInput({ ...d, activities: live }, settings, calendar);
}

/**
 * The same from activities already read as the rules see them, live ones only: the workspace's
 * conflict check reads them straight from SQL (src-main/db/queries/rule-activities.ts).
 */
export function assembleRulesInput(
  d: Omit<DomainObjects, 'activities'> & { activities: RuleActivity[] },
  settings: RuleSettings,
  calendar: WorkCalendar,
): RulesInput {
  const [from, to] = horizonOf(d.plans, d.activities);
  return {
    plans: d.plans.map((p) => ({ id: p.id, name: p.name, startDate: p.startDate, endDate: p.endDate })),
    activities: d.activities,
    resources: d.resources.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      quantity: r.quantity,
      dailyCapacity: r.dailyCapacity,
      periodCapacity: r.periodCapacity,
      unavailableDates: [...r.unavailableDates],
    })),
    segments: d.segments.map((s) => ({ id: s.id, name: s.name, minGapDays: s.minGapDays, weeklyMax: s.weeklyMax })),
    tasks: d.tasks.map((t) => ({
      id: t.id,
      planId: t.planId,
      title: t.title,
      activityId: t.activityId,
      offsetDays: t.offsetDays,
      fixedDate: t.fixedDate,
      durationDays: t.durationDays,
      leadDays: t.leadDays,
    })),
    budgetLines: d.budgetLines.map((l) => ({
      id: l.id,
      planId: l.planId,
      activityId: l.activityId,
      phase: l.phase,
      date: l.date,
      cents: spendOf(l, settings.budgetBasis),
    })),
    calendar: snapshotCalendar(calendar, from, to),
    settings,
  };
}

/**
 * Whether the rules see nothing of the change from `a` to `b` but where the activity sits and
 * what it is called: the warm engine's incremental path and the renderer's patched preview
 * input both take only such changes without compiling again.
 */
export function onlyTimingOrTitle(a: RuleActivity, b: RuleActivity): boolean {
  return (
    a.planId === b.planId &&
    a.type === b.type &&
    a.priority === b.priority &&
    a.pinned === b.pinned &&
    a.locked === b.locked &&
    a.allDay === b.allDay &&
    a.windowStart === b.windowStart &&
    a.windowEnd === b.windowEnd &&
    a.hasBackup === b.hasBackup &&
    JSON.stringify(a.claims) === JSON.stringify(b.claims) &&
    a.segmentIds.join() === b.segmentIds.join()
  );
}
