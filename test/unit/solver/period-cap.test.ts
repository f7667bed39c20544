import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, RulesEngine, type RulesInput } from '../../../src-shared/rules';
import { solve } from '../../../src-main/solver/solve';
import { SolverState } from '../../../src-main/solver/state';
import { mulberry32 } from '../../../src-main/solver/search';
import { generate } from '../../bench/fixtures/generate';
import { act, inputOf, uid } from '../rules/helpers';

/** The solver counts a channel's monthly cap (channel.period_capacity) as the header does. */
const SMS = uid(700);
const sms = { id: SMS, name: '短信', kind: 'channel' as const, quantity: 1, dailyCapacity: 10, unavailableDates: [] };
const send = (n: number, day: string, extra = {}) =>
  act(n, day, day, { claims: [{ resourceId: SMS, quantity: 10 }], ...extra });

/** Hard penalty (weight × amount) of the exact rules: what the solver's hard total must equal. */
const hardPenalty = (input: RulesInput) =>
  new RulesEngine(input)
    .findings()
    .filter((f) => f.severity === 'hard')
    .reduce((sum, f) => sum + f.penalty, 0);

describe('solver and the monthly channel cap', () => {
  const input = inputOf({
    resources: [{ ...sms, periodCapacity: 20 }],
    activities: [send(1, '2026-03-03', { pinned: true }), send(2, '2026-03-10'), send(3, '2026-03-17')],
  });

  it("its hard total is the finding's penalty: 30 sends against 20 a month is half a cap over", () => {
    const st = new SolverState(compile(input));
    expect(st.hard).toBeCloseTo(0.5, 9);
    expect(st.hard).toBeCloseTo(hardPenalty(input), 9);
    expect(st.inHardViolation(1)).toBe(true);
  });

  it("moves a send into a month with room and reports the finding gone, in the header's units", () => {
    const p = solve({ input, planId: null, timeLimitMs: 600_000, seed: 1 });
    expect(p.counts.before.byRule).toEqual({ 'channel.period_capacity': 1 });
    expect(p.counts.after.hard).toBe(0);
    expect(p.moves).toHaveLength(1);
    expect(p.moves[0].newStart.slice(0, 7)).not.toBe('2026-03');
    expect(p.stats.stopped).not.toBe('time');
  });

  it('never stops as "nothing left to fix" while the cap is exceeded', () => {
    const stuck = structuredClone(input);
    for (const a of stuck.activities) a.pinned = true;
    const p = solve({ input: stuck, planId: null, timeLimitMs: 600_000, seed: 1 });
    expect(p.stats.stopped).not.toBe('optimal');
    expect(p.counts.after.byRule).toEqual({ 'channel.period_capacity': 1 });
  });

  it('property: with monthly caps, its period part is the rules penalty, and incremental totals equal a recompute', () => {
    let over = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const gen = generate(
          {
            activities: 50,
            resources: 5,
            channels: 1,
            segments: 3,
            tasks: 5,
            days: 45,
            plans: 2,
            utilization: 0.8,
            perturb: 0.5,
          },
          seed,
        );
        for (const r of gen.resources) if (r.dailyCapacity !== null) r.periodCapacity = 50_000;
        const st = new SolverState(compile(gen));
        const rules = periodPenalty(gen);
        if (rules > 0) over++;
        expect(periodPart(st)).toBeCloseTo(rules, 6);
        const rand = mulberry32(seed);
        for (let k = 0; k < 200; k++) {
          const i = Math.floor(rand() * st.n);
          if (st.movable[i]) st.shift(i, st.domLo[i] + Math.floor(rand() * (st.domHi[i] - st.domLo[i] + 1)));
        }
        const hard = st.hard;
        st.recompute();
        expect(hard).toBeCloseTo(st.hard, 6);
      }),
      { numRuns: 25, seed: 5 },
    );
    expect(over).toBeGreaterThan(5);
  });
});

/** The rules' channel.period_capacity penalty (weight × amount, summed). */
function periodPenalty(input: RulesInput): number {
  return new RulesEngine(input)
    .findings()
    .filter((f) => f.ruleId === 'channel.period_capacity')
    .reduce((sum, f) => sum + f.penalty, 0);
}

/** The solver's period part, read from its month grid. */
function periodPart(st: SolverState): number {
  const m = st.m;
  let sum = 0;
  for (let r = 0; r < m.R; r++) {
    if (!(m.resPeriod[r] > 0)) continue;
    for (let mo = 0; mo < m.M; mo++)
      sum += (st.w.period * Math.max(0, st.monthSends[r * m.M + mo] - m.resPeriod[r])) / m.resPeriod[r];
  }
  return sum;
}
