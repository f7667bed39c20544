import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_PHASES, type BudgetLine } from '../../../src-shared/model';
import { buildRows, nextModel, reconcile } from '../../../src-renderer/src/views/budget/budget-rows';

const line = (i: number, o: Partial<BudgetLine> = {}): BudgetLine => ({
  id: `l${i}`,
  planId: 'p',
  activityId: i % 2 ? 'a1' : null,
  phase: DEFAULT_BUDGET_PHASES[i % 4].key,
  category: 'venue',
  description: `科目 ${i}`,
  plannedCents: 1000 * i,
  committedCents: 0,
  actualCents: 0,
  unplanned: false,
  date: null,
  approvalStatus: 'not_submitted',
  approvedBy: '',
  notes: '',
  createdAt: '',
  updatedAt: 't0',
  ...o,
});
const activities = [{ id: 'a1' }];
const plain = (m: ReturnType<typeof buildRows>) => ({ rows: m.rows, total: m.total, plan: m.rollup.plan });

describe('budget grid rows', () => {
  const lines = Array.from({ length: 40 }, (_, i) => line(i));
  const model = buildRows(lines, DEFAULT_BUDGET_PHASES, activities);

  it('interleaves phase and activity subtotal rows in settings order', () => {
    expect(model.rows[0]).toMatchObject({ kind: 'phase', id: 'sub:phase:planning' });
    expect(model.rows[1]).toMatchObject({ kind: 'activity', id: 'sub:act:planning:' });
    expect(model.rows.filter((r) => r.kind === 'line')).toHaveLength(40);
    expect(model.total.totals.plannedCents).toBe(1000 * ((39 * 40) / 2));
  });

  it('patches one edited line to exactly what a rebuild gives, keeping other rows', () => {
    const edited = lines.map((l, i) => (i === 5 ? { ...l, plannedCents: 7, actualCents: 9, updatedAt: 't1' } : l));
    const patched = nextModel({ lines, model }, edited, () => buildRows(edited, DEFAULT_BUDGET_PHASES, activities));
    expect(plain(patched)).toEqual(plain(buildRows(edited, DEFAULT_BUDGET_PHASES, activities)));
    const untouched = patched.rows.findIndex((r) => r.id === 'l6');
    expect(patched.rows[untouched]).toBe(model.rows[untouched]);
  });

  it('rebuilds when a line changes group', () => {
    const moved = lines.map((l, i) => (i === 5 ? { ...l, phase: 'review', updatedAt: 't1' } : l));
    const next = nextModel({ lines, model }, moved, () => buildRows(moved, DEFAULT_BUDGET_PHASES, activities));
    expect(plain(next)).toEqual(plain(buildRows(moved, DEFAULT_BUDGET_PHASES, activities)));
  });

  it('reconciles a refetch: unchanged stamps keep their objects', () => {
    const refetched = lines.map((l) => ({ ...l }));
    expect(reconcile(lines, refetched)).toBe(lines);
    refetched[3] = { ...refetched[3], updatedAt: 't2' };
    const r = reconcile(lines, refetched);
    expect(r[3]).toBe(refetched[3]);
    expect(r[4]).toBe(lines[4]);
  });
});
