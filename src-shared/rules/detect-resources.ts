import { MINUTES, type CompiledModel } from './compile';
import type { Finding } from './finding';
import { day, makeFinding, resName, ruleOn, titles } from './make-finding';

/**
 * Hard capacity rules on one resource's lane (its claims sorted by start).
 * Counted resources (venues, staff, equipment): a sweep over start/end events with a min-heap
 * of active ends; each maximal span where the claimed units exceed the quantity is one finding.
 * Channels: a per-day profile of sends; each run of days over the daily capacity is one finding.
 */
let hEnd = new Int32Array(64);
let hClaim = new Int32Array(64);
const fresh: number[] = [];

function grow(size: number): void {
  if (size <= hEnd.length) return;
  const cap = Math.max(size, hEnd.length * 2);
  const e = new Int32Array(cap);
  const c = new Int32Array(cap);
  e.set(hEnd);
  c.set(hClaim);
  hEnd = e;
  hClaim = c;
}

export function checkLane(m: CompiledModel, r: number, items: ArrayLike<number>, lo: number, hi: number, out: Finding[]): void {
  if (m.resDaily[r] > 0) {
    if (ruleOn(m, 'channel.capacity')) checkChannel(m, r, items, lo, hi, out);
  } else if (ruleOn(m, 'resource.capacity')) {
    checkCounted(m, r, items, lo, hi, out);
  }
}

function checkCounted(m: CompiledModel, r: number, items: ArrayLike<number>, lo: number, hi: number, out: Finding[]): void {
  const cap = m.resQty[r];
  const { startMin, endMin, claimAct, claimQty } = m;
  let total = 0;
  for (let k = lo; k < hi; k++) total += claimQty[items[k]];
  if (total <= cap) return; // cannot overflow even if every claim overlapped
  grow(hi - lo);
  let size = 0;
  let load = 0;
  let inSpan = false;
  let spanStart = 0;
  let peak = 0;
  let acts: number[] = [];
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
    fresh.length = 0;
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
      fresh.push(claimAct[c]);
    }
    if (inSpan) {
      if (load <= cap) {
        emitCounted(m, r, spanStart, t, peak, acts, out);
        inSpan = false;
      } else {
        for (const a of fresh) acts.push(a);
        if (load - cap > peak) peak = load - cap;
      }
    } else if (load > cap) {
      inSpan = true;
      spanStart = t;
      peak = load - cap;
      acts = new Array<number>(size);
      for (let j = 0; j < size; j++) acts[j] = claimAct[hClaim[j]];
    }
  }
}

function emitCounted(m: CompiledModel, r: number, s: number, e: number, peak: number, acts: number[], out: Finding[]): void {
  const from = Math.floor(s / MINUTES);
  const to = Math.floor((e - 1) / MINUTES);
  const name = resName(m, r);
  const q = m.resQty[r];
  out.push(
    makeFinding(m, {
      rule: 'resource.capacity',
      key: `resource.capacity:${m.input.resources[r].id}:${s}`,
      amount: peak,
      acts,
      res: [r],
      from,
      to,
      zh: `资源「${name}」超出容量：${day(m, from)} 至 ${day(m, to)} 共需 ${q + peak}，仅有 ${q}（${titles(m, acts, true)}）`,
      en: `"${name}" is over capacity from ${day(m, from)} to ${day(m, to)}: ${q + peak} needed, ${q} available (${titles(m, acts, false)})`,
    }),
  );
}

let profile = new Float64Array(0);

function checkChannel(m: CompiledModel, r: number, items: ArrayLike<number>, lo: number, hi: number, out: Finding[]): void {
  const cap = m.resDaily[r];
  const { startDay, endDay, claimAct, claimQty } = m;
  if (profile.length < m.H) profile = new Float64Array(m.H);
  let first = m.H;
  let last = -1;
  for (let k = lo; k < hi; k++) {
    const c = items[k];
    const a = claimAct[c];
    const q = claimQty[c];
    for (let d = startDay[a]; d <= endDay[a]; d++) profile[d] += q;
    if (startDay[a] < first) first = startDay[a];
    if (endDay[a] > last) last = endDay[a];
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
    const acts: number[] = [];
    for (let k = lo; k < hi; k++) {
      const a = claimAct[items[k]];
      if (startDay[a] <= runEnd && endDay[a] >= runStart) acts.push(a);
    }
    const name = resName(m, r);
    out.push(
      makeFinding(m, {
        rule: 'channel.capacity',
        key: `channel.capacity:${m.input.resources[r].id}:${runStart}`,
        amount,
        acts,
        res: [r],
        from: runStart,
        to: runEnd,
        zh: `渠道「${name}」日发送量超限：${day(m, runStart)} 至 ${day(m, runEnd)} 最多超出 ${peak} 条（日上限 ${cap}）`,
        en: `Channel "${name}" exceeds its daily capacity from ${day(m, runStart)} to ${day(m, runEnd)} by up to ${peak} sends (limit ${cap}/day)`,
      }),
    );
  }
  if (last >= first) profile.fill(0, first, last + 1);
}
