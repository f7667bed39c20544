import type { CompiledModel } from '../../src-shared/rules/compile';
import { bestStart as bestDayOf, ejectionChain, exchange, laneMate, revert, ruinRecreate, type Undo } from './moves';
import { SolverState, type StateOptions } from './state';
import { better } from './weights';

/**
 * The search: a construction pass that re-places every activity caught in a hard violation at
 * its best nearby day (least important first: festivals move last), then local search (simulated
 * annealing by default, late acceptance optional) over shifts, resource swaps, ejection chains,
 * day exchanges and ruin-and-recreate, scored by exact incremental deltas. Only the
 * seed decides the sequence of moves; time decides only where it stops.
 */
export interface Progress {
  elapsedMs: number;
  bestHard: number;
  bestSoft: number;
  evaluations: number;
  phase: 'construct' | 'search' | 'done';
}

export interface SearchOptions extends StateOptions {
  timeLimitMs: number;
  seed: number;
  allowSwaps?: boolean;
  /** Stop after this many evaluations (tests use it for runs that do not depend on speed). */
  maxEvaluations?: number;
  /** Stop once the best has not improved for this many tries (with or without hard findings left). */
  stallLimit?: number;
  lateAcceptance?: number;
  /** Soft points one unit of clash costs once the schedule has been clash-free (default 25). */
  clashPenalty?: number;
  /**
   * Simulated annealing (default: cooling by evaluation count, so runs are deterministic per
   * seed, restarting each cycle from the best) or late acceptance hill climbing.
   */
  acceptance?: 'lahc' | 'sa';
  annealCycle?: number;
  /** Stop as soon as no hard finding is left (the benchmarks' time-to-zero-hard). */
  stopAtZeroHard?: boolean;
  /**
   * Stop as soon as no finding is left (the planner's solve): the moves are then polished back
   * toward where they were while that holds, instead of searching on for a smaller disruption.
   */
  stopWhenClean?: boolean;
  onProgress?: (p: Progress) => void;
  progressEveryMs?: number;
  shouldStop?: () => boolean;
}

export interface SearchResult {
  state: SolverState;
  initialHard: number;
  initialSoft: number;
  hard: number;
  soft: number;
  evaluations: number;
  elapsedMs: number;
  timeToZeroHardMs: number | null;
  /** When the best schedule returned was first reached. */
  timeToBestMs: number;
  /**
   * Why the search ended: the time limit, no improvement for `stallLimit` tries, the planner's
   * cancel, the evaluation budget, or 'optimal': nothing left to fix (no finding the rules
   * would weigh; only the cost of the moves themselves remains).
   */
  stopped: SearchStop;
}

export type SearchStop = 'time' | 'stall' | 'cancelled' | 'evaluations' | 'optimal';

/** Nothing left to fix: no hard finding and no soft one, only the moves' own cost (checked exactly). */
function nothingLeft(st: SolverState): boolean {
  if (st.hard > 1e-9 || st.soft - st.extra > 1e-6) return false;
  st.extra = st.extraTotal();
  return st.soft - st.extra <= 1e-6;
}

