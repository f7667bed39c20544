import { solve } from '../../../src-main/solver/solve';
import { smallPlanWithTwoConflicts } from '../fixtures/two-conflicts';
import type { BenchFigures, BenchSuite } from '../run';

/**
 * The planner's everyday solve (issue 11): the whole `solve()` (rules before, search, rules
 * after, the sentences) on a 150-activity plan with two clashes, run to its own end with the
 * dialog's 5 s limit as a ceiling only. Median of five seeds after one warm-up. With the
 * playbook's monthly targets switched on, the plan keeps soft findings no move can remove, so
 * that run ends when the score has not improved for a while.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function smallSolves(targets: boolean) {
  const times: number[] = [];
  const stops = new Set<string>();
  let left = 0;
  for (let k = 0; k < 6; k++) {
    const input = smallPlanWithTwoConflicts(k + 1);
    if (targets) input.settings.weights = {};
    const t = performance.now();
    const p = solve({ input, planId: input.plans[0].id, timeLimitMs: 5000, seed: 1 });
    const ms = performance.now() - t;
    if (k === 0) continue;
    times.push(ms);
    stops.add(p.stats.stopped);
    left += p.counts.after.hard + (targets ? 0 : p.counts.after.soft);
  }
  return { s: median(times) / 1000, stops: [...stops].join('/'), left };
}

const suite: BenchSuite = {
  name: 'solver on a small plan (issue 11)',
  run(): Promise<BenchFigures> {
    const small = smallSolves(false);
    const withTargets = smallSolves(true);
    return Promise.resolve({
      solve_s_small_2_conflicts: small.s,
      solve_small_2_conflicts_stopped: small.stops,
      solve_small_2_conflicts_findings_left: small.left,
      solve_s_small_2_conflicts_with_targets: withTargets.s,
      solve_small_2_conflicts_with_targets_stopped: withTargets.stops,
      solve_small_2_conflicts_with_targets_hard_left: withTargets.left,
    });
  },
};
export default suite;
