import { MINUTES, type CompiledModel } from './compile';
import { RULE_CODE } from './catalog';
import type { FindingStore } from './finding-store';
import { ruleOn } from './raw';

const CAPACITY = RULE_CODE['resource.capacity'];
const CHANNEL = RULE_CODE['channel.capacity'];
const PERIOD = RULE_CODE['channel.period_capacity'];

/**
 * Hard capacity rules on one resource's lane (its claims sorted by start).
 * Counted resources (venues, staff, equipment): a sweep over start/end events with a min-heap
 * of active ends; each maximal span where the claimed units exceed the quantity is one finding.
 * Channels: a per-day profile of sends; each run of days over the daily capacity is one finding.
 */
let hEnd = new Int32Array(64);
let hClaim = new Int32Array(64);
let fresh = new Int32Array(64);

function grow(size: number): void {
  if (size <= hEnd.length) return;
  const cap = Math.max(size, hEnd.length * 2);
  const e = new Int32Array(cap);
  const c = new Int32Array(cap);
  e.set(hEnd);
  c.set(hClaim);
  hEnd = e;
  hClaim = c;
  fresh = new Int32Array(cap);
}

export function checkLane(
  m: CompiledModel,
  r: number,
  items: ArrayLike<number>,
  lo: number,
  hi: number,
  out: FindingStore,
): void {
  if (m.resDaily[r] > 0) {
    if (ruleOn(m, 'channel.capacity')) checkDays(m, r, items, lo, hi, m.resDaily[r], true, out);
    if (m.resPeriod[r] > 0 && ruleOn(m, 'channel.period_capacity')) checkMonths(m, r, items, lo, hi, out);
  } else if (ruleOn(m, 'resource.capacity')) {
    let total = 0;
    let timed = 0;
    for (let k = lo; k < hi; k++) {
      const c = items[k];
      total += m.claimQty[c];
      timed |= m.timed[m.claimAct[c]];
    }
    if (total <= m.resQty[r]) return; // cannot overflow even if every claim overlapped
    const aligned = timed === 0;
    // All-day claims change load only at midnight: a per-day profile gives the same spans without a heap.
    if (aligned) checkDays(m, r, items, lo, hi, m.resQty[r], false, out);
    else checkCounted(m, r, items, lo, hi, out);
  }
}

function checkCounted(
  m: CompiledModel,
  r: number,
  items: ArrayLike<number>,
  lo: number,
  hi: number,
  out: FindingStore,
): void {
  const cap = m.resQty[r];
  const { startMin, endMin, claimAct, claimQty } = m;
  grow(hi - lo);
  let size = 0;
  let load = 0;
  let inSpan = false;
  let spanStart = 0;
  let peak = 0;
  let k = lo;
  while (k < hi || size > 0) {
    const ns = k < hi ? startMin[claimAct[items[k]]] : 0x7fffffff;
    const ne = size > 0 ? hEnd[0] : 0x7fffffff;
    const t = ns < ne ? ns : ne;
    // Ends are exclusive: a claim ending at t and one starting at t do not overlap.
    while (size > 0 && hEnd[0] === t) {
      load -= claimQty[hClaim[0]];
      size--;
      const le = hEnd[size];
      const lc = hClaim[size];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const j = l + 1 < size && hEnd[l + 1] < hEnd[l] ? l + 1 : l;
        if (hEnd[j] >= le) break;
        hEnd[i] = hEnd[j];
        hClaim[i] = hClaim[j];
        i = j;
      }
      hEnd[i] = le;
      hClaim[i] = lc;
    }
    let nf = 0;
    while (k < hi && startMin[claimAct[items[k]]] === t) {
      const c = items[k++];
      const e = endMin[claimAct[c]];
      let i = size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (hEnd[p] <= e) break;
        hEnd[i] = hEnd[p];
        hClaim[i] = hClaim[p];
        i = p;
      }
      hEnd[i] = e;
      hClaim[i] = c;
      load += claimQty[c];
      fresh[nf++] = claimAct[c];
    }
    // The span's activities go straight into the store: no other finding is written on this lane meanwhile.
    if (inSpan) {
      if (load <= cap) {
        emitCounted(r, spanStart, t, peak, out);
        inSpan = false;
      } else {
        for (let f = 0; f < nf; f++) out.act(fresh[f]);
        if (load - cap > peak) peak = load - cap;
      }
    } else if (load > cap) {
      inSpan = true;
      spanStart = t;
      peak = load - cap;
      for (let j = 0; j < size; j++) out.act(claimAct[hClaim[j]]);
    }
  }
}

