import type { CompiledModel } from './compile';

/**
 * Lanes: for every resource, its claims sorted by start minute; for every segment, its
 * targets sorted by start day. One native Float64Array sort over packed (time, index) keys,
 * then a stable counting distribution by lane, so full detection sorts once, not once per lane.
 */
export interface Lanes {
  off: Int32Array;
  items: Int32Array;
}

function packedSort(count: number, timeOf: (k: number) => number, laneOf: (k: number) => number, lanes: number): Lanes {
  const bits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const scale = 2 ** bits;
  const keys = new Float64Array(count);
  let maxTime = 0;
  for (let k = 0; k < count; k++) {
    const t = timeOf(k);
    if (t > maxTime) maxTime = t;
    keys[k] = t * scale + k;
  }
  let order: Int32Array;
  if (maxTime * scale < Number.MAX_SAFE_INTEGER) {
    keys.sort();
    order = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const key = keys[k];
      order[k] = key - Math.floor(key / scale) * scale;
    }
  } else {
    // Too wide to pack exactly: fall back to a comparator sort (never hit by real plans).
    order = Int32Array.from({ length: count }, (_, k) => k).sort((a, b) => timeOf(a) - timeOf(b) || a - b);
  }
  const off = new Int32Array(lanes + 1);
  for (let k = 0; k < count; k++) off[laneOf(k) + 1]++;
  for (let l = 0; l < lanes; l++) off[l + 1] += off[l];
  const fill = off.slice(0, lanes);
  const items = new Int32Array(count);
  for (let j = 0; j < count; j++) {
    const k = order[j];
    items[fill[laneOf(k)]++] = k;
  }
  return { off, items };
}

/** Claims per resource, by start minute (times are relative to the horizon, so never negative). */
export function resourceLanes(m: CompiledModel): Lanes {
  const { startMin, claimAct, claimRes } = m;
  return packedSort(claimRes.length, (c) => startMin[claimAct[c]], (c) => claimRes[c], m.R);
}

/** Which activity each segment target (an index into segOf) belongs to. */
export function targetActs(m: CompiledModel): Int32Array {
  const out = new Int32Array(m.segOf.length);
  for (let i = 0; i < m.n; i++) for (let g = m.segOff[i]; g < m.segOff[i + 1]; g++) out[g] = i;
  return out;
}

/** Segment targets per segment, by start day. */
export function segmentLanes(m: CompiledModel, tAct: Int32Array): Lanes {
  const { startDay, segOf } = m;
  return packedSort(segOf.length, (g) => startDay[tAct[g]], (g) => segOf[g], m.S);
}
