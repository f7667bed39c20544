import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, RulesEngine } from '../../../src-shared/rules';
import { ejectionChain, exchange, laneMate, revert, ruinRecreate, type Undo } from '../../../src-main/solver/moves';
import { mulberry32 } from '../../../src-main/solver/search';
import { applyResult } from '../../../src-main/solver/solve';
import { SolverState } from '../../../src-main/solver/state';
import { generate } from '../../bench/fixtures/generate';

const spec = {
  activities: 60,
  resources: 6,
  channels: 1,
  segments: 4,
  tasks: 15,
  days: 30,
  plans: 2,
  utilization: 0.8,
  perturb: 0.5,
};

describe('solver state', () => {
  it('incremental totals equal a full recompute after random shifts, swaps and compound moves', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const st = new SolverState(compile(generate(spec, seed)));
        const rand = mulberry32(seed);
        const undo: Undo = { acts: [], starts: [] };
        for (let k = 0; k < 300; k++) {
          const i = Math.floor(rand() * st.n);
          if (!st.movable[i]) continue;
          const to = st.domLo[i] + Math.floor(rand() * (st.domHi[i] - st.domLo[i] + 1));
          const r = rand();
          if (r < 0.3) st.shift(i, to);
          else if (r < 0.45) ejectionChain(st, i, to, 5, 2, undo, rand);
          else if (r < 0.6) ruinRecreate(st, i, 4, 10, 25, undo, rand);
          else if (r < 0.75) {
            const j = laneMate(st, i, rand);
            if (j >= 0) exchange(st, i, j, undo);
          } else if (r < 0.9) {
            const c = st.m.claimOff[i];
            if (c < st.m.claimOff[i + 1] && st.alts[st.claimRes[c]].length > 0) st.swap(c, st.alts[st.claimRes[c]][0]);
          } else {
            ruinRecreate(st, i, 3, 5, 25, undo, rand);
            revert(st, undo);
          }
        }
        const hard = st.hard;
        const soft = st.soft;
        st.recompute();
        expect(hard).toBeCloseTo(st.hard, 6);
        expect(soft).toBeCloseTo(st.soft, 6);
      }),
      { numRuns: 30, seed: 3 },
    );
  });

  it('zero hard in the solver state means no hard finding from the exact rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed) => {
        const input = generate(spec, seed);
        const st = new SolverState(compile(input));
        const engineHard = new RulesEngine(input).findings().filter((f) => f.severity === 'hard').length;
        expect(st.hard <= 1e-9).toBe(engineHard === 0);
        const next = applyResult(input, {
          state: st,
          initialHard: 0,
          initialSoft: 0,
          hard: 0,
          soft: 0,
          evaluations: 0,
          elapsedMs: 0,
          timeToZeroHardMs: null,
          timeToBestMs: 0,
          stopped: 'time',
        });
        expect(next.activities).toEqual(input.activities);
      }),
      { numRuns: 30, seed: 4 },
    );
  });
});