/** Soft points one unit of clash costs once the schedule has been clash-free (SearchOptions.clashPenalty). */
export const DEFAULT_CLASH_PENALTY = 25;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function search(m: CompiledModel, o: SearchOptions): SearchResult {
  const t0 = performance.now();
  const elapsed = () => performance.now() - t0;
  const st = new SolverState(m, o);
  const rand = mulberry32(o.seed);
  const initialHard = st.hard;
  const initialSoft = st.soft;
  let evaluations = 0;
  let timeToZero: number | null = st.hard <= 1e-9 ? 0 : null;
  const maxEvals = o.maxEvaluations ?? Infinity;
  const every = o.progressEveryMs ?? 100;
  let lastProgress = 0;
  const report = (phase: Progress['phase'], bh: number, bs: number) =>
    o.onProgress?.({ elapsedMs: elapsed(), bestHard: bh, bestSoft: bs, evaluations, phase });
  const movers: number[] = [];
  for (let i = 0; i < st.n; i++) if (st.movable[i] && (st.domHi[i] > st.domLo[i] || altsOf(st, i))) movers.push(i);

  // Construction: least important first, each to its best day within two weeks of where it was.
  const hot = movers.filter((i) => st.inHardViolation(i)).sort((a, b) => m.rank[a] - m.rank[b] || a - b);
  let stopped: SearchResult['stopped'] | null = null;
  for (const i of hot) {
    if (evaluations >= maxEvals) break;
    if ((evaluations & 255) === 0 && (elapsed() > o.timeLimitMs || o.shouldStop?.())) break;
    if (!st.inHardViolation(i)) continue;
    const s0 = st.start[i];
    const day = bestDayOf(st, i, 14);
    evaluations += day.evals;
    const bestS = day.start;
    let bh = day.hard;
    let bs = day.soft;
    // Swapping a claim to another resource of the same kind is often cheaper than moving the date.
    let bestC = -1;
    let bestR = -1;
    if (o.allowSwaps) {
      for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
        const r0 = st.claimRes[c];
        for (const r of st.alts[r0]) {
          if (m.resQty[r] < m.claimQty[c]) continue;
          const h = st.hard;
          const so = st.soft;
          st.swap(c, r);
          evaluations++;
          if (better(st.hard, st.soft, bh, bs)) {
            bh = st.hard;
            bs = st.soft;
            bestC = c;
            bestR = r;
          }
          st.swap(c, r0);
          st.hard = h;
          st.soft = so;
        }
      }
    }
    if (bestC >= 0) st.swap(bestC, bestR);
    else if (bestS !== s0) st.shift(i, bestS);
    if (timeToZero === null && st.hard <= 1e-9) timeToZero = elapsed();
  }
  report('construct', st.hard, st.soft);
  if (o.stopWhenClean && nothingLeft(st)) stopped = 'optimal';

  // Local search: annealing or late acceptance over the move mix below.
  const L = o.lateAcceptance ?? 400;
  // Acceptance works on f = lambda * hard + soft. While clashes remain lambda is huge (hard first);
  // once a clash-free schedule is found it drops, so the search may cross a brief clash to reach
  // a better arrangement. The best kept is always judged hard-first.
  const softLambda = o.clashPenalty ?? DEFAULT_CLASH_PENALTY;
  let lambda = st.hard > 1e-9 ? 1e9 : softLambda;
  const hist = new Float64Array(L).fill(lambda * st.hard + st.soft);
  let bestH = st.hard;
  let bestS = st.soft;
  let bestStart = Int32Array.from(st.start);
  let bestRes = Int32Array.from(st.claimRes);
  let curIsBest = true;
  let sinceBest = 0;
  let timeToBest = elapsed();
  let hotList: number[] = [];
  const undo: Undo = { acts: [], starts: [] };
  let nextCycle = o.annealCycle ?? 200_000;
  const acceptance = o.acceptance ?? 'sa';
  const stall = o.stallLimit ?? Infinity;
  let iter = 0;
  // The clock is read every 1,024 tries or 4,096 evaluations, whichever comes first: a
  // ruin-and-recreate try can cost hundreds of evaluations, and the limit must hold anyway.
  let nextClock = evaluations + 4096;
  while (movers.length > 0 && !stopped) {
    if ((iter & 1023) === 0 || evaluations >= nextClock) {
      nextClock = evaluations + 4096;
      const t = elapsed();
      if (t > o.timeLimitMs) stopped = 'time';
      else if (o.shouldStop?.()) stopped = 'cancelled';
      if (t - lastProgress >= every) {
        lastProgress = t;
        report('search', bestH, bestS);
      }
      if ((iter & 8191) === 0) hotList = st.hard > 1e-9 ? movers.filter((i) => st.inHardViolation(i)) : [];
      if ((iter & 262143) === 262143) st.recompute(); // clear float drift now and then
    }
    if (stopped) break;
    if (evaluations >= maxEvals) {
      stopped = 'evaluations';
      break;
    }
    if (sinceBest >= stall) {
      stopped = 'stall';
      break;
    }
    if (bestH <= 1e-9 && o.stopAtZeroHard) {
      stopped = 'stall';
      break;
    }
    iter++;
    const i =
      hotList.length > 0 && rand() < 0.8
        ? hotList[Math.floor(rand() * hotList.length)]
        : movers[Math.floor(rand() * movers.length)];
    const h0 = st.hard;
    const s0 = st.soft;
    undo.acts.length = 0;
    undo.starts.length = 0;
    let swapC = -1;
    let swapFrom = -1;
    const r = rand();
    const lo = st.domLo[i];
    const hi = st.domHi[i];
    const from = st.start[i];
    // Where a shift goes: a few days either way, home, or anywhere in the domain.
    const q = rand();
    const to =
      q < 0.5
        ? from + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 3))
        : q < 0.65
          ? st.home[i]
          : lo + Math.floor(rand() * (hi - lo + 1));
    if (o.allowSwaps && r < 0.15 && altsOf(st, i)) {
      const c = pickClaim(st, i, rand);
      if (c < 0) continue;
      const alts = st.alts[st.claimRes[c]];
      const res = alts[Math.floor(rand() * alts.length)];
      if (m.resQty[res] < m.claimQty[c]) continue;
      swapC = c;
      swapFrom = st.claimRes[c];
      st.swap(c, res);
      evaluations++;
    } else if (r < 0.3) {
      evaluations += ruinRecreate(st, i, 3 + Math.floor(rand() * 6), 30, lambda, undo, rand);
    } else if (r < 0.45) {
      if (to < lo || to > hi || to === from) continue;
      evaluations += ejectionChain(st, i, to, 7, 2, undo, rand);
    } else if (r < 0.55) {
      const j = laneMate(st, i, rand);
      if (j < 0 || !exchange(st, i, j, undo)) continue;
      evaluations += 2;
    } else {
      if (to < lo || to > hi || to === from) continue;
      undo.acts.push(i);
      undo.starts.push(from);
      st.shift(i, to);
      evaluations++;
    }
    const v = iter % L;
    if (acceptance === 'sa' && lambda === softLambda && evaluations >= nextCycle) {
      // Each annealing cycle starts again from the best schedule found so far.
      nextCycle = evaluations + (o.annealCycle ?? 200_000);
      if (!curIsBest) {
        revertMove(st, undo, swapC, swapFrom);
        st.start.set(bestStart);
        st.claimRes.set(bestRes);
        st.recompute();
        curIsBest = true;
        continue;
      }
    }
    const f = lambda * st.hard + st.soft;
    const delta = f - (lambda * h0 + s0);
    let accept: boolean;
    // Late acceptance while clashes remain (it crosses small clashes via its history); annealing after.
    if (acceptance === 'sa' && lambda === softLambda) {
      // Simulated annealing in cycles of `cycle` evaluations, cooling from t0 to t1 each cycle.
      const cycle = o.annealCycle ?? 200_000;
      const temp = 2 * Math.pow(0.005, 1 - (nextCycle - evaluations) / cycle);
      accept = delta <= 1e-9 || rand() < Math.exp(-delta / temp);
    } else {
      accept = delta <= 1e-9 || f <= hist[v] + 1e-9;
    }
    if (accept) {
      if (better(st.hard, st.soft, bestH, bestS)) {
        bestH = st.hard;
        bestS = st.soft;
        curIsBest = true;
        sinceBest = 0;
        timeToBest = elapsed();
        if (bestH <= 1e-9 && lambda !== softLambda) {
          if (timeToZero === null) timeToZero = elapsed();
          lambda = softLambda;
          hist.fill(st.soft);
        }
        if (o.stopWhenClean && nothingLeft(st)) {
          stopped = 'optimal';
          break;
        }
      } else {
        sinceBest++;
        if (curIsBest) {
          // Leaving the best: keep a copy of it (the state just before this move).
          bestStart = Int32Array.from(st.start);
          bestRes = Int32Array.from(st.claimRes);
          for (let k = undo.acts.length - 1; k >= 0; k--) bestStart[undo.acts[k]] = undo.starts[k];
          if (swapC >= 0) bestRes[swapC] = swapFrom;
          curIsBest = false;
        }
      }
    } else {
      revertMove(st, undo, swapC, swapFrom);
      st.hard = h0;
      st.soft = s0;
      sinceBest++;
    }
    const now = lambda * st.hard + st.soft;
    if (now < hist[v]) hist[v] = now;
  }
  if (!curIsBest) {
    st.start.set(bestStart);
    st.claimRes.set(bestRes);
    st.recompute();
  }
  if (stopped === 'optimal') evaluations += polishClean(st);
  const result: SearchResult = {
    state: st,
    initialHard,
    initialSoft,
    hard: st.hard,
    soft: st.soft,
    evaluations,
    elapsedMs: elapsed(),
    timeToZeroHardMs: timeToZero,
    timeToBestMs: timeToBest,
    stopped: stopped ?? (movers.length === 0 ? 'stall' : 'time'),
  };
  report('done', st.hard, st.soft);
  return result;
}

