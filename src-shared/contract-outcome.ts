import { z } from 'zod';
import { Activity, BudgetLine, Id, Kpi, Plan, PlanSettings, Resource, Risk, Segment, Task } from './model';
import { Finding, Localized } from './rules';
import { BaselineInfo } from './contract-baselines';

/**
 * What one edit changed, as every caller learns it: the edit's own response carries it and the
 * `workspace/changed` event carries the same object to every other window. A renderer store
 * applies it instead of refetching: upsert `created` and `updated`, drop `deleted`, then for
 * each findings scope drop the `removed` keys and upsert the `added` findings by key. Applying
 * one outcome twice leaves the store as applying it once (every step is by id or key).
 */

/** contract.ts's HistoryState, restated: importing it from there would make the two modules a cycle. */
const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: Localized.nullable(),
  redoLabel: Localized.nullable(),
  undoPlans: z.array(z.object({ id: Id, name: z.string() })),
  redoPlans: z.array(z.object({ id: Id, name: z.string() })),
});

export const EntitySet = z.object({
  plans: z.array(Plan),
  /** A plan's settings (PlanSettings) whenever they changed, keyed by plan. */
  planSettings: z.array(z.object({ planId: Id, settings: PlanSettings })),
  activities: z.array(Activity),
  resources: z.array(Resource),
  segments: z.array(Segment),
  budgetLines: z.array(BudgetLine),
  risks: z.array(Risk),
  kpis: z.array(Kpi),
  tasks: z.array(Task),
  /** Baselines (定稿) frozen, renamed, made the reference or brought back by undo; absent when none. */
  baselines: z.array(BaselineInfo).optional(),
});
export type EntitySet = z.infer<typeof EntitySet>;

export const EntityIds = z.object({
  plans: z.array(Id),
  activities: z.array(Id),
  resources: z.array(Id),
  segments: z.array(Id),
  budgetLines: z.array(Id),
  risks: z.array(Id),
  kpis: z.array(Id),
  tasks: z.array(Id),
  /** Baselines deleted (or whose freeze was undone); absent when none. */
  baselines: z.array(Id).optional(),
});
export type EntityIds = z.infer<typeof EntityIds>;

/**
 * The change of the findings `conflict/list` answers for one scope (a plan, or the workspace
 * when planId is null): one entry per scope the warm engine holds.
 */
export const FindingsDelta = z.object({
  planId: Id.nullable(),
  added: z.array(Finding),
  removed: z.array(z.string()),
});
export type FindingsDelta = z.infer<typeof FindingsDelta>;

export const EditOutcome = z.object({
  /** Unique per outcome, so a store can tell one it has already applied. */
  id: z.string(),
  kind: z.enum(['edit', 'undo', 'redo']),
  label: Localized,
  planIds: z.array(Id),
  created: EntitySet,
  updated: EntitySet,
  deleted: EntityIds,
  /** Official holiday years were imported or removed: calendars and their findings changed. */
  calendarChanged: z.boolean(),
  findings: z.array(FindingsDelta),
  history: HistoryState,
});
export type EditOutcome = z.infer<typeof EditOutcome>;

export function emptyEntitySet(): EntitySet {
  return {
    plans: [],
    planSettings: [],
    activities: [],
    resources: [],
    segments: [],
    budgetLines: [],
    risks: [],
    kpis: [],
    tasks: [],
  };
}

export function emptyEntityIds(): EntityIds {
  return { plans: [], activities: [], resources: [], segments: [], budgetLines: [], risks: [], kpis: [], tasks: [] };
}
