import { describe, expect, it } from 'vitest';
import { canonicalFindings, detectConflicts, naiveDetect, type RulesInput } from '../../../src-shared/rules';
import { PLAN, act, inputOf, uid } from './helpers';

const SEG = uid(600);
const gold = { id: SEG, name: '金卡', minGapDays: 7, weeklyMax: 1 };
const noPlanSettings = { blackoutDates: [], precedence: [], phases: [], phaseCaps: {}, monthCaps: {} };

function check(input: RulesInput) {
  const fs = detectConflicts(input);
  expect(canonicalFindings(fs)).toEqual(canonicalFindings(naiveDetect(input)));
  return fs;
}

describe('soft rules', () => {
  it('segment fatigue: min gap chains and weekly maximum', () => {
    const fs = check(
      inputOf({
        segments: [gold],
        activities: [
          act(1, '2026-03-02', '2026-03-02', { segmentIds: [SEG] }), // Monday
          act(2, '2026-03-05', '2026-03-05', { segmentIds: [SEG] }), // 3 days later: 4 short
          act(3, '2026-03-10', '2026-03-10', { segmentIds: [SEG] }), // 5 later: 2 short
          act(4, '2026-03-30', '2026-03-30', { segmentIds: [SEG] }),
        ],
      }),
    );
    const gap = fs.find((f) => f.ruleId === 'segment.min_gap');
    expect(gap).toMatchObject({ amount: 6, segmentIds: [SEG], span: { start: '2026-03-02', end: '2026-03-10' } });
    expect(gap?.activityIds).toHaveLength(3);
    const weekly = fs.filter((f) => f.ruleId === 'segment.weekly_max');
    expect(weekly).toHaveLength(1);
    expect(weekly[0]).toMatchObject({ amount: 1, span: { start: '2026-03-02', end: '2026-03-08' } });
  });

  it('month targets: ≥10 activities, ≥20% on non-workdays, ≥80% in preferred slots', () => {
    // Eight weekday activities in March 2026 (the 2nd is a Monday).
    const acts = Array.from({ length: 8 }, (_, k) =>
      act(k + 1, `2026-03-${String(2 + k * 2).padStart(2, '0')}`, `2026-03-${String(2 + k * 2).padStart(2, '0')}`),
    );
    const input = inputOf({
      activities: acts,
      plans: [{ id: PLAN, name: 'P', startDate: '2026-03-01', endDate: '2026-03-31' }],
    });
    input.settings.weights = {};
    const fs = check(input).filter((f) => f.ruleId.startsWith('month.'));
    const by = Object.fromEntries(fs.map((f) => [f.ruleId, f.amount]));
    expect(by['month.min_activities']).toBe(2);
    // The 8th (Sunday) and 14th (Saturday) touch a weekend: 2 of 8 meets 20%, misses 80% (needs 7).
    expect(by['month.nonworkday_share']).toBeUndefined();
    expect(by['month.preferred_share']).toBe(5);
  });

  it('festival activity away from the festival window', () => {
    const mid = {
      id: 'mid_autumn',
      nameZh: '中秋节',
      nameEn: 'Mid-Autumn',
      date: '2026-09-25',
      kind: 'lunar' as const,
    };
    const fs = check(
      inputOf(
        {
          plans: [{ id: PLAN, name: 'P', startDate: '2026-09-01', endDate: '2026-10-31' }],
          activities: [
            act(1, '2026-09-20', '2026-09-21', { type: 'festival' }),
            act(2, '2026-10-10', '2026-10-10', { type: 'festival' }),
          ],
        },
        [mid],
      ),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: 'festival.window', amount: 12 }); // window ends 09-28
    expect(fs[0].message.en).toContain('Mid-Autumn');
  });

  it('backup plans for under 30% of activities', () => {
    const input = inputOf({
      activities: Array.from({ length: 10 }, (_, k) => act(k, '2026-03-07', '2026-03-07', { hasBackup: k < 2 })),
    });
    input.settings.weights = { 'month.min_activities': 0 };
    const fs = check(input).filter((f) => f.ruleId === 'plan.backup_share');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ amount: 1, span: null });
    expect(fs[0].activityIds).toHaveLength(8);
  });

  it('budget caps by phase and by month, spend following its activity', () => {
    const a = act(1, '2026-04-05', '2026-04-05');
    const fs = check(
      inputOf({
        activities: [a],
        budgetLines: [
          { id: uid(700), planId: PLAN, activityId: null, phase: '准备', date: '2026-03-10', cents: 150_000_00 },
          { id: uid(701), planId: PLAN, activityId: a.id, phase: '准备', date: null, cents: 100_000_00 },
        ],
        settings: {
          plans: {
            [PLAN]: {
              ...noPlanSettings,
              phaseCaps: { 准备: 200_000_00 },
              monthCaps: { '2026-04': 50_000_00, '2026-03': 200_000_00 },
            },
          },
        },
      }),
    );
    expect(fs.map((f) => f.ruleId).sort()).toEqual(['budget.month_cap', 'budget.phase_cap']);
    expect(fs.find((f) => f.ruleId === 'budget.month_cap')?.activityIds).toEqual([a.id]);
  });

  it('phase buffer: the last 20% of a phase stays free', () => {
    // A 30-day phase keeps its last 6 days (03-25..03-30) as buffer.
    const fs = check(
      inputOf({
        activities: [act(1, '2026-03-20', '2026-03-25'), act(2, '2026-03-05', '2026-03-06')],
        settings: {
          plans: {
            [PLAN]: {
              ...noPlanSettings,
              phases: [{ name: '启动期', start: '2026-03-01', end: '2026-03-30', bufferShare: 0.2 }],
            },
          },
        },
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      ruleId: 'phase.buffer',
      amount: 1,
      span: { start: '2026-03-25', end: '2026-03-25' },
    });
  });
});
