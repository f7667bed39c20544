import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyLineChange,
  contingencyCheck,
  phaseShares,
  rollUp,
  splitByPercent,
  variancePercent,
  varianceCentsOf,
} from '../../../src-shared/budget/rollup';
import { approvalOf, approverText } from '../../../src-shared/budget/approval';
import { DEFAULT_PLAN_SETTINGS, type BudgetCategory } from '../../../src-shared/model';

const Y = 100; // cents per yuan
const line = (
  o: Partial<{
    phase: string;
    activityId: string | null;
    category: BudgetCategory;
    plannedCents: number;
    committedCents: number;
    actualCents: number;
    date: string | null;
  }>,
) => ({
  phase: 'execution',
  activityId: null,
  category: 'venue' as BudgetCategory,
  plannedCents: 0,
  committedCents: 0,
  actualCents: 0,
  date: null,
  ...o,
});

// docs/domain.md §3: the member conference, preparation 30% / execution 50% / review 20%.
const phases = [
  { key: 'preparation', nameZh: '筹备', nameEn: 'Preparation', sharePercent: 30 },
  { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 50 },
  { key: 'review', nameZh: '复盘', nameEn: 'Review', sharePercent: 20 },
];
const conference = [
  line({ phase: 'preparation', category: 'research', plannedCents: 100_000 * Y }),
  line({
    phase: 'preparation',
    category: 'venue',
    plannedCents: 150_000 * Y,
    actualCents: 160_000 * Y,
    date: '2026-03-02',
  }),
  line({ phase: 'preparation', category: 'materials', plannedCents: 80_000 * Y }),
  line({ phase: 'execution', category: 'equipment', plannedCents: 200_000 * Y, activityId: 'a1' }),
  line({ phase: 'execution', category: 'guests', plannedCents: 150_000 * Y, activityId: 'a1' }),
  line({
    phase: 'execution',
    category: 'operations',
    plannedCents: 250_000 * Y,
    activityId: 'a1',
    date: '2026-04-10',
    actualCents: 240_000 * Y,
  }),
  line({ phase: 'review', category: 'analysis', plannedCents: 80_000 * Y }),
  line({ phase: 'review', category: 'compensation', plannedCents: 70_000 * Y }),
  line({ phase: 'review', category: 'benefits', plannedCents: 50_000 * Y }),
];

describe('budget roll-ups', () => {
  it('sums the conference budget per phase, activity, category and month', () => {
    const r = rollUp(conference);
    expect(r.plan.plannedCents).toBe(1_130_000 * Y);
    expect(r.byPhase.get('preparation')?.plannedCents).toBe(330_000 * Y);
    expect(r.byPhase.get('execution')?.plannedCents).toBe(600_000 * Y);
    expect(r.byActivity.get('a1')?.count).toBe(3);
    expect(r.byActivity.get('')?.count).toBe(6);
    expect(r.byMonth.get('2026-03')?.actualCents).toBe(160_000 * Y);
    expect(r.plan.actualCents).toBe(400_000 * Y);
    // Only the lines with actuals count: 400,000 spent against the 400,000 planned on them.
    expect(r.plan.varianceCents).toBe(0);
    expect(r.plan.actualPlannedCents).toBe(400_000 * Y);
    expect(r.byPhase.get('preparation')?.varianceCents).toBe(10_000 * Y);
  });

  it('gives variance as actual − planned with a percent, null when nothing was planned', () => {
    expect(variancePercent({ plannedCents: 150_000 * Y, actualCents: 160_000 * Y })).toBe(6.7);
    expect(variancePercent({ plannedCents: 0, actualCents: 5 })).toBeNull();
  });

  it('gives no variance to a line or total with nothing spent yet (not −100%)', () => {
    expect(variancePercent({ plannedCents: 150_000 * Y, actualCents: 0 })).toBeNull();
    expect(varianceCentsOf({ plannedCents: 150_000 * Y, actualCents: 0 })).toBeNull();
    const fresh = rollUp([line({ phase: 'a', category: 'venue', plannedCents: 100 * Y })]);
    expect([fresh.plan.varianceCents, variancePercent(fresh.plan)]).toEqual([0, null]);
  });

  it('compares phase shares with the target split', () => {
    const shares = phaseShares(rollUp(conference), phases);
    expect(shares.map((s) => s.sharePercent)).toEqual([29.2, 53.1, 17.7]);
    expect(shares.map((s) => s.targetPercent)).toEqual([30, 50, 20]);
    expect(shares[1].deltaPercent).toBe(3.1);
    expect(shares.reduce((a, s) => a + s.targetCents, 0)).toBe(1_130_000 * Y);
  });

  it('reports lines in no configured phase separately', () => {
    const shares = phaseShares(rollUp([...conference, line({ phase: '', plannedCents: 1 })]), phases);
    expect(shares).toHaveLength(4);
    expect(shares[3]).toMatchObject({ key: '', plannedCents: 1 });
  });

  it('checks the 20% contingency reserve against the budget it protects', () => {
    const lines = [line({ plannedCents: 800 * Y }), line({ category: 'contingency', plannedCents: 150 * Y })];
    expect(contingencyCheck(lines, 950 * Y, DEFAULT_PLAN_SETTINGS)).toEqual({
      targetPercent: 20,
      targetCents: 160 * Y,
      reservedCents: 150 * Y,
      shortfallCents: 10 * Y,
    });
  });

  it('leaves the reserve out of phase shares (docs/domain.md §3: 30/50/20 plus a 20% reserve)', () => {
    const lines = [
      line({ phase: 'preparation', plannedCents: 300 * Y }),
      line({ phase: 'execution', plannedCents: 500 * Y }),
      line({ phase: 'review', plannedCents: 200 * Y }),
      line({ phase: 'reserve', category: 'contingency', plannedCents: 200 * Y }),
    ];
    const shares = phaseShares(rollUp(lines), phases);
    expect(shares.map((s) => s.sharePercent)).toEqual([30, 50, 20]);
    expect(contingencyCheck(lines, 1200 * Y, DEFAULT_PLAN_SETTINGS).shortfallCents).toBe(0);
  });

  it('splits by percent into whole cents that sum exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
        (cents, pcts) => {
          const parts = splitByPercent(cents, pcts);
          if (pcts.every((p) => p === 0)) return parts.every((p) => p === 0);
          return parts.every(Number.isInteger) && parts.reduce((a, b) => a + b, 0) === cents;
        },
      ),
    );
    expect(splitByPercent(1, [30, 50, 20])).toEqual([0, 1, 0]);
  });

  it('roll-ups are exact to the cent for any lines (property)', () => {
    const arb = fc.array(
      fc.record({
        plannedCents: fc.integer({ min: 0, max: 1e9 }),
        actualCents: fc.integer({ min: 0, max: 1e9 }),
        phase: fc.constantFrom('a', 'b', 'c'),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const r = rollUp(raw.map((x) => line(x)));
        const byPhase = [...r.byPhase.values()].reduce((a, t) => a + t.plannedCents, 0);
        const spent = raw.filter((x) => x.actualCents !== 0);
        const variance = spent.reduce((a, x) => a + x.actualCents - x.plannedCents, 0);
        return byPhase === r.plan.plannedCents && r.plan.varianceCents === variance;
      }),
    );
  });
});

