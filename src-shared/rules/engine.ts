import { dayNumber, isValidDateTime, isValidDay } from '../model/dates';
import { MINUTES, compile, type CompiledModel } from './compile';
import { checkActivity, checkAllActivities, checkPrecedence } from './detect-activity';
import { allMonthSpend, checkPlan, checkPlanMonth } from './detect-plan';
import { checkLane } from './detect-resources';
import { checkSegment } from './detect-segments';
import type { Finding } from './finding';
import { materialize } from './messages';
import { EMPTY, type RawFinding } from './raw';
import type { RulesInput } from './input';
import { resourceLanes, segmentLanes, targetActs, type Lanes } from './lanes';

/**
 * The conflict engine: full detection over the compiled model, and incremental re-checks after
 * a move that only recompute the scopes the moved activity touches (its resources' lanes, its
 * segments, itself, its precedence pairs, the plan-months it left and entered). Findings are
 * kept per scope so a re-check replaces a few small arrays instead of rebuilding the list.
 */
export interface FindingsDelta {
  removed: RawFinding[];
  added: RawFinding[];
}

let scratchKeys = new Int32Array(0);
let scratchFill = new Int32Array(0);

/** Scopes with no findings share one empty array, so a clean schedule allocates nothing per activity. */
const scratch: RawFinding[] = [];
function take(): RawFinding[] {
  if (scratch.length === 0) return EMPTY;
  const out = scratch.slice();
  scratch.length = 0;
  return out;
}

export class RulesEngine {
  readonly m: CompiledModel;
  // Lanes as sorted CSR after full detection; a lane becomes a plain array once a move edits it.
  private resCsr: Lanes = { off: new Int32Array(1), items: new Int32Array(0) };
  private segCsr: Lanes = { off: new Int32Array(1), items: new Int32Array(0) };
  private resLane: (number[] | undefined)[] = [];
  private segLane: (number[] | undefined)[] = [];
  private tAct: Int32Array;
  private byRes: RawFinding[][];
  private bySeg: RawFinding[][];
  private byAct: RawFinding[][];
  private byPrec: RawFinding[][];
  private byMonth: RawFinding[][];
  private byPlan: RawFinding[][];

  constructor(input: RulesInput | CompiledModel) {
    this.m = 'startMin' in input ? input : compile(input);
    const m = this.m;
    this.tAct = targetActs(m);
    this.byRes = new Array<RawFinding[]>(m.R);
    this.bySeg = new Array<RawFinding[]>(m.S);
    this.byAct = new Array<RawFinding[]>(m.n);
    this.byPrec = new Array<RawFinding[]>(m.Q);
    this.byMonth = new Array<RawFinding[]>(m.P * m.M);
    this.byPlan = new Array<RawFinding[]>(m.P);
    this.detectAll();
  }

  /** Recomputes every scope from the current arrays. */
  detectAll(): void {
    const m = this.m;
    const rl = resourceLanes(m, this.resCsr);
    this.resCsr = rl;
    this.resLane = new Array<number[] | undefined>(m.R);
    for (let r = 0; r < m.R; r++) {
      checkLane(m, r, rl.items, rl.off[r], rl.off[r + 1], scratch);
      this.byRes[r] = take();
    }
    const sl = segmentLanes(m, this.tAct, this.segCsr);
    this.segCsr = sl;
    this.segLane = new Array<number[] | undefined>(m.S);
    for (let s = 0; s < m.S; s++) {
      checkSegment(m, s, this.tAct, sl.items, sl.off[s], sl.off[s + 1], scratch);
      this.bySeg[s] = take();
    }
    this.byAct.fill(EMPTY);
    checkAllActivities(m, this.byAct, EMPTY);
    for (let q = 0; q < m.Q; q++) {
      checkPrecedence(m, q, scratch);
      this.byPrec[q] = take();
    }
    const [off, items] = this.groupBy(this.pmGroups, m.P * m.M, (i) =>
      m.plan[i] < 0 ? -1 : m.plan[i] * m.M + m.monthOf[m.startDay[i]],
    );
    const spend = allMonthSpend(m);
    for (let pm = 0; pm < m.P * m.M; pm++) {
      checkPlanMonth(m, Math.floor(pm / m.M), pm % m.M, items.subarray(off[pm], off[pm + 1]), scratch, spend);
      this.byMonth[pm] = take();
    }
    const [poff, pitems] = this.groupBy(this.planGroups, m.P, (i) => m.plan[i]);
    for (let p = 0; p < m.P; p++) {
      checkPlan(m, p, pitems.subarray(poff[p], poff[p + 1]), scratch);
      this.byPlan[p] = take();
    }
  }

