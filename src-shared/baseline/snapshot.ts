/**
 * A baseline (定稿): what was promised when a plan, or one month of it, was fixed. The member
 * campaign document fixes the monthly schedule one month ahead and fine-tunes it weekly; a
 * baseline is that fixed schedule, kept so every later change can be shown against it.
 *
 * It holds only what the teams who received the printed schedule care about: each activity's
 * dates, resources, segments, channel sends and status; the budget lines' planned amounts; the
 * KPI targets. Lists are sorted so that two baselines of the same plan compare by value.
 */
import type { Activity, BudgetLine, Kpi } from '../model';
import { dayNumber } from '../model';

export interface BaselineActivity {
  id: string;
  title: string;
  type: string;
  allDay: boolean;
  start: string;
  end: string;
  status: string;
  /** Resource claims (venue units, staff, equipment, channel sends a day), sorted by resource id. */
  claims: { resourceId: string; quantity: number }[];
  segmentIds: string[];
}

export interface BaselineBudgetLine {
  id: string;
  activityId: string | null;
  description: string;
  plannedCents: number;
}

export interface BaselineKpi {
  id: string;
  name: string;
  target: number;
}

/** The days a month-scoped baseline covers (inclusive); null for the whole plan. */
export interface BaselineScope {
  from: string;
  to: string;
}

export interface BaselineContent {
  scope: BaselineScope | null;
  activities: BaselineActivity[];
  budgetLines: BaselineBudgetLine[];
  kpis: BaselineKpi[];
}

/** What a baseline reads of an activity: an Activity, or a row read with only these columns. */
export interface ActivitySource {
  id: string;
  title: string;
  type: string;
  allDay: boolean;
  start: string;
  end: string;
  status: string;
  claims: readonly { resourceId: string; quantity: number }[];
  segmentIds: readonly string[];
}

export interface PlanState {
  activities: readonly (Activity | ActivitySource)[];
  budgetLines: readonly BudgetLine[];
  kpis: readonly Kpi[];
}

/** Whether an activity starting on `start` falls inside the scope (a month's baseline holds what starts in it). */
export function inScope(scope: BaselineScope | null, start: string): boolean {
  if (!scope) return true;
  const day = dayNumber(start);
  return day >= dayNumber(scope.from) && day <= dayNumber(scope.to);
}

export function baselineActivity(a: Activity | ActivitySource): BaselineActivity {
  return {
    id: a.id,
    title: a.title,
    type: a.type,
    allDay: a.allDay,
    start: a.start,
    end: a.end,
    status: a.status,
    claims: [...a.claims]
      .map((c) => ({ resourceId: c.resourceId, quantity: c.quantity }))
      .sort((x, y) => cmp(x.resourceId, y.resourceId)),
    segmentIds: [...a.segmentIds].sort(cmp),
  };
}

/**
 * Freezes the plan's state as a baseline. A month's baseline holds the activities starting in it,
 * their budget lines and every plan-wide line and KPI (a month is planned against the year's targets).
 */
export function freezeBaseline(state: PlanState, scope: BaselineScope | null = null): BaselineContent {
  const activities = state.activities
    .filter((a) => inScope(scope, a.start))
    .map(baselineActivity)
    .sort(byId);
  const kept = new Set(activities.map((a) => a.id));
  const budgetLines = state.budgetLines
    .filter((l) => l.activityId === null || kept.has(l.activityId))
    .map((l) => ({ id: l.id, activityId: l.activityId, description: l.description, plannedCents: l.plannedCents }))
    .sort(byId);
  const kpis = state.kpis.map((k) => ({ id: k.id, name: k.name, target: k.target })).sort(byId);
  return { scope, activities, budgetLines, kpis };
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId(a: { id: string }, b: { id: string }): number {
  return cmp(a.id, b.id);
}
