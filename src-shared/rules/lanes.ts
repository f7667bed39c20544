import { MINUTES, type CompiledModel } from './compile';

/**
 * Lanes: for every resource, its claims sorted by start minute; for every segment, its targets
 * sorted by start day. Times are small integers (days in the horizon, minutes in a day), so an
 * LSD counting sort (minute of day, then day, then lane) sorts every lane at once in linear
 * time; ties keep index order, the same order incremental re-checks insert in.
 */
export interface Lanes {
  off: Int32Array;
  items: Int32Array;
}

let bucket = new Int32Array(0);

/**
 * Stable counting pass: writes `order` (or 0..n-1 when null) reordered by key[x] in [0, K).
 * The bucket counts are a property of the keys alone, so they are read in index order, not
 * through `order`: one pass of scattered reads fewer.
 */
function pass(n: number, order: Int32Array | null, key: Int32Array, K: number, out: Int32Array): void {
  if (bucket.length < K + 1) bucket = new Int32Array(K + 1);
  bucket.fill(0, 0, K + 1);
  for (let x = 0; x < n; x++) bucket[key[x] + 1]++;
  for (let k = 0; k < K; k++) bucket[k + 1] += bucket[k];
  if (order === null) {
    for (let x = 0; x < n; x++) out[bucket[key[x]]++] = x;
    return;
  }
  for (let j = 0; j < n; j++) {
    const x = order[j];
    out[bucket[key[x]]++] = x;
  }
}

// Scratch reused across detections: full detection should not hand the collector megabytes each time.
let orderBuf: Int32Array = new Int32Array(0);
let spareBuf: Int32Array = new Int32Array(0);
let dayBuf: Int32Array = new Int32Array(0);
let minuteBuf: Int32Array = new Int32Array(0);

function scratch(buf: Int32Array, n: number): Int32Array {
  return buf.length >= n ? buf : new Int32Array(Math.max(n, buf.length * 2));
}

function lanesBy(
  count: number,
  day: Int32Array,
  minute: Int32Array | null,
  lane: Int32Array,
  H: number,
  L: number,
  reuse?: Lanes,
): Lanes {
  orderBuf = scratch(orderBuf, count);
  spareBuf = scratch(spareBuf, count);
  const order = orderBuf.subarray(0, count);
  if (minute) {
    const spare = spareBuf.subarray(0, count);
    pass(count, null, minute, MINUTES, spare);
    pass(count, spare, day, H, order);
  } else {
    pass(count, null, day, H, order);
  }
  // The previous detection's lanes are rewritten in place when the sizes match (the engine
  // copies a lane out before editing it, so nothing else holds these arrays).
  const fits = reuse && reuse.items.length === count && reuse.off.length === L + 1;
  const items = fits ? reuse.items : new Int32Array(count);
  const off = fits ? reuse.off.fill(0) : new Int32Array(L + 1);
  for (let k = 0; k < count; k++) off[lane[k] + 1]++;
  for (let l = 0; l < L; l++) off[l + 1] += off[l];
  // Last pass, by lane: the lane offsets are its buckets.
  if (bucket.length < L + 1) bucket = new Int32Array(L + 1);
  bucket.set(off);
  for (let j = 0; j < count; j++) {
    const x = order[j];
    items[bucket[lane[x]]++] = x;
  }
  return { off, items };
}

/** Claims per resource, by start minute. */
export function resourceLanes(m: CompiledModel, reuse?: Lanes): Lanes {
  const C = m.claimRes.length;
  dayBuf = scratch(dayBuf, C);
  const day = dayBuf;
  let minute: Int32Array | null = null;
  for (let c = 0; c < C; c++) {
    const s = m.startMin[m.claimAct[c]];
    const d = m.startDay[m.claimAct[c]];
    day[c] = d;
    if (s !== d * MINUTES && minute === null) {
      minuteBuf = scratch(minuteBuf, C);
      minute = minuteBuf;
      minute.fill(0, 0, C);
    }
    if (minute) minute[c] = s - d * MINUTES;
  }
  return lanesBy(C, day, minute, m.claimRes, m.H, m.R, reuse);
}

/** Which activity each segment target (an index into segOf) belongs to. */
export function targetActs(m: CompiledModel): Int32Array {
  const out = new Int32Array(m.segOf.length);
  for (let i = 0; i < m.n; i++) for (let g = m.segOff[i]; g < m.segOff[i + 1]; g++) out[g] = i;
  return out;
}

/** Segment targets per segment, by start day. */
export function segmentLanes(m: CompiledModel, tAct: Int32Array, reuse?: Lanes): Lanes {
  const G = m.segOf.length;
  dayBuf = scratch(dayBuf, G);
  const day = dayBuf;
  for (let g = 0; g < G; g++) day[g] = m.startDay[tAct[g]];
  return lanesBy(G, day, null, m.segOf, m.H, m.S, reuse);
}