  // Activities grouped by plan-month and by plan, in buffers kept between detections.
  private pmGroups: Lanes = { off: new Int32Array(0), items: new Int32Array(0) };
  private planGroups: Lanes = { off: new Int32Array(0), items: new Int32Array(0) };

  private groupBy(g: Lanes, groups: number, keyOf: (i: number) => number): [Int32Array, Int32Array] {
    const n = this.m.n;
    if (g.off.length !== groups + 1) g.off = new Int32Array(groups + 1);
    if (g.items.length !== n) g.items = new Int32Array(n);
    const { off, items } = g;
    off.fill(0);
    const keys = scratchKeys.length >= n ? scratchKeys : (scratchKeys = new Int32Array(n));
    for (let i = 0; i < n; i++) {
      const k = keyOf(i);
      keys[i] = k;
      if (k >= 0) off[k + 1]++;
    }
    for (let k = 0; k < groups; k++) off[k + 1] += off[k];
    const fill = scratchFill.length >= groups ? scratchFill : (scratchFill = new Int32Array(groups));
    fill.set(off.subarray(0, groups));
    for (let i = 0; i < n; i++) if (keys[i] >= 0) items[fill[keys[i]]++] = i;
    return [off, items.subarray(0, off[groups])];
  }

  /** Every finding as detection recorded it (numbers only). */
  raw(): RawFinding[] {
    const all: RawFinding[] = [];
    for (const group of [this.byRes, this.bySeg, this.byAct, this.byPrec, this.byMonth, this.byPlan]) {
      for (const list of group) for (const f of list) all.push(f);
    }
    return all;
  }

  /** Every finding with ids, key and messages; written once per raw finding and cached. */
  findings(): Finding[] {
    return this.raw().map((r) => materialize(this.m, r));
  }

  materialize(r: RawFinding): Finding {
    return materialize(this.m, r);
  }

