/**
 * The part of a plan one edit touched, so that bringing its Automerge document up to date (a
 * local edit) or writing a colleague's change to SQLite (a remote one) reads and compares only
 * those rows, not the whole plan: an edit of one activity in a 2,000-activity plan must reach a
 * colleague in well under a second (sync_edit_ms_p95, issue #17).
 *
 * A scope names rows by their document key; an activity in it brings its claims and segment
 * links along (they are keyed by the activity, see plan-docs.ts). `null` stands for "the whole
 * plan": a scope too large or too unusual to be worth narrowing.
 */
import type { EditOutcome } from '../../src-shared/contract-outcome';
import {
  PLAN_DOC_TABLES,
  type PlanDocTable,
  type PlanRows,
  childKey,
  emptyPlanRows,
  isChildTable,
  rowContent,
} from '../db/queries/plan-docs';
import { type Row, selectRow, selectRows } from '../db/row-ops';
import type { DbOrTrx } from '../db/schema';
import { type PlanDoc, plainValue } from './plan-doc';

type KeyedTable = Exclude<PlanDocTable, 'activity_claims' | 'activity_segments'>;
export type PlanScope = Map<KeyedTable, Set<string>>;

/** Beyond this many rows one read of the whole plan is cheaper than row-by-row reads. */
const MAX_SCOPED_ROWS = 300;

// Baselines (定稿) are each laptop's own record and are not synced.
const OUTCOME_TABLES: [Exclude<keyof EditOutcome['deleted'], 'baselines'>, KeyedTable][] = [
  ['plans', 'plans'],
  ['activities', 'activities'],
  ['budgetLines', 'budget_lines'],
  ['risks', 'risks'],
  ['kpis', 'kpis'],
  ['tasks', 'tasks'],
];

/**
 * The rows of plans an edit's outcome names (created, updated or deleted). Null (the whole plan)
 * when it deleted a plan, a resource or a segment (their claims and links go with them) or
 * touched too many rows.
 */
export function scopeOfOutcome(outcome: EditOutcome): PlanScope | null {
  const { created, updated, deleted } = outcome;
  if (deleted.plans.length > 0 || deleted.resources.length > 0 || deleted.segments.length > 0) return null;
  const scope: PlanScope = new Map();
  for (const [entity, table] of OUTCOME_TABLES) {
    const ids = new Set<string>(deleted[entity]);
    for (const e of created[entity]) ids.add(e.id);
    for (const e of updated[entity]) ids.add(e.id);
    if (ids.size > 0) scope.set(table, ids);
  }
  for (const s of [...created.planSettings, ...updated.planSettings]) add(scope, 'plans', s.planId);
  return sizeOf(scope) > MAX_SCOPED_ROWS ? null : scope;
}

/** Both scopes in one (null, the whole plan, absorbs anything). */
export function joinScopes(a: PlanScope | null, b: PlanScope | null): PlanScope | null {
  if (!a || !b) return null;
  const out: PlanScope = new Map([...a].map(([t, ids]) => [t, new Set(ids)]));
  for (const [t, ids] of b) for (const id of ids) add(out, t, id);
  return sizeOf(out) > MAX_SCOPED_ROWS ? null : out;
}

/**
 * The rows a change of the document touched, from its patches (paths tables/<table>/<key>/...).
 * A claim or link names its activity. Null when a patch replaced a whole table or the root.
 */
export function scopeOfPatches(paths: readonly (readonly (string | number)[])[]): PlanScope | null {
  const scope: PlanScope = new Map();
  for (const path of paths) {
    const [root, table, key] = path;
    if (root !== 'tables' || typeof table !== 'string' || typeof key !== 'string') return null;
    if (!(PLAN_DOC_TABLES as readonly string[]).includes(table)) continue;
    const t = table as PlanDocTable;
    if (isChildTable(t)) add(scope, 'activities', key.split('|')[0]);
    else add(scope, t, key);
  }
  return sizeOf(scope) > MAX_SCOPED_ROWS ? null : scope;
}

export interface ScopedRows {
  rows: PlanRows;
  /** SQLite's row ids of the claims and links read, by their document key. */
  childIds: Record<'activity_claims' | 'activity_segments', Map<string, string>>;
}

/** The plan's rows in the scope as SQLite holds them now (a row of another plan counts as absent). */
export async function readScopedRows(db: DbOrTrx, planId: string, scope: PlanScope): Promise<ScopedRows> {
  const out: ScopedRows = {
    rows: emptyPlanRows(),
    childIds: { activity_claims: new Map(), activity_segments: new Map() },
  };
  for (const [table, ids] of scope) {
    for (const id of ids) {
      const row = await selectRow(db, table, id);
      if (!row || (table === 'plans' ? row.id !== planId : row.plan_id !== planId)) continue;
      out.rows[table][id] = rowContent(table, row);
      if (table !== 'activities') continue;
      for (const child of ['activity_claims', 'activity_segments'] as const) {
        for (const c of await selectRows(db, child, 'activity_id', id)) {
          const key = childKey(child, c);
          out.rows[child][key] = rowContent(child, c);
          out.childIds[child].set(key, String(c.id));
        }
      }
    }
  }
  return out;
}

/** The document's rows in the scope, as plain values (an activity's claims and links with it). */
export function docRowsIn(doc: PlanDoc, scope: PlanScope): PlanRows {
  const out = emptyPlanRows();
  const tables = doc.tables;
  if (!tables) return out;
  for (const [table, ids] of scope) {
    for (const id of ids) {
      const row = tables[table]?.[id];
      if (row) out[table][id] = plainRow(row);
    }
  }
  const activities = scope.get('activities');
  if (activities && activities.size > 0) {
    for (const child of ['activity_claims', 'activity_segments'] as const) {
      for (const [key, row] of Object.entries(tables[child] ?? {}))
        if (activities.has(key.slice(0, key.indexOf('|')))) out[child][key] = plainRow(row);
    }
  }
  return out;
}

function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
  return out;
}

function add(scope: PlanScope, table: KeyedTable, id: string): void {
  let ids = scope.get(table);
  if (!ids) scope.set(table, (ids = new Set()));
  ids.add(id);
}

function sizeOf(scope: PlanScope): number {
  let n = 0;
  for (const ids of scope.values()) n += ids.size;
  return n;
}
