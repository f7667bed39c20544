import { dayNumber, isValidDateTime, isValidDay } from '../model/dates';
import { MINUTES, compile, type CompiledModel } from './compile';
import {
  activityRules,
  blockedDays,
  checkActivity,
  checkAllActivities,
  checkPrecedence,
  type BlockedDays,
} from './detect-activity';
import { allMonthSpend, checkPlan, checkPlanMonth, monthDays, type MonthDays } from './detect-plan';
import { checkLane } from './detect-resources';
import { checkSegment } from './detect-segments';
import type { Finding } from './finding';
import { FindingStore } from './finding-store';
import { materialize } from './messages';
import { RawFinding } from './raw';
import type { RulesInput } from './input';
import { resourceLanes, segmentLanes, targetActs, type Lanes } from './lanes';

/**
 * The conflict engine: full detection over the compiled model, and incremental re-checks after
 * a move that only recompute the scopes the moved activity touches (its resources' lanes, its
 * segments, itself, its precedence pairs, the plan-months it left and entered).
 *
 * Findings live in a FindingStore (typed columns, no object per finding) grouped by scope, in
 * the order raw() lists them: resources, segments, activities, precedence pairs, plan-months,
 * plans. Full detection writes the scopes one after another, so scope k holds the slots
 * first[k] .. first[k + 1]. A re-check appends the scope's new findings to the store and points
 * the scope at them (lo/hi); the old slots stay as they were for anyone still holding them, and
 * the store is compacted once such leftovers outnumber the live findings.
 */
export interface FindingsDelta {
  removed: RawFinding[];
  added: RawFinding[];
}

let scratchKeys = new Int32Array(0);
let scratchFill = new Int32Array(0);

export class RulesEngine {
  readonly m: CompiledModel;
  // Lanes as sorted CSR after full detection; a lane becomes a plain array once a move edits it.
  private resCsr: Lanes = { off: new Int32Array(1), items: new Int32Array(0) };
  private segCsr: Lanes = { off: new Int32Array(1), items: new Int32Array(0) };
  private resLane: (number[] | undefined)[] = [];
  private segLane: (number[] | undefined)[] = [];
  // Each plan-month's activities in index order, as checkPlanMonth reads them; a plain array once a move edits it.
  private pmLane: (number[] | undefined)[] = [];
  private tAct: Int32Array;
  // Derived once from what a move cannot change: the calendar's flagged days, resources' blocked days.
  private days: MonthDays;
  private blocked: BlockedDays;
  // Where each kind of scope starts in the scope numbering.
  private readonly segAt: number;
  private readonly actAt: number;
  private readonly precAt: number;
  private readonly monthAt: number;
  private readonly planAt: number;
  private readonly scopes: number;
  private store = new FindingStore();
  private first: Int32Array;
  // Per-scope slot ranges, made when a re-check first replaces a scope after full detection.
  private lo: Int32Array | null = null;
  private hi: Int32Array | null = null;
  // Findings (and their activity entries) the scopes point at; the rest of the store is leftovers.
  private liveFindings = 0;
  private liveActs = 0;

  constructor(input: RulesInput | CompiledModel) {
    this.m = 'startMin' in input ? input : compile(input);
    const m = this.m;
    this.tAct = targetActs(m);
    this.days = monthDays(m);
    this.blocked = blockedDays(m);
    this.segAt = m.R;
    this.actAt = this.segAt + m.S;
    this.precAt = this.actAt + m.n;
    this.monthAt = this.precAt + m.Q;
    this.planAt = this.monthAt + m.P * m.M;
    this.scopes = this.planAt + m.P;
    this.first = new Int32Array(this.scopes + 1);
    this.detectAll();
  }