  /**
   * Moves activity i to start at `startMin` (minutes from the horizon's first day), lasting `len`
   * minutes (by default the length it has, so a drag keeps it), and re-checks what it touches.
   * A resize is the same edit with the start kept: the lanes, segments, its own rules, its
   * precedence pairs and its plan-months are exactly the scopes an end edge can change. Moves
   * outside the horizon and empty or fractional lengths are refused.
   */
  moveActivity(i: number, startMin: number, len: number = this.m.endMin[i] - this.m.startMin[i]): FindingsDelta {
    const m = this.m;
    if (!Number.isInteger(len) || len < 1) throw new RangeError('an activity lasts at least one minute');
    if (startMin < 0 || startMin + len > m.H * MINUTES) throw new RangeError('move outside the planning horizon');
    const oldMonth = m.monthOf[m.startDay[i]];
    m.startMin[i] = startMin;
    m.endMin[i] = startMin + len;
    m.startDay[i] = Math.floor(startMin / MINUTES);
    m.endDay[i] = Math.floor((startMin + len - 1) / MINUTES);
    m.timed[i] = startMin % MINUTES !== 0 || (startMin + len) % MINUTES !== 0 ? 1 : 0;
    const removed: RawFinding[] = [];
    const added: RawFinding[] = [];
    const swap = (lists: RawFinding[][], k: number, next: RawFinding[]) => {
      for (const f of lists[k]) removed.push(f);
      for (const f of next) added.push(f);
      lists[k] = next;
    };
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = m.claimRes[c];
      const lane = (this.resLane[r] ??= Array.from(
        this.resCsr.items.subarray(this.resCsr.off[r], this.resCsr.off[r + 1]),
      ));
      lane.splice(lane.indexOf(c), 1);
      const at = lowerBound(
        lane,
        (x) => m.startMin[m.claimAct[x]] < startMin || (m.startMin[m.claimAct[x]] === startMin && x < c),
      );
      lane.splice(at, 0, c);
      checkLane(m, r, lane, 0, lane.length, scratch);
      swap(this.byRes, r, take());
    }
    for (let g = m.segOff[i]; g < m.segOff[i + 1]; g++) {
      const s = m.segOf[g];
      const lane = (this.segLane[s] ??= Array.from(
        this.segCsr.items.subarray(this.segCsr.off[s], this.segCsr.off[s + 1]),
      ));
      const sd = m.startDay[i];
      lane.splice(lane.indexOf(g), 1);
      const at = lowerBound(lane, (x) => m.startDay[this.tAct[x]] < sd || (m.startDay[this.tAct[x]] === sd && x < g));
      lane.splice(at, 0, g);
      checkSegment(m, s, this.tAct, lane, 0, lane.length, scratch);
      swap(this.bySeg, s, take());
    }
    checkActivity(m, i, scratch);
    swap(this.byAct, i, take());
    for (let x = m.actPrecOff[i]; x < m.actPrecOff[i + 1]; x++) {
      const q = m.actPrecs[x];
      checkPrecedence(m, q, scratch);
      swap(this.byPrec, q, take());
    }
    const newMonth = m.monthOf[m.startDay[i]];
    // The activity's own plan, and the plans whose budget lines follow it into another month.
    const plans = m.plan[i] >= 0 ? [m.plan[i]] : [];
    for (let x = m.actLineOff[i]; x < m.actLineOff[i + 1]; x++) {
      const lp = m.linePlan[m.actLines[x]];
      if (!plans.includes(lp)) plans.push(lp);
    }
    for (const p of plans) {
      for (const mo of oldMonth === newMonth ? [newMonth] : [oldMonth, newMonth]) {
        const acts: number[] = [];
        for (let j = 0; j < m.n; j++) if (m.plan[j] === p && m.monthOf[m.startDay[j]] === mo) acts.push(j);
        checkPlanMonth(m, p, mo, acts, scratch);
        swap(this.byMonth, p * m.M + mo, take());
      }
    }
    return { removed, added };
  }

  /** Moves by activity id and ISO start (YYYY-MM-DD or YYYY-MM-DDTHH:mm), for the drag preview. */
  moveActivityTo(id: string, start: string): FindingsDelta {
    const i = this.m.actIndex.get(id);
    if (i === undefined) throw new RangeError(`unknown activity ${id}`);
    if (!isValidDay(start) && !isValidDateTime(start)) throw new RangeError(`bad start ${start}`);
    const day = dayNumber(start) - this.m.base;
    const minute =
      start.length > 10 ? Number(start.slice(11, 13)) * 60 + Number(start.slice(14, 16)) : this.m.startMin[i] % MINUTES;
    return this.moveActivity(i, day * MINUTES + minute);
  }

  /**
   * Resizes by activity id, keeping the start, for the resize preview. A day (YYYY-MM-DD) is the
   * new last day, the end keeping its time of day (an all-day activity then ends at that day's
   * midnight); a date-time is the new exclusive end of a timed session. Refused when the end
   * would not come after the start.
   */
  resizeActivityTo(id: string, end: string): FindingsDelta {
    const m = this.m;
    const i = m.actIndex.get(id);
    if (i === undefined) throw new RangeError(`unknown activity ${id}`);
    if (!isValidDay(end) && !isValidDateTime(end)) throw new RangeError(`bad end ${end}`);
    const day = dayNumber(end) - m.base;
    const endMin =
      end.length > 10
        ? day * MINUTES + Number(end.slice(11, 13)) * 60 + Number(end.slice(14, 16))
        : m.endMin[i] + (day - m.endDay[i]) * MINUTES;
    if (endMin <= m.startMin[i]) throw new RangeError(`end ${end} is not after the start`);
    return this.moveActivity(i, m.startMin[i], endMin - m.startMin[i]);
  }
}

function lowerBound(arr: number[], before: (x: number) => boolean): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(arr[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One-shot detection: compile, check every rule, return the findings. */
export function detectConflicts(input: RulesInput): Finding[] {
  return new RulesEngine(input).findings();
}
