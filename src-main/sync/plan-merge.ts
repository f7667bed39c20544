/**
 * What a merge of two copies of a plan does, told from their common ancestor: the rows each side
 * created, deleted or changed, and the fields both changed to different values (the merged
 * document keeps one of them, the same one on every copy, and the other stays readable).
 */
import * as A from '@automerge/automerge';
import type { ConcurrentFieldEdit, MergeEntity, MergeRowChange } from '../../src-shared/contract-merge';
import { PLAN_DOC_TABLES, type PlanDocTable, type PlanRows } from '../db/queries/plan-docs';
import type { Row } from '../db/row-ops';
import { type PlanDoc, commonHeads, rowsAt, rowsOf } from './plan-doc';

const ENTITY: Record<PlanDocTable, MergeEntity> = {
  plans: 'plan',
  activities: 'activity',
  activity_claims: 'claim',
  activity_segments: 'segment-link',
  budget_lines: 'budget-line',
  risks: 'risk',
  kpis: 'kpi',
  tasks: 'task',
};

export interface PlanMerge {
  merged: PlanDoc;
  mergedRows: PlanRows;
  theirs: MergeRowChange[];
  mine: MergeRowChange[];
  both: ConcurrentFieldEdit[];
}

/** Merges `theirs` into `mine` (neither is changed) and says what each side brought. */
export function mergePlanDocs(mine: PlanDoc, theirs: PlanDoc): PlanMerge {
  const ancestor = rowsAt(mine, commonHeads(mine, theirs));
  const mineRows = rowsOf(mine);
  const theirRows = rowsOf(theirs);
  const merged = A.merge(A.clone(mine), theirs);
  const mergedRows = rowsOf(merged);
  const label = labeller([mergedRows, mineRows, theirRows, ancestor]);
  const both: ConcurrentFieldEdit[] = [];
  for (const table of PLAN_DOC_TABLES) {
    for (const [id, row] of Object.entries(mergedRows[table])) {
      const o = ancestor[table][id];
      const m = mineRows[table][id];
      const t = theirRows[table][id];
      if (!o || !m || !t) continue;
      for (const field of Object.keys(row)) {
        const mineChanged = m[field] !== o[field];
        const theirsChanged = t[field] !== o[field];
        if (!mineChanged || !theirsChanged || m[field] === t[field]) continue;
        both.push({
          entity: ENTITY[table],
          id,
          label: label(table, id),
          field,
          ancestor: o[field] ?? null,
          mine: m[field] ?? null,
          theirs: t[field] ?? null,
          winner: row[field] === m[field] ? 'mine' : 'theirs',
        });
      }
    }
  }
  return {
    merged,
    mergedRows,
    theirs: sideChanges(ancestor, theirRows, label),
    mine: sideChanges(ancestor, mineRows, label),
    both,
  };
}

/** The rows one side created, deleted or changed since the ancestor. */
export function sideChanges(
  ancestor: PlanRows,
  side: PlanRows,
  label: (table: PlanDocTable, id: string) => string,
): MergeRowChange[] {
  const out: MergeRowChange[] = [];
  for (const table of PLAN_DOC_TABLES) {
    const before = ancestor[table];
    const after = side[table];
    for (const id of Object.keys(before)) {
      if (!(id in after)) out.push({ entity: ENTITY[table], id, label: label(table, id), kind: 'deleted', fields: [] });
    }
    for (const [id, row] of Object.entries(after)) {
      const old = before[id];
      if (!old) {
        out.push({ entity: ENTITY[table], id, label: label(table, id), kind: 'created', fields: [] });
        continue;
      }
      const fields = Object.keys(row)
        .filter((f) => row[f] !== old[f])
        .map((f) => ({ field: f, before: old[f] ?? null, after: row[f] ?? null }));
      if (fields.length > 0) out.push({ entity: ENTITY[table], id, label: label(table, id), kind: 'updated', fields });
    }
  }
  return out;
}

/** A row's name for the planner: its title or name, or its activity's title for a claim or link. */
function labeller(sources: readonly PlanRows[]): (table: PlanDocTable, id: string) => string {
  const find = (table: PlanDocTable, id: string): Row | null => {
    for (const s of sources) if (s[table][id]) return s[table][id];
    return null;
  };
  const own = (row: Row | null): string => {
    const v = row?.title ?? row?.name ?? row?.description;
    return typeof v === 'string' ? v : '';
  };
  return (table, id) => {
    const row = find(table, id);
    if (table === 'activity_claims' || table === 'activity_segments') {
      const parent = typeof row?.activity_id === 'string' ? find('activities', row.activity_id) : null;
      return own(parent);
    }
    return own(row);
  };
}
