import {
  PLAN_DOC_TABLES,
  type PlanDocTable,
  type PlanRows,
  emptyPlanRows,
  isChildTable,
  planChildIds,
  planTableColumns,
  readPlanRows,
} from '../db/queries/plan-docs';
import type { Row } from '../db/row-ops';
import type { EditRecorder } from '../service/edit-recorder';
import { type PlanDoc, type RowOp, rowsDiff } from './plan-doc';
import { type PlanScope, docRowsIn, readScopedRows } from './plan-scope';

type ChildIds = Awaited<ReturnType<typeof planChildIds>>;

const STAMPED: ReadonlySet<PlanDocTable> = new Set(['plans', 'activities', 'budget_lines', 'risks', 'kpis', 'tasks']);

/**
 * Makes the plan's rows the merged ones: rows created or changed first (parents before
 * children), then rows deleted (children before parents). Rows the merge cannot hold here are
 * left out (a claim of an activity the other side deleted; a link to an activity that is gone
 * is cleared). The resources and segments its claims name must be here already.
 */
export async function writePlanRows(rec: EditRecorder, planId: string, rows: PlanRows, now: string): Promise<void> {
  const current = (await readPlanRows(rec.trx, planId)) ?? emptyPlanRows();
  const childIds = await planChildIds(rec.trx, planId);
  const target = holdable(ownRows(rows, planId, await planTableColumns(rec.trx)));
  await applyOps(rec, rowsDiff(current, target), childIds, now);
}

/**
 * writePlanRows for the scope's rows only (what a colleague's change touched), the rest of the
 * plan as it is. The document's activities say which claims and links hold. The scope must not
 * delete an activity (rows outside it may link to it): writePlanRows does that.
 */
export async function writeScopedPlanRows(
  rec: EditRecorder,
  planId: string,
  doc: PlanDoc,
  scope: PlanScope,
  now: string,
): Promise<void> {
  const here = await readScopedRows(rec.trx, planId, scope);
  const activities = doc.tables?.activities ?? {};
  const own = ownRows(docRowsIn(doc, scope), planId, await planTableColumns(rec.trx));
  const target = holdable(own, (id) => id in activities);
  await applyOps(rec, rowsDiff(here.rows, target), here.childIds, now);
}

/** Rows created or changed first (parents before children), then rows deleted (children before parents). */
async function applyOps(rec: EditRecorder, ops: RowOp[], childIds: ChildIds, now: string): Promise<void> {
  // A claim or link is keyed by what it links; here it is written under its row id.
  const rowId = (table: PlanDocTable, key: string): string =>
    isChildTable(table) ? (childIds[table].get(key) ?? key) : key;
  for (const op of ops) {
    const stamped = STAMPED.has(op.table);
    if (op.kind === 'put') {
      const id = isChildTable(op.table) ? crypto.randomUUID() : op.id;
      await rec.insert(op.table, { ...op.row, id, ...(stamped ? { created_at: now, updated_at: now } : {}) });
    } else if (op.kind === 'fields' && Object.keys(op.set).length > 0) {
      await rec.update(op.table, rowId(op.table, op.id), { ...op.set, ...(stamped ? { updated_at: now } : {}) });
    }
  }
  for (const table of [...PLAN_DOC_TABLES].reverse()) {
    for (const op of ops) if (op.kind === 'delete' && op.table === table) await rec.delete(table, rowId(table, op.id));
  }
}

/**
 * Only what a plan's document may say about this plan: its own plan row, rows that name it, the
 * columns this version has and single values. A document comes from a colleague or a file; a
 * row naming another plan, or a column we do not know, is not written.
 */
export function ownRows(rows: PlanRows, planId: string, columns: Record<PlanDocTable, Set<string>>): PlanRows {
  const out = emptyPlanRows();
  for (const table of PLAN_DOC_TABLES) {
    for (const [key, row] of Object.entries(rows[table])) {
      if (table === 'plans' ? key !== planId : !isChildTable(table) && row.plan_id !== planId) continue;
      if (!isChildTable(table) && row.id !== key) continue;
      const clean: Row = {};
      for (const [k, v] of Object.entries(row)) {
        if (!columns[table].has(k) || k === 'created_at' || k === 'updated_at') continue;
        if (isChildTable(table) && k === 'id') continue;
        if (v !== null && typeof v !== 'string' && typeof v !== 'number') continue;
        clean[k] = v;
      }
      out[table][key] = clean;
    }
  }
  return out;
}

/** The rows without what SQLite's foreign keys cannot hold (links to activities that are not there). */
export function holdable(rows: PlanRows, hasActivity?: (id: string) => boolean): PlanRows {
  const out = structuredClone(rows);
  const has = hasActivity ?? ((id: string) => id in out.activities);
  for (const table of ['activity_claims', 'activity_segments'] as const) {
    for (const [id, row] of Object.entries(out[table])) {
      if (typeof row.activity_id !== 'string' || !has(row.activity_id)) delete out[table][id];
    }
  }
  for (const table of ['budget_lines', 'risks', 'kpis', 'tasks'] as const) {
    for (const row of Object.values(out[table])) {
      if (typeof row.activity_id === 'string' && !has(row.activity_id)) row.activity_id = null;
    }
  }
  return out;
}
