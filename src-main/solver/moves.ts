import type { SolverState } from './state';
import { better } from './weights';

/**
 * Compound neighbourhoods for the local search. A plain shift cannot cross a full resource:
 * the day it wants is taken, and taking it anyway is a hard clash the search will not accept.
 * The ejection chain moves i and then re-places whoever it bumped at their own best day; the
 * exchange swaps the days of two activities that share a resource. Both leave an undo log.
 */
export interface Undo {
  acts: number[];
  starts: number[];
}

export interface BestStart {
  start: number;
  hard: number;
  soft: number;
  evals: number;
}

/**
 * Tries every start of j within `radius` days of where it is and reports the best (its own day
 * when nothing beats it), leaving the state exactly as it found it.
 */
export function bestStart(st: SolverState, j: number, radius: number): BestStart {
  const s0 = st.start[j];
  const lo = Math.max(st.domLo[j], s0 - radius);
  const hi = Math.min(st.domHi[j], s0 + radius);
  const best: BestStart = { start: s0, hard: st.hard, soft: st.soft, evals: 0 };
  for (let s = lo; s <= hi; s++) {
    if (s === s0) continue;
    const h = st.hard;
    const so = st.soft;
    st.shift(j, s);
    best.evals++;
    if (better(st.hard, st.soft, best.hard, best.soft)) {
      best.hard = st.hard;
      best.soft = st.soft;
      best.start = s;
    }
    st.shift(j, s0);
    st.hard = h;
    st.soft = so;
  }
  return best;
}

/** Moves j to its best start within `radius` days of where it is (or leaves it); returns evaluations spent. */
export function placeBest(st: SolverState, j: number, radius: number, undo: Undo): number {
  const s0 = st.start[j];
  const best = bestStart(st, j, radius);
  if (best.start !== s0) {
    undo.acts.push(j);
    undo.starts.push(s0);
    st.shift(j, best.start);
  }
  return best.evals;
}

const bumped: number[] = [];

/** Shift i to t, then re-place up to `maxBumped` activities it now clashes with. */
export function ejectionChain(
  st: SolverState,
  i: number,
  t: number,
  radius: number,
  maxBumped: number,
  undo: Undo,
  rand: () => number,
): number {
  undo.acts.length = 0;
  undo.starts.length = 0;
  undo.acts.push(i);
  undo.starts.push(st.start[i]);
  st.shift(i, t);
  let evals = 1;
  st.blockers(i, bumped);
  for (let k = 0; k < Math.min(maxBumped, bumped.length); k++) {
    const pick = k + Math.floor(rand() * (bumped.length - k));
    const j = bumped[pick];
    bumped[pick] = bumped[k];
    evals += placeBest(st, j, radius, undo);
  }
  return evals;
}

/** Exchange the start days of i and j (when each stays inside its domain). */
export function exchange(st: SolverState, i: number, j: number, undo: Undo): boolean {
  const si = st.start[i];
  const sj = st.start[j];
  if (si === sj || sj < st.domLo[i] || sj > st.domHi[i] || si < st.domLo[j] || si > st.domHi[j]) return false;
  undo.acts.length = 0;
  undo.starts.length = 0;
  undo.acts.push(i, j);
  undo.starts.push(si, sj);
  st.shift(i, sj);
  st.shift(j, si);
  return true;
}

export function revert(st: SolverState, undo: Undo): void {
  for (let k = undo.acts.length - 1; k >= 0; k--) st.shift(undo.acts[k], undo.starts[k]);
}

/** A random movable activity sharing a resource lane with i, or -1. */
export function laneMate(st: SolverState, i: number, rand: () => number): number {
  const m = st.m;
  const n = m.claimOff[i + 1] - m.claimOff[i];
  if (n === 0) return -1;
  const lane = st.lanes[st.claimRes[m.claimOff[i] + Math.floor(rand() * n)]];
  if (lane.length < 2) return -1;
  const j = m.claimAct[lane[Math.floor(rand() * lane.length)]];
  return j !== i && st.movable[j] ? j : -1;
}

const ruined: number[] = [];

/**
 * Ruin and recreate: lift i and up to `k - 1` activities sharing its resources around its dates
 * out of the schedule, then put them back one by one (most important first) at the day that
 * scores best on f = lambda * hard + soft, within `radius` days of their current day.
 */
export function ruinRecreate(
  st: SolverState,
  i: number,
  k: number,
  radius: number,
  lambda: number,
  undo: Undo,
  rand: () => number,
): number {
  const m = st.m;
  undo.acts.length = 0;
  undo.starts.length = 0;
  ruined.length = 0;
  ruined.push(i);
  // A window of random width around i on its resources: everything there is lifted together,
  // so a tightly packed run of bookings can be re-laid in a different order.
  const w = 1 + Math.floor(rand() * 7);
  const s = st.start[i] - w;
  const e = st.start[i] + st.len[i] - 1 + w;
  for (let c = m.claimOff[i]; c < m.claimOff[i + 1] && ruined.length < k; c++) {
    const lane = st.lanes[st.claimRes[c]];
    const from = Math.floor(rand() * lane.length);
    for (let x = 0; x < lane.length && ruined.length < k; x++) {
      const j = m.claimAct[lane[(from + x) % lane.length]];
      if (!st.movable[j] || ruined.includes(j)) continue;
      if (st.start[j] <= e && st.start[j] + st.len[j] - 1 >= s) ruined.push(j);
    }
  }
  for (const j of ruined) {
    undo.acts.push(j);
    undo.starts.push(st.start[j]);
    st.park(j);
  }
  // Recreate most important first, or in a random order (half the time) to escape a fixed packing.
  if (rand() < 0.5) ruined.sort((a, b) => m.rank[b] - m.rank[a]);
  else
    for (let x = ruined.length - 1; x > 0; x--) {
      const y = Math.floor(rand() * (x + 1));
      [ruined[x], ruined[y]] = [ruined[y], ruined[x]];
    }
  let evals = 0;
  for (const j of ruined) {
    const s0 = st.start[j];
    const lo = Math.max(st.domLo[j], s0 - radius);
    const hi = Math.min(st.domHi[j], s0 + radius);
    let bestT = s0;
    let bestF = Infinity;
    for (let t = lo; t <= hi; t++) {
      const h = st.hard;
      const so = st.soft;
      st.unpark(j, t);
      evals++;
      const f = lambda * st.hard + st.soft;
      if (f < bestF - 1e-9 || (Math.abs(f - bestF) < 1e-9 && t === s0)) {
        bestF = f;
        bestT = t;
      }
      st.park(j);
      st.start[j] = s0;
      st.hard = h;
      st.soft = so;
    }
    st.unpark(j, bestT);
  }
  return evals;
}
