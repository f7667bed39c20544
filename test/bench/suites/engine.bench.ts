import { compile, naiveDetect, RulesEngine, type RulesInput } from '../../../src-shared/rules';
import { MINUTES } from '../../../src-shared/rules/compile';
import { search } from '../../../src-main/solver/search';
import { better } from '../../../src-main/solver/weights';
import { solveExact } from '../fixtures/exact';
import { floorNativeSort, floorRadix } from '../fixtures/floor';
import { generate, rng, SPECS, type FixtureSpec } from '../fixtures/generate';
import { greedyFirstFit } from '../fixtures/greedy';
import type { BenchFigures, BenchSuite } from '../run';

/**
 * The scheduling engine's figures (issue 3). Timings on a shared machine are noisy, so each
 * detection figure is the median of interleaved runs (ours and the floor alternate), with the
 * minimum alongside. Compile (ISO strings → typed arrays) is reported apart from detection.
 */
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

function detection(input: RulesInput, runs: number) {
  let m = compile(input);
  const compileMs = median([0, 1, 2].map(() => time(() => (m = compile(input)))));
  const engine = new RulesEngine(m);
  const ours: number[] = [];
  const native: number[] = [];
  const radix: number[] = [];
  for (let k = 0; k < runs + 3; k++) {
    const a = time(() => {
      engine.detectAll();
      engine.raw();
    });
    const b = time(() => floorNativeSort(m));
    const c = time(() => floorRadix(m));
    if (k >= 3) {
      ours.push(a);
      native.push(b);
      radix.push(c);
    }
  }
  const materializeMs = time(() => engine.findings());
  return { m, engine, compileMs, ours, native, radix, materializeMs, findings: engine.raw().length };
}

function incremental(engine: RulesEngine, moves: number): number[] {
  const m = engine.m;
  const rand = rng(99);
  const out: number[] = [];
  for (let k = 0; k < moves; k++) {
    const i = Math.floor(rand() * m.n);
    const len = m.endMin[i] - m.startMin[i];
    const to = m.startMin[i] + (Math.floor(rand() * 15) - 7) * MINUTES;
    if (to < 0 || to + len > m.H * MINUTES) continue;
    out.push(time(() => engine.moveActivity(i, to)));
  }
  return out;
}

/** S instances for the exact reference: capacity, blocked days, windows, precedence, festival, buffer, disruption. */
function exactInstance(k: number): RulesInput {
  const sizes = [20, 50, 100, 200];
  const spec: FixtureSpec = {
    activities: sizes[k % 4],
    resources: 2 + (k % 5),
    channels: 0,
    segments: 0,
    tasks: 0,
    days: 30,
    plans: 1,
    utilization: 0.8,
    perturb: 0.4,
  };
  const input = generate(spec, 1000 + k);
  input.budgetLines = [];
  input.settings.weights = {
    'month.nonworkday_share': 0,
    'month.preferred_share': 0,
    'month.min_activities': 0,
    'plan.backup_share': 0,
    'budget.month_cap': 0,
    'budget.phase_cap': 0,
  };
  for (const p of Object.values(input.settings.plans)) {
    p.monthCaps = {};
    p.phaseCaps = {};
  }
  return input;
}

async function exactComparison(count: number) {
  const gaps: number[] = [];
  const ratios: number[] = [];
  const toBest: number[] = [];
  let provenOptimal = 0;
  for (let k = 0; k < count; k++) {
    const m = compile(exactInstance(k));
    const ours = search(m, {
      timeLimitMs: 3000,
      seed: k + 1,
      allowSwaps: false,
      stallLimit: Math.max(100_000, 3000 * m.n),
    });
    const exact = await solveExact(compile(exactInstance(k)));
    if (exact.status !== 'Optimal') continue;
    provenOptimal++;
    const gap =
      ours.hard > 1e-9 ? Infinity : ((ours.soft - exact.objective) / Math.max(Math.abs(exact.objective), 1e-9)) * 100;
    gaps.push(Math.max(0, gap));
    ratios.push(exact.ms / ours.elapsedMs);
    toBest.push(ours.timeToBestMs);
  }
  return { gaps, ratios, provenOptimal, toBest };
}

