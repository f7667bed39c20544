import type { CompiledModel } from '../../src-shared/rules/compile';
import { SolverState, type StateOptions } from './state';
import { better } from './weights';

/**
 * The search: a construction pass that re-places every activity caught in a hard violation at
 * its best nearby day (least important first: festivals move last), then late acceptance hill
 * climbing over shift and resource-swap moves, scored by exact incremental deltas. Only the
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
  /** Stop once hard is zero and the best has not improved for this many evaluations. */
  stallLimit?: number;
  lateAcceptance?: number;
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
  stopped: 'time' | 'stall' | 'cancelled' | 'evaluations' | 'optimal';
}

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
  const report = (phase: Progress['phase'], bh: number, bs: number) => o.onProgress?.({ elapsedMs: elapsed(), bestHard: bh, bestSoft: bs, evaluations, phase });
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
    let bestS = s0;
    let bh = st.hard;
    let bs = st.soft;
    const lo = Math.max(st.domLo[i], s0 - 14);
    const hi = Math.min(st.domHi[i], s0 + 14);
    for (let s = lo; s <= hi; s++) {
      if (s === s0) continue;
      const h = st.hard;
      const so = st.soft;
      st.shift(i, s);
      evaluations++;
      if (better(st.hard, st.soft, bh, bs)) {
        bh = st.hard;
        bs = st.soft;
        bestS = s;
      }
      st.shift(i, s0);
      st.hard = h;
      st.soft = so;
    }
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

  // Late acceptance hill climbing.
  const L = o.lateAcceptance ?? 400;
  const histH = new Float64Array(L).fill(st.hard);
  const histS = new Float64Array(L).fill(st.soft);
  let bestH = st.hard;
  let bestS = st.soft;
  let bestStart = Int32Array.from(st.start);
  let bestRes = Int32Array.from(st.claimRes);
  let curIsBest = true;
  let sinceBest = 0;
  let hotList: number[] = [];
  const stall = o.stallLimit ?? Infinity;
  let iter = 0;
  while (movers.length > 0) {
    if ((iter & 1023) === 0) {
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
    if (bestH <= 1e-9 && (bestS <= 1e-9 || sinceBest >= stall)) {
      stopped = bestS <= 1e-9 ? 'optimal' : 'stall';
      break;
    }
    iter++;
    const i = hotList.length > 0 && rand() < 0.8 ? hotList[Math.floor(rand() * hotList.length)] : movers[Math.floor(rand() * movers.length)];
    const h0 = st.hard;
    const s0 = st.soft;
    let undo: () => void;
    const r = rand();
    let swapped = -1;
    let swappedFrom = -1;
    let fromStart = st.start[i];
    if (o.allowSwaps && r < 0.2 && altsOf(st, i)) {
      const c = pickClaim(st, i, rand);
      if (c < 0) continue;
      const alts = st.alts[st.claimRes[c]];
      const to = alts[Math.floor(rand() * alts.length)];
      if (m.resQty[to] < m.claimQty[c]) continue;
      swapped = c;
      swappedFrom = st.claimRes[c];
      st.swap(c, to);
      undo = () => st.swap(c, swappedFrom);
    } else {
      const from = (fromStart = st.start[i]);
      const lo = st.domLo[i];
      const hi = st.domHi[i];
      if (hi <= lo) continue;
      let to: number;
      const q = rand();
      if (q < 0.5) to = from + (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 3));
      else if (q < 0.6) to = st.start0[i];
      else to = lo + Math.floor(rand() * (hi - lo + 1));
      if (to < lo || to > hi || to === from) continue;
      st.shift(i, to);
      undo = () => st.shift(i, from);
    }
    evaluations++;
    const v = iter % L;
    // Late acceptance: take the move if it is no worse than now, or than the score L moves ago.
    if (!better(h0, s0, st.hard, st.soft) || !better(histH[v], histS[v], st.hard, st.soft)) {
      if (better(st.hard, st.soft, bestH, bestS)) {
        bestH = st.hard;
        bestS = st.soft;
        curIsBest = true;
        sinceBest = 0;
        if (timeToZero === null && bestH <= 1e-9) timeToZero = elapsed();
      } else {
        sinceBest++;
        if (curIsBest) {
          // Leaving the best: keep a copy of it (the state just before this move).
          bestStart = Int32Array.from(st.start);
          bestRes = Int32Array.from(st.claimRes);
          if (swapped >= 0) bestRes[swapped] = swappedFrom;
          else bestStart[i] = fromStart;
          curIsBest = false;
        }
      }
    } else {
      undo();
      st.hard = h0;
      st.soft = s0;
      sinceBest++;
    }
    if (better(st.hard, st.soft, histH[v], histS[v])) {
      histH[v] = st.hard;
      histS[v] = st.soft;
    }
  }
  if (!curIsBest) {
    st.start.set(bestStart);
    st.claimRes.set(bestRes);
    st.recompute();
  }
  const result: SearchResult = {
    state: st, initialHard, initialSoft, hard: st.hard, soft: st.soft, evaluations, elapsedMs: elapsed(),
    timeToZeroHardMs: timeToZero, stopped: stopped ?? (movers.length === 0 ? 'optimal' : 'time'),
  };
  report('done', st.hard, st.soft);
  return result;
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