/**
 * Once nothing is left to fix, each moved activity goes back as near home as it can without a
 * finding reappearing (days between where it is and where it was, nearest home first), so the
 * proposal moves no more than it must. Returns evaluations spent.
 */
function polishClean(st: SolverState): number {
  let evals = 0;
  for (let i = 0; i < st.n; i++) {
    const from = st.start[i];
    const home = Math.min(st.domHi[i], Math.max(st.domLo[i], st.home[i]));
    if (from === home) continue;
    const step = home > from ? 1 : -1;
    for (let s = home; s !== from; s -= step) {
      const h = st.hard;
      const so = st.soft;
      st.shift(i, s);
      evals++;
      if (st.hard <= 1e-9 && st.soft - st.extra <= 1e-6 && st.soft < so - 1e-9) break;
      st.shift(i, from);
      st.hard = h;
      st.soft = so;
    }
  }
  return evals;
}

function revertMove(st: SolverState, undo: Undo, swapC: number, swapFrom: number): void {
  if (swapC >= 0) st.swap(swapC, swapFrom);
  else revert(st, undo);
}

function altsOf(st: SolverState, i: number): boolean {
  const m = st.m;
  for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) if (st.alts[st.claimRes[c]].length > 0) return true;
  return false;
}

function pickClaim(st: SolverState, i: number, rand: () => number): number {
  const m = st.m;
  const n = m.claimOff[i + 1] - m.claimOff[i];
  for (let t = 0; t < n; t++) {
    const c = m.claimOff[i] + Math.floor(rand() * n);
    if (st.alts[st.claimRes[c]].length > 0) return c;
  }
  return -1;
}