describe('approval tiers (docs/domain.md §4)', () => {
  const tiers = DEFAULT_PLAN_SETTINGS.approval;
  const tierOf = (cents: number, unplanned = false) =>
    approvalOf({ plannedCents: cents, committedCents: 0, actualCents: 0, unplanned }, tiers);
  it('puts amounts under 50,000 with the operations director', () => {
    expect(tierOf(4_999_999).tierIndex).toBe(0);
    expect(approverText(tierOf(100 * Y), 'zh-CN')).toBe('运营总监');
  });
  it('adds the finance director from 50,000 to 200,000', () => {
    expect(tierOf(50_000 * Y).tierIndex).toBe(1);
    expect(tierOf(200_000 * Y).tierIndex).toBe(1);
  });
  it('sends amounts over 200,000 to the board', () => {
    expect(tierOf(20_000_001).tierIndex).toBe(2);
    expect(approverText(tierOf(300_000 * Y), 'en')).toBe('Board');
  });
  it('adds the CEO for unplanned spend over 10,000', () => {
    expect(tierOf(10_000 * Y, true).needsCeo).toBe(false);
    const a = tierOf(1_000_001, true);
    expect(a.needsCeo).toBe(true);
    expect(approverText(a, 'zh-CN')).toBe('运营总监 + CEO');
  });
  it('decides on the largest of planned, committed and actual', () => {
    const a = approvalOf(
      { plannedCents: 40_000 * Y, committedCents: 60_000 * Y, actualCents: 0, unplanned: false },
      tiers,
    );
    expect(a).toMatchObject({ amountCents: 60_000 * Y, tierIndex: 1 });
  });
});

describe('applyLineChange', () => {
  it('equals a full roll-up of the edited list (property)', () => {
    const arbLine = fc.record({
      plannedCents: fc.integer({ min: 0, max: 1e9 }),
      committedCents: fc.integer({ min: 0, max: 1e9 }),
      actualCents: fc.integer({ min: 0, max: 1e9 }),
      phase: fc.constantFrom('a', 'b', ''),
      activityId: fc.constantFrom(null, 'x', 'y'),
      category: fc.constantFrom<BudgetCategory>('venue', 'gifts', 'contingency'),
      date: fc.constantFrom(null, '2026-03-05', '2026-04-01'),
    });
    fc.assert(
      fc.property(fc.array(arbLine, { minLength: 1, maxLength: 30 }), fc.nat(), arbLine, (lines, at, next) => {
        const i = at % lines.length;
        const edited = lines.map((l, k) => (k === i ? next : l));
        const sorted = (m: Map<string, unknown>) => [...m].sort(([a], [b]) => a.localeCompare(b));
        const a = applyLineChange(rollUp(lines), lines[i], next);
        const b = rollUp(edited);
        expect(a.plan).toEqual(b.plan);
        for (const key of [
          'byPhase',
          'byActivity',
          'byPhaseActivity',
          'byCategory',
          'byMonth',
          'reserveByPhase',
        ] as const) {
          expect(sorted(a[key])).toEqual(sorted(b[key]));
        }
      }),
    );
  });
});
