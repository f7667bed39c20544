import {
  type BudgetRollup,
  type Totals,
  applyLineChange,
  phaseActivityKey,
  rollUp,
} from '../../../../src-shared/budget/rollup';
import type { Activity, BudgetLine, BudgetPhase } from '../../../../src-shared/model';
import { groupInOrder } from '../shared/group-rows';

/**
 * The grid's rows: budget lines interleaved with our own subtotal rows (AG Grid's grouping is
 * Enterprise). Each phase opens with its subtotal row, then each activity within it opens with
 * its own, then its lines; the plan total is pinned at the bottom.
 */
export type LineRow = { kind: 'line'; id: string; line: BudgetLine };
export type SubtotalRow = {
  kind: 'phase' | 'activity' | 'plan';
  id: string;
  phase: string;
  activityId: string | null;
  totals: Totals;
};
export type GridRow = LineRow | SubtotalRow;

// One wrapper per line object: an unchanged line keeps its row object, so AG Grid's delta
// update touches only the rows an edit changed.
const wrappers = new WeakMap<BudgetLine, LineRow>();
function wrap(line: BudgetLine): LineRow {
  let row = wrappers.get(line);
  if (!row) wrappers.set(line, (row = { kind: 'line', id: line.id, line }));
  return row;
}

export const subtotalId = (kind: SubtotalRow['kind'], phase = '', activityId: string | null = null): string =>
  kind === 'plan' ? 'sub:plan' : kind === 'phase' ? `sub:phase:${phase}` : `sub:act:${phase}:${activityId ?? ''}`;

export interface BudgetModel {
  rollup: BudgetRollup;
  rows: GridRow[];
  total: SubtotalRow;
  /** Row index by row id, so one edited line can be patched in place of a rebuild. */
  index: Map<string, number>;
}

export function buildRows(
  lines: readonly BudgetLine[],
  phases: readonly BudgetPhase[],
  activities: readonly Pick<Activity, 'id'>[],
): BudgetModel {
  const rollup = rollUp(lines);
  const phaseOrder = new Map(phases.map((p, i) => [p.key, i]));
  const activityOrder = new Map(activities.map((a, i) => [a.id, i]));
  const rankPhase = (k: string) => (k === '' ? 1e9 : (phaseOrder.get(k) ?? 1e6));
  const rankActivity = (id: string | null) => (id === null ? 1e9 : (activityOrder.get(id) ?? 1e6));

  const rows: GridRow[] = [];
  const byPhase = groupInOrder(
    lines,
    (l) => l.phase,
    (a, b) => rankPhase(a) - rankPhase(b) || a.localeCompare(b),
  );
  for (const [phase, phaseLines] of byPhase) {
    rows.push({
      kind: 'phase',
      id: subtotalId('phase', phase),
      phase,
      activityId: null,
      totals: rollup.byPhase.get(phase)!,
    });
    const byActivity = groupInOrder(
      phaseLines,
      (l) => l.activityId ?? '',
      (a, b) => rankActivity(a || null) - rankActivity(b || null),
    );
    for (const [key, activityLines] of byActivity) {
      const activityId = key || null;
      rows.push({
        kind: 'activity',
        id: subtotalId('activity', phase, activityId),
        phase,
        activityId,
        totals: rollup.byPhaseActivity.get(phaseActivityKey(phase, activityId))!,
      });
      for (const l of activityLines) rows.push(wrap(l));
    }
  }
  const total: SubtotalRow = { kind: 'plan', id: subtotalId('plan'), phase: '', activityId: null, totals: rollup.plan };
  return { rollup, rows, total, index: new Map(rows.map((r, i) => [r.id, i])) };
}

/**
 * The model after one line changed in place (same phase and activity, so it keeps its row):
 * the line row, its two subtotal rows and the plan total are replaced, nothing else is touched.
 * Null when the line moved group; the caller rebuilds.
 */
export function patchModel(model: BudgetModel, before: BudgetLine, after: BudgetLine): BudgetModel | null {
  if (before.phase !== after.phase || before.activityId !== after.activityId) return null;
  const at = model.index.get(after.id);
  const phaseAt = model.index.get(subtotalId('phase', after.phase));
  const actAt = model.index.get(subtotalId('activity', after.phase, after.activityId));
  if (at === undefined || phaseAt === undefined || actAt === undefined) return null;
  const rollup = applyLineChange(model.rollup, before, after);
  const rows = model.rows.slice();
  rows[at] = wrap(after);
  const sub = (i: number, totals: Totals) => (rows[i] = { ...(rows[i] as SubtotalRow), totals });
  sub(phaseAt, rollup.byPhase.get(after.phase)!);
  sub(actAt, rollup.byPhaseActivity.get(phaseActivityKey(after.phase, after.activityId))!);
  return { rollup, rows, total: { ...model.total, totals: rollup.plan }, index: model.index };
}

/**
 * Keeps the model in step with the lines: a single line replaced in place is patched in time
 * independent of the budget's size; anything else (paste, delete, a refetch with other
 * changes, new settings) rebuilds.
 */
export function nextModel(
  prev: { lines: readonly BudgetLine[]; model: BudgetModel } | null,
  lines: readonly BudgetLine[],
  rebuild: () => BudgetModel,
): BudgetModel {
  if (!prev || prev.lines.length !== lines.length) return rebuild();
  let changed = -1;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === prev.lines[i]) continue;
    if (changed >= 0 || lines[i].id !== prev.lines[i].id) return rebuild();
    changed = i;
  }
  if (changed < 0) return prev.model;
  return patchModel(prev.model, prev.lines[changed], lines[changed]) ?? rebuild();
}

/**
 * Takes a fresh list from the service but keeps the old object for every line whose stamp did
 * not change, so a refetch after an edit re-renders only what the edit touched.
 */
export function reconcile(prev: readonly BudgetLine[], next: readonly BudgetLine[]): BudgetLine[] {
  const old = new Map(prev.map((l) => [l.id, l]));
  let same = prev.length === next.length;
  const out = next.map((l, i) => {
    const p = old.get(l.id);
    const keep = p && p.updatedAt === l.updatedAt ? p : l;
    if (keep !== prev[i]) same = false;
    return keep;
  });
  return same ? (prev as BudgetLine[]) : out;
}