  /** Recomputes every scope from the current arrays. */
  detectAll(): void {
    const m = this.m;
    const first = this.first;
    // A fresh store, sized like the last one: views handed out before keep reading the old one.
    const out = new FindingStore(this.liveFindings, this.liveActs);
    const rl = resourceLanes(m, this.resCsr);
    this.resCsr = rl;
    this.resLane = new Array<number[] | undefined>(m.R);
    for (let r = 0; r < m.R; r++) {
      first[r] = out.count;
      checkLane(m, r, rl.items, rl.off[r], rl.off[r + 1], out);
    }
    const sl = segmentLanes(m, this.tAct, this.segCsr);
    this.segCsr = sl;
    this.segLane = new Array<number[] | undefined>(m.S);
    for (let s = 0; s < m.S; s++) {
      first[this.segAt + s] = out.count;
      checkSegment(m, s, this.tAct, sl.items, sl.off[s], sl.off[s + 1], out);
    }
    checkAllActivities(m, activityRules(m, this.blocked), out, first, this.actAt);
    for (let q = 0; q < m.Q; q++) {
      first[this.precAt + q] = out.count;
      checkPrecedence(m, q, out);
    }
    const [off, items] = this.groupBy(this.pmGroups, m.P * m.M, (i) =>
      m.plan[i] < 0 ? -1 : m.plan[i] * m.M + m.monthOf[m.startDay[i]],
    );
    this.pmLane = new Array<number[] | undefined>(m.P * m.M);
    const spend = allMonthSpend(m);
    for (let pm = 0; pm < m.P * m.M; pm++) {
      first[this.monthAt + pm] = out.count;
      const p = Math.floor(pm / m.M);
      checkPlanMonth(m, p, pm % m.M, items.subarray(off[pm], off[pm + 1]), out, this.days, spend);
    }
    const [poff, pitems] = this.groupBy(this.planGroups, m.P, (i) => m.plan[i]);
    for (let p = 0; p < m.P; p++) {
      first[this.planAt + p] = out.count;
      checkPlan(m, p, pitems.subarray(poff[p], poff[p + 1]), out);
    }
    first[this.scopes] = out.count;
    this.store = out;
    this.lo = this.hi = null;
    this.liveFindings = out.count;
    this.liveActs = out.actLen;
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

  /** Every finding as detection recorded it (numbers only), scope by scope. */
  raw(): RawFinding[] {
    const store = this.store;
    const { lo, hi } = this;
    if (!lo || !hi) {
      const all = new Array<RawFinding>(store.count);
      for (let f = 0; f < store.count; f++) all[f] = new RawFinding(store, f);
      return all;
    }
    const all: RawFinding[] = [];
    for (let k = 0; k < this.scopes; k++) for (let f = lo[k]; f < hi[k]; f++) all.push(new RawFinding(store, f));
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
   * Re-checks scope k: its current findings go to `removed`, what `check` appends to the store
   * becomes the scope's findings and goes to `added`.
   */
  private recheck(k: number, delta: FindingsDelta, check: (out: FindingStore) => void): void {
    const store = this.store;
    if (!this.lo || !this.hi) {
      this.lo = this.first.slice(0, this.scopes);
      this.hi = this.first.slice(1);
    }
    const { lo, hi } = this;
    const from = store.count;
    check(store);
    this.pairUnchanged(lo[k], hi[k], from, store.count, delta);
    const { actOff } = store;
    this.liveFindings += store.count - from - (hi[k] - lo[k]);
    this.liveActs += actOff[store.count] - actOff[from] - (actOff[hi[k]] - actOff[lo[k]]);
    lo[k] = from;
    hi[k] = store.count;
  }

  /**
   * Puts into the delta only what a re-check changed: a finding recorded again exactly as before
   * (same rule, figures and activities) is neither removed nor added, and keeps its written-out
   * form. Most findings of a re-checked lane or plan-month do not change with one move, and
   * writing them out again (ids, key, two sentences) was most of an edit's cost. A finding that
   * names the activity being retitled is always renewed: its sentences quote the title.
   */
  private pairUnchanged(oldLo: number, oldHi: number, newLo: number, newHi: number, delta: FindingsDelta): void {
    const store = this.store;
    const renamed = this.renaming;
    const taken = new Uint8Array(oldHi - oldLo);
    let scanFrom = 0;
    for (let g = newLo; g < newHi; g++) {
      let match = -1;
      if (renamed < 0 || !store.names(g, renamed)) {
        // Re-checks write in the same order as before, so the match is nearly always next in line.
        for (let step = 0; step < taken.length && match < 0; step++) {
          const k = (scanFrom + step) % taken.length;
          if (!taken[k] && store.same(oldLo + k, g)) match = k;
        }
      }
      if (match < 0) {
        delta.added.push(new RawFinding(store, g));
        continue;
      }
      taken[match] = 1;
      scanFrom = match + 1;
      const done = store.writtenAt(oldLo + match);
      if (done) store.keepWritten(g, done);
    }
    for (let k = 0; k < taken.length; k++) if (!taken[k]) delta.removed.push(new RawFinding(store, oldLo + k));
  }

  /** The activity whose title the current move changes (its findings' sentences must be written again), or -1. */
  private renaming = -1;

  /** Copies the live findings into a new store in scope order once leftovers outnumber them. */
  private compactIfWasteful(): void {
    const { store, lo, hi } = this;
    if (!lo || !hi) return;
    if (store.count <= 2 * this.liveFindings + 1024 && store.actLen <= 2 * this.liveActs + 16384) return;
    const out = new FindingStore(this.liveFindings, this.liveActs);
    for (let k = 0; k < this.scopes; k++) {
      this.first[k] = out.count;
      for (let f = lo[k]; f < hi[k]; f++) out.copy(store, f);
    }
    this.first[this.scopes] = out.count;
    this.store = out;
    this.lo = this.hi = null;
  }

  /**
   * Moves activity i to start at `startMin` (minutes from the horizon's first day), lasting `len`
   * minutes (by default the length it has, so a drag keeps it), and re-checks what it touches.
   * A resize is the same edit with the start kept: the lanes, segments, its own rules, its
   * precedence pairs and its plan-months are exactly the scopes an end edge can change. Moves
   * outside the horizon and empty or fractional lengths are refused. `retitled` says the
   * activity's title changed with it (its findings are then written out again, not carried over).
   */
  moveActivity(
    i: number,
    startMin: number,
    len: number = this.m.endMin[i] - this.m.startMin[i],
    retitled = false,
  ): FindingsDelta {
    this.renaming = retitled ? i : -1;
    try {
      return this.move(i, startMin, len);
    } finally {
      this.renaming = -1;
    }
  }

  private move(i: number, startMin: number, len: number): FindingsDelta {
    const m = this.m;
    if (!Number.isInteger(len) || len < 1) throw new RangeError('an activity lasts at least one minute');
    if (startMin < 0 || startMin + len > m.H * MINUTES) throw new RangeError('move outside the planning horizon');
    const oldMonth = m.monthOf[m.startDay[i]];
    m.startMin[i] = startMin;
    m.endMin[i] = startMin + len;
    m.startDay[i] = Math.floor(startMin / MINUTES);
    m.endDay[i] = Math.floor((startMin + len - 1) / MINUTES);
    m.timed[i] = startMin % MINUTES !== 0 || (startMin + len) % MINUTES !== 0 ? 1 : 0;
    const delta: FindingsDelta = { removed: [], added: [] };
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
      this.recheck(r, delta, (out) => checkLane(m, r, lane, 0, lane.length, out));
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
      this.recheck(this.segAt + s, delta, (out) => checkSegment(m, s, this.tAct, lane, 0, lane.length, out));
    }
    const on = activityRules(m, this.blocked);
    this.recheck(this.actAt + i, delta, (out) => checkActivity(m, i, out, on));
    for (let x = m.actPrecOff[i]; x < m.actPrecOff[i + 1]; x++) {
      const q = m.actPrecs[x];
      this.recheck(this.precAt + q, delta, (out) => checkPrecedence(m, q, out));
    }
    const newMonth = m.monthOf[m.startDay[i]];
    // The activity's own plan, and the plans whose budget lines follow it into another month.
    const plans = m.plan[i] >= 0 ? [m.plan[i]] : [];
    for (let x = m.actLineOff[i]; x < m.actLineOff[i + 1]; x++) {
      const lp = m.linePlan[m.actLines[x]];
      if (!plans.includes(lp)) plans.push(lp);
    }
    if (oldMonth !== newMonth && m.plan[i] >= 0) {
      sortedRemove(this.planMonth(m.plan[i] * m.M + oldMonth), i);
      sortedInsert(this.planMonth(m.plan[i] * m.M + newMonth), i);
    }
    for (const p of plans) {
      for (const mo of oldMonth === newMonth ? [newMonth] : [oldMonth, newMonth]) {
        const acts = this.planMonth(p * m.M + mo);
        this.recheck(this.monthAt + p * m.M + mo, delta, (out) => checkPlanMonth(m, p, mo, acts, out, this.days));
      }
    }
    this.compactIfWasteful();
    return delta;
  }

  /** Plan-month pm's activities in index order, taken out of the grouping full detection made. */
  private planMonth(pm: number): number[] {
    const { off, items } = this.pmGroups;
    return (this.pmLane[pm] ??= Array.from(items.subarray(off[pm], off[pm + 1])));
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

function sortedRemove(arr: number[], x: number): void {
  const at = lowerBound(arr, (y) => y < x);
  if (arr[at] === x) arr.splice(at, 1);
}

function sortedInsert(arr: number[], x: number): void {
  arr.splice(
    lowerBound(arr, (y) => y < x),
    0,
    x,
  );
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