function greedyComparison(count: number) {
  let wins = 0;
  for (let k = 0; k < count; k++) {
    const mSpec: FixtureSpec =
      k < 20
        ? {
            activities: [20, 50, 100, 200][k % 4],
            resources: 2 + (k % 5),
            channels: 1,
            segments: 3,
            tasks: 10,
            days: 30,
            plans: 1,
            utilization: 0.8,
            perturb: 0.4,
          }
        : {
            activities: 1000,
            resources: 30,
            channels: 2,
            segments: 10,
            tasks: 300,
            days: 60,
            plans: 3,
            utilization: 0.7,
            perturb: 0.3,
          };
    const input = generate(mSpec, 2000 + k);
    const greedy = greedyFirstFit(compile(input));
    const ours = search(compile(input), {
      timeLimitMs: k < 20 ? 500 : 2000,
      seed: k + 1,
      allowSwaps: true,
      stallLimit: 100_000,
    });
    if (better(ours.hard, ours.soft, greedy.hard, greedy.soft)) wins++;
  }
  return wins;
}

const suite: BenchSuite = {
  name: 'scheduling engine (issue 3)',
  async run(): Promise<BenchFigures> {
    const L = generate(SPECS.L, 1);
    const XL = generate(SPECS.XL, 1);
    const d10 = detection(L, 25);
    const d100 = detection(XL, 25);
    const naiveMs = time(() => naiveDetect(L));
    const inc = incremental(d10.engine, 2000);

    const tight = generate(SPECS.L_TIGHT, 1);
    const solveL = (() => {
      let m = compile(L);
      const c = time(() => (m = compile(L)));
      const r = search(m, { timeLimitMs: 10_000, seed: 1, allowSwaps: true, stopAtZeroHard: true });
      return { ...r, compileMs: c };
    })();
    const solveT = (() => {
      let m = compile(tight);
      const c = time(() => (m = compile(tight)));
      const r = search(m, { timeLimitMs: 20_000, seed: 1, allowSwaps: true, stopAtZeroHard: true });
      return { ...r, compileMs: c };
    })();
    const rate = search(compile(L), { timeLimitMs: 2000, seed: 2, allowSwaps: true, stallLimit: Infinity });
    const wins = greedyComparison(30);
    const exact = await exactComparison(30);

    const toS = (r: typeof solveL) => (r.timeToZeroHardMs === null ? -1 : (r.compileMs + r.timeToZeroHardMs) / 1000);
    return {
      compile_ms_10k: d10.compileMs,
      compile_ms_100k: d100.compileMs,
      detect_ms_10k: median(d10.ours),
      detect_ms_10k_min: Math.min(...d10.ours),
      detect_ms_100k: median(d100.ours),
      detect_ms_100k_min: Math.min(...d100.ours),
      floor_ms_100k: median(d100.native),
      floor_radix_ms_100k: median(d100.radix),
      // Paired: each detection against the floor run right after it, so load drift cancels.
      detect_over_floor_100k: median(d100.ours.map((x, k) => x / d100.native[k])),
      detect_over_floor_100k_min: Math.min(...d100.ours) / Math.min(...d100.native),
      detect_over_radix_floor_100k: median(d100.ours) / median(d100.radix),
      findings_10k: d10.findings,
      findings_100k: d100.findings,
      materialize_all_ms_100k: d100.materializeMs,
      naive_ms_10k: naiveMs,
      naive_over_ours_10k: naiveMs / median(d10.ours),
      naive_over_ours_with_compile_10k: naiveMs / (median(d10.ours) + d10.compileMs + d10.materializeMs),
      incremental_ms_p50_10k: pct(inc, 0.5),
      incremental_ms_p99_10k: pct(inc, 0.99),
      solve_s_to_zero_hard_10k: toS(solveL),
      solve_initial_hard_10k: solveL.initialHard,
      solve_s_to_zero_hard_10k_tight: toS(solveT),
      solve_initial_hard_10k_tight: solveT.initialHard,
      moves_per_s_10k: rate.evaluations / (rate.elapsedMs / 1000),
      ours_vs_greedy_wins: wins,
      exact_instances_proven_optimal: exact.provenOptimal,
      gap_vs_exact_pct_p90: pct(exact.gaps, 0.9),
      gap_vs_exact_pct_max: Math.max(...exact.gaps),
      exact_over_ours_time_p50: median(exact.ratios),
      ours_time_to_best_ms_p50_small: median(exact.toBest),
    };
  },
};
export default suite;
