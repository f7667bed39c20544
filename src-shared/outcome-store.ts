import type { HistoryState } from './contract';
import type { EditOutcome, EntityIds, EntitySet } from './contract-outcome';
import type { Activity, BudgetLine, Kpi, Plan, PlanSettings, Resource, Risk, Segment, Task } from './model';
import type { Finding } from './rules';

/**
 * A client's copy of one workspace, filled by reads and then kept current by applying edit
 * outcomes (never by refetching after an edit). Every step of `applyOutcome` is keyed by id or
 * finding key, so applying an outcome twice leaves the store as applying it once, and two
 * windows that apply the same outcomes hold the same store.
 */
export interface OutcomeStore {
  plans: Map<string, Plan>;
  planSettings: Map<string, PlanSettings>;
  activities: Map<string, Activity>;
  resources: Map<string, Resource>;
  segments: Map<string, Segment>;
  budgetLines: Map<string, BudgetLine>;
  risks: Map<string, Risk>;
  kpis: Map<string, Kpi>;
  tasks: Map<string, Task>;
  /** conflict/list's findings per scope read so far: a plan id, or '' for the workspace. */
  findings: Map<string, Map<string, Finding>>;
  history: HistoryState | null;
  /** Ids of the outcomes applied, newest last (bounded), to tell a repeat. */
  applied: string[];
}

const KIND_KEYS = ['plans', 'activities', 'resources', 'segments', 'budgetLines', 'risks', 'kpis', 'tasks'] as const;

export function emptyStore(): OutcomeStore {
  return {
    plans: new Map(),
    planSettings: new Map(),
    activities: new Map(),
    resources: new Map(),
    segments: new Map(),
    budgetLines: new Map(),
    risks: new Map(),
    kpis: new Map(),
    tasks: new Map(),
    findings: new Map(),
    history: null,
    applied: [],
  };
}

export const scopeKey = (planId: string | null): string => planId ?? '';

/** Fills the store's findings of a scope from a conflict/list answer. */
export function putFindings(store: OutcomeStore, planId: string | null, findings: readonly Finding[]): void {
  store.findings.set(scopeKey(planId), new Map(findings.map((f) => [f.key, f])));
}

/** Puts entities read from the service (a snapshot, a list) into the store. */
export function putEntities(store: OutcomeStore, set: Partial<EntitySet>): void {
  for (const kind of KIND_KEYS) {
    const map = store[kind] as Map<string, { id: string }>;
    for (const e of set[kind] ?? []) map.set(e.id, e);
  }
  for (const { planId, settings } of set.planSettings ?? []) store.planSettings.set(planId, settings);
}

function dropEntities(store: OutcomeStore, ids: EntityIds): void {
  for (const kind of KIND_KEYS) for (const id of ids[kind]) store[kind].delete(id);
  for (const id of ids.plans) {
    store.planSettings.delete(id);
    store.findings.delete(id);
  }
}

/** Applies one outcome: upserts, deletions, the findings deltas of the scopes the store holds, the history. */
export function applyOutcome(store: OutcomeStore, outcome: EditOutcome): void {
  putEntities(store, outcome.created);
  putEntities(store, outcome.updated);
  dropEntities(store, outcome.deleted);
  for (const d of outcome.findings) {
    const scope = store.findings.get(scopeKey(d.planId));
    if (!scope) continue;
    for (const key of d.removed) scope.delete(key);
    for (const f of d.added) scope.set(f.key, f);
  }
  store.history = outcome.history;
  if (!store.applied.includes(outcome.id)) {
    store.applied.push(outcome.id);
    if (store.applied.length > 200) store.applied.shift();
  }
}

/** The findings of a scope in a stable order (by key), or null when the scope was never read. */
export function findingsOf(store: OutcomeStore, planId: string | null): Finding[] | null {
  const scope = store.findings.get(scopeKey(planId));
  return scope ? [...scope.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) : null;
}