/** A span [s, e) of minutes over capacity on resource r, its activities already gathered. */
function emitCounted(r: number, s: number, e: number, peak: number, out: FindingStore): void {
  out.emit(CAPACITY, peak, r, -1, -1, Math.floor(s / MINUTES), Math.floor((e - 1) / MINUTES), s, 0);
}

let profile = new Float64Array(0);

/**
 * Day profile over a lane: channels (sends per day against the daily capacity; amount in
 * capacity-days over) and all-day counted resources (units against the quantity; amount is
 * the peak excess, as the minute sweep reports it).
 */
function checkDays(
  m: CompiledModel,
  r: number,
  items: ArrayLike<number>,
  lo: number,
  hi: number,
  cap: number,
  channel: boolean,
  out: FindingStore,
): void {
  const { startDay, endDay, claimAct, claimQty } = m;
  if (profile.length < m.H) profile = new Float64Array(m.H);
  let first = m.H;
  let last = -1;
  let over = false;
  for (let k = lo; k < hi; k++) {
    const c = items[k];
    const a = claimAct[c];
    const q = claimQty[c];
    const e = endDay[a];
    for (let d = startDay[a]; d <= e; d++) if ((profile[d] += q) > cap) over = true;
    if (startDay[a] < first) first = startDay[a];
    if (e > last) last = e;
  }
  if (!over) {
    // Most lanes never go over: skip the scan for runs.
    if (last >= first) profile.fill(0, first, last + 1);
    return;
  }
  let d = first;
  while (d <= last) {
    if (profile[d] <= cap) {
      d++;
      continue;
    }
    const runStart = d;
    let amount = 0;
    let peak = 0;
    while (d <= last && profile[d] > cap) {
      amount += (profile[d] - cap) / cap;
      if (profile[d] - cap > peak) peak = profile[d] - cap;
      d++;
    }
    const runEnd = d - 1;
    for (let k = lo; k < hi; k++) {
      const a = claimAct[items[k]];
      if (startDay[a] > runEnd) break; // the lane is sorted by start
      if (endDay[a] >= runStart) out.act(a);
    }
    if (channel) out.emit(CHANNEL, amount, r, -1, -1, runStart, runEnd, peak, 0);
    else out.emit(CAPACITY, peak, r, -1, -1, runStart, runEnd, runStart * MINUTES, 0);
  }
  if (last >= first) profile.fill(0, first, last + 1);
}

let monthSends = new Float64Array(0);

/**
 * A channel's sends per calendar month against its monthly capacity: each month over it is one
 * finding (amount in capacities over; a = the month's sends, b = the capacity), naming every
 * activity that sends in that month.
 */
function checkMonths(
  m: CompiledModel,
  r: number,
  items: ArrayLike<number>,
  lo: number,
  hi: number,
  out: FindingStore,
): void {
  const cap = m.resPeriod[r];
  const M = m.monthKey.length;
  if (monthSends.length < M) monthSends = new Float64Array(M);
  else monthSends.fill(0, 0, M);
  const { startDay, endDay, claimAct, claimQty, monthOf } = m;
  let over = false;
  for (let k = lo; k < hi; k++) {
    const c = items[k];
    const a = claimAct[c];
    for (let d = startDay[a]; d <= endDay[a]; d++) if ((monthSends[monthOf[d]] += claimQty[c]) > cap) over = true;
  }
  if (!over) return;
  for (let mi = 0; mi < M; mi++) {
    const sends = monthSends[mi];
    if (sends <= cap) continue;
    const first = m.monthFirst[mi];
    const last = m.monthLast[mi];
    for (let k = lo; k < hi; k++) {
      const a = claimAct[items[k]];
      if (startDay[a] > last) break; // the lane is sorted by start
      if (endDay[a] >= first) out.act(a);
    }
    out.emit(PERIOD, (sends - cap) / cap, r, -1, -1, first, last, sends, cap);
  }
}
