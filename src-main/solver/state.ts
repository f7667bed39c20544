import { FAR_DAY, NO_DAY, type CompiledModel } from '../../src-shared/rules/compile';
import { DEFAULT_DISRUPTION, PRIORITY_FACTOR, weightsOf, type DisruptionWeights, type Weights } from './weights';

/**
 * The solver's working state over day grids: resource loads per day, segment starts per day and
 * per week, activity counts per plan-month, spending per plan-month. Moving an activity detaches
 * it from the grids and attaches it at the new day, updating the hard and soft totals by exact
 * deltas, so one evaluation costs O(claims × days + segments × gap), not a re-check.
 */
const need = (share: number, n: number): number => Math.ceil(share * n - 1e-9);

export interface StateOptions {
  disruption?: DisruptionWeights;
  /** Activities the solver may move (default: every unpinned, unlocked one). */
  movable?: Uint8Array;
  maxShiftDays?: number;
  /**
   * Where each activity is measured from for disruption (its day index); by default where it
   * starts now. A re-plan against a 定稿 gives the baseline's days, so the fewest changes are
   * counted against what was published, not against the schedule as it drifted since.
   */
  home?: Int32Array;
}

export class SolverState {
  readonly m: CompiledModel;
  readonly w: Weights;
  readonly dw: DisruptionWeights;
  readonly n: number;
  readonly H: number;
  readonly len: Int32Array;
  readonly start: Int32Array;
  readonly start0: Int32Array;
  /** Where disruption is measured from (see StateOptions.home). */
  readonly home: Int32Array;
  readonly claimRes: Int32Array;
  readonly claimRes0: Int32Array;
  readonly domLo: Int32Array;
  readonly domHi: Int32Array;
  readonly movable: Uint8Array;
  readonly factor: Float64Array;
  readonly load: Float64Array;
  /** Sends per channel per calendar month (resource × month), for channels with a monthly cap. */
  readonly monthSends: Float64Array;
  readonly segCnt: Int32Array;
  readonly weekCnt: Int32Array;
  readonly week0: number;
  readonly W: number;
  readonly monN: Int32Array;
  readonly monNW: Int32Array;
  readonly monPF: Int32Array;
  readonly monSpend: Float64Array;
  readonly fullMonth: Uint8Array;
  readonly nwPre: Int32Array;
  readonly pfPre: Int32Array;
  readonly spendOff: Int32Array;
  readonly spendPlan: Int32Array;
  readonly spendCents: Float64Array;
  /** Same-kind, non-channel resources each resource could be swapped for. */
  readonly alts: Int32Array[];
  /** Activities lifted out of the schedule by a ruin-and-recreate move (they count nowhere). */
  readonly parked: Uint8Array;
  /** Activities that start the solve touching a preferred slot (weekend, holiday): they should stay in one. */
  readonly slotHome: Uint8Array;
  /** What leaving its preferred slot costs activity i (see the constructor). */
  readonly slotCost: Float64Array;
  /** Claims per resource as currently assigned (swaps move claims between lanes). */
  lanes: number[][] = [];
  hard = 0;
  soft = 0;
  /**
   * The part of `soft` that is no finding of the rules: disruption and leaving a preferred slot.
   * `soft - extra` is what the conflicts panel would weigh; zero means nothing is left to fix.
   */
  extra = 0;

  constructor(m: CompiledModel, o: StateOptions = {}) {
    this.m = m;
    this.w = weightsOf(m);
    this.dw = o.disruption ?? DEFAULT_DISRUPTION;
    const n = (this.n = m.n);
    const H = (this.H = m.H);
    this.len = Int32Array.from({ length: n }, (_, i) => m.endDay[i] - m.startDay[i] + 1);
    this.start = Int32Array.from(m.startDay);
    this.start0 = Int32Array.from(m.startDay);
    this.home = o.home ? Int32Array.from(o.home) : Int32Array.from(m.startDay);
    this.claimRes = Int32Array.from(m.claimRes);
    this.claimRes0 = Int32Array.from(m.claimRes);
    this.parked = new Uint8Array(n);
    this.movable = o.movable
      ? Uint8Array.from(o.movable, (v, i) => (v && m.movable[i] ? 1 : 0))
      : Uint8Array.from(m.movable);
    this.factor = Float64Array.from(m.rank, (r) => PRIORITY_FACTOR[r]);
    this.domLo = new Int32Array(n);
    this.domHi = new Int32Array(n);
    const maxShift = o.maxShiftDays ?? 60;
    for (let i = 0; i < n; i++) {
      const p = m.plan[i];
      const len = this.len[i];
      let lo = m.winLo[i] > -FAR_DAY ? m.winLo[i] : p >= 0 ? m.planStart[p] : 0;
      let hi = m.winHi[i] < FAR_DAY ? m.winHi[i] - len + 1 : p >= 0 ? m.planEnd[p] - len + 1 : H - len;
      lo = Math.max(lo, 0, m.startDay[i] - maxShift);
      hi = Math.min(hi, H - len, m.startDay[i] + maxShift);
      if (lo > hi) lo = hi = m.startDay[i];
      this.domLo[i] = lo;
      this.domHi[i] = hi;
    }
    this.load = new Float64Array(m.R * H);
    this.monthSends = new Float64Array(m.R * m.M);
    this.segCnt = new Int32Array(m.S * H);
    this.week0 = Math.floor((m.base + 3) / 7);
    this.W = Math.floor((m.base + H - 1 + 3) / 7) - this.week0 + 1;
    this.weekCnt = new Int32Array(m.S * this.W);
    const PM = m.P * m.M;
    this.monN = new Int32Array(PM);
    this.monNW = new Int32Array(PM);
    this.monPF = new Int32Array(PM);
    this.monSpend = new Float64Array(PM);
    this.fullMonth = new Uint8Array(PM);
    for (let p = 0; p < m.P; p++)
      for (let mo = 0; mo < m.M; mo++)
        this.fullMonth[p * m.M + mo] = m.monthFirst[mo] >= m.planStart[p] && m.monthLast[mo] <= m.planEnd[p] ? 1 : 0;
    this.nwPre = new Int32Array(H + 1);
    this.pfPre = new Int32Array(H + 1);
    for (let d = 0; d < H; d++) {
      this.nwPre[d + 1] = this.nwPre[d] + m.nonWork[d];
      this.pfPre[d + 1] = this.pfPre[d] + m.preferred[d];
    }
    // The plan prefers weekends and holidays (month.preferred_share). The monthly share alone
    // lets a solver take one activity off its Saturday while the month stays above 80%, which
    // is not what the planner asked for: an activity placed in a preferred slot keeps one.
    // Leaving it costs the rule's weight times the dearest shift the solver may make, so any
    // free preferred day within reach beats a workday, and only a finding worth more (a hard
    // clash, which is compared first) can push it onto a workday.
    this.slotHome = new Uint8Array(n);
    this.slotCost = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      if (!this.touchesPreferred(m.startDay[i], this.len[i])) continue;
      this.slotHome[i] = 1;
      this.slotCost[i] = this.w.preferred * this.factor[i] * (this.dw.move + this.dw.day * maxShift);
    }
    // Spending that follows an activity into whatever month it starts in.
    const owners: number[] = [];
    const plans: number[] = [];
    const cents: number[] = [];
    for (let l = 0; l < m.lineCents.length; l++) {
      if (m.lineMonth[l] === -1 && m.lineAct[l] >= 0) {
        owners.push(m.lineAct[l]);
        plans.push(m.linePlan[l]);
        cents.push(m.lineCents[l]);
      } else if (m.lineMonth[l] >= 0) {
        this.monSpend[m.linePlan[l] * m.M + m.lineMonth[l]] += m.lineCents[l];
      }
    }
    const order = owners.map((_, k) => k).sort((a, b) => owners[a] - owners[b]);
    this.spendOff = new Int32Array(n + 1);
    for (const a of owners) this.spendOff[a + 1]++;
    for (let i = 0; i < n; i++) this.spendOff[i + 1] += this.spendOff[i];
    this.spendPlan = Int32Array.from(order, (k) => plans[k]);
    this.spendCents = Float64Array.from(order, (k) => cents[k]);
    const byKind = new Map<string, number[]>();
    m.input.resources.forEach((r, k) => {
      if (m.resDaily[k] > 0) return;
      byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), k]);
    });
    this.alts = m.input.resources.map((r, k) =>
      m.resDaily[k] > 0 ? new Int32Array(0) : Int32Array.from((byKind.get(r.kind) ?? []).filter((x) => x !== k)),
    );
    this.recompute();
  }

  /** Rebuilds every grid and total from the current starts (also clears float drift). */
  recompute(): void {
    const m = this.m;
    this.lanes = Array.from({ length: m.R }, () => []);
    for (let c = 0; c < this.claimRes.length; c++) this.lanes[this.claimRes[c]].push(c);
    this.load.fill(0);
    this.monthSends.fill(0);
    this.segCnt.fill(0);
    this.weekCnt.fill(0);
    this.monN.fill(0);
    this.monNW.fill(0);
    this.monPF.fill(0);
    for (let k = 0; k < this.monSpend.length; k++) this.monSpend[k] = 0;
    for (let l = 0; l < m.lineCents.length; l++)
      if (m.lineMonth[l] >= 0) this.monSpend[m.linePlan[l] * m.M + m.lineMonth[l]] += m.lineCents[l];
    // Empty months first (a full month with no activities still misses its minimum), then each activity.
    let base = 0;
    for (let p = 0; p < m.P; p++)
      for (let mo = 0; mo < m.M; mo++) base += this.monthPen(p * m.M + mo) + this.capPen(p, mo);
    this.hard = 0;
    this.soft = base;
    let hard = 0;
    let soft = 0;
    let extra = 0;
    for (let i = 0; i < this.n; i++) {
      this.attach(i);
      hard += this.ownHard(i, this.start[i]);
      const x = this.extraSoft(i, this.start[i]);
      soft += this.ruleSoft(i, this.start[i]) + x;
      extra += x;
    }
    this.extra = extra;
    for (let q = 0; q < m.Q; q++)
      hard +=
        this.w.precedence *
        Math.max(0, this.start[m.precA[q]] + this.len[m.precA[q]] + m.precGap[q] - this.start[m.precB[q]]);
    this.hard += hard;
    this.soft += soft;
  }

  monthPen(k: number): number {
    const s = this.m.settings;
    const n = this.monN[k];
    let pen = 0;
    if (n > 0) {
      pen += this.w.nonWork * Math.max(0, need(s.nonWorkdayShareMin, n) - this.monNW[k]);
      pen += this.w.preferred * Math.max(0, need(s.preferredShareMin, n) - this.monPF[k]);
    }
    if (this.fullMonth[k] && n < s.minActivitiesPerMonth) pen += this.w.minMonth * (s.minActivitiesPerMonth - n);
    return pen;
  }

  capPen(p: number, mo: number): number {
    const cap = this.m.monthCap[p * this.m.M + mo];
    if (cap < 0) return 0;
    return (this.w.monthCap * Math.max(0, this.monSpend[p * this.m.M + mo] - cap)) / Math.max(cap, 1_000_000);
  }

  /** Hard terms that depend on activity i alone at start s (not precedence). */
  ownHard(i: number, s: number): number {
    const m = this.m;
    const H = this.H;
    const e = s + this.len[i] - 1;
    let pen = 0;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = this.claimRes[c];
      if (!m.resBlockedAny[r]) continue;
      let cnt = 0;
      for (let d = s; d <= e; d++) cnt += m.blocked[r * H + d];
      pen += this.w.unavailable * cnt;
    }
    const p = m.plan[i];
    if (p >= 0 && m.planHasBlackout[p]) {
      let cnt = 0;
      for (let d = s; d <= e; d++) cnt += m.blackout[p * H + d];
      pen += this.w.blackout * cnt;
    }
    const len = this.len[i];
    if (s < m.winLo[i] || e > m.winHi[i])
      pen +=
        this.w.window *
        Math.min(len, Math.min(len, Math.max(0, m.winLo[i] - s)) + Math.min(len, Math.max(0, e - m.winHi[i])));
    for (let x = m.actTaskOff[i]; x < m.actTaskOff[i + 1]; x++) {
      const k = m.actTasks[x];
      const end = m.taskFixedEnd[k] !== NO_DAY ? m.taskFixedEnd[k] : s + m.taskRelEnd[k];
      pen += this.w.lead * Math.max(0, end - s + m.taskLead[k]);
    }
    return pen;
  }

  precHard(i: number, s: number): number {
    const m = this.m;
    let pen = 0;
    for (let x = m.actPrecOff[i]; x < m.actPrecOff[i + 1]; x++) {
      const q = m.actPrecs[x];
      const a = m.precA[q];
      const b = m.precB[q];
      if (this.parked[a === i ? b : a]) continue; // a parked partner's pair counts when it returns
      const sa = a === i ? s : this.start[a];
      const sb = b === i ? s : this.start[b];
      pen += Math.max(0, sa + this.len[a] + m.precGap[q] - sb);
    }
    return this.w.precedence * pen;
  }

  /** Whether an activity of `len` days starting on day s touches a preferred slot. */
  touchesPreferred(s: number, len: number): boolean {
    const hi = Math.min(this.H, s + len);
    return s < this.H && this.pfPre[hi] - this.pfPre[Math.max(0, s)] > 0;
  }

  /** Soft terms of activity i alone at start s: festival distance, phase buffer, disruption, preferred slot. */
  ownSoft(i: number, s: number): number {
    return this.ruleSoft(i, s) + this.extraSoft(i, s);
  }

  /** The findings' part of ownSoft: festival distance and phase buffer. */
  ruleSoft(i: number, s: number): number {
    const m = this.m;
    const e = s + this.len[i] - 1;
    let pen = 0;
    if (m.festival[i] && m.festDist[0] >= 0) {
      let best = 0x7fffffff;
      for (let d = s; d <= e; d++) if (m.festDist[d] < best) best = m.festDist[d];
      pen += this.w.festival * best;
    }
    const p = m.plan[i];
    if (p >= 0) {
      for (let ph = m.planPhOff[p]; ph < m.planPhOff[p + 1]; ph++) {
        if (s < m.phStart[ph] || s > m.phEnd[ph]) continue;
        pen += this.w.buffer * Math.max(0, Math.min(e, m.phEnd[ph]) - Math.max(s, m.phBuf[ph]) + 1);
        break;
      }
    }
    return pen;
  }

  /** What is no finding: disruption (moved, days, swapped claims) and leaving a preferred slot. */
  extraSoft(i: number, s: number): number {
    const m = this.m;
    let pen = 0;
    if (this.slotHome[i] && s !== this.start0[i] && !this.touchesPreferred(s, this.len[i])) pen += this.slotCost[i];
    const shift = Math.abs(s - this.home[i]);
    let swaps = 0;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) if (this.claimRes[c] !== this.claimRes0[c]) swaps++;
    if (shift > 0 || swaps > 0)
      pen += this.factor[i] * ((shift > 0 ? this.dw.move + this.dw.day * shift : 0) + this.dw.swap * swaps);
    return pen;
  }

  /** The exact sum of extraSoft over the schedule (clears drift in `extra`). */
  extraTotal(): number {
    let sum = 0;
    for (let i = 0; i < this.n; i++) if (!this.parked[i]) sum += this.extraSoft(i, this.start[i]);
    return sum;
  }

  /** Adds (sign 1) or removes (sign -1) activity i's grid contributions at its current start. */
  private grids(i: number, sign: 1 | -1): void {
    const m = this.m;
    const H = this.H;
    const s = this.start[i];
    const e = s + this.len[i] - 1;
    let dh = 0;
    let ds = 0;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = this.claimRes[c];
      const q = sign * m.claimQty[c];
      const daily = m.resDaily[r];
      const cap = daily > 0 ? daily : m.resQty[r];
      const base = r * H;
      let over = 0;
      for (let d = s; d <= e; d++) {
        const before = this.load[base + d];
        const after = before + q;
        this.load[base + d] = after;
        over += (after > cap ? after - cap : 0) - (before > cap ? before - cap : 0);
      }
      dh += daily > 0 ? (this.w.channel * over) / daily : this.w.capacity * over;
      if (m.resPeriod[r] > 0) dh += this.monthlySends(r, s, e, q);
    }
    for (let g = m.segOff[i]; g < m.segOff[i + 1]; g++) {
      const sg = m.segOf[g];
      const gap = m.segGap[sg];
      const row = sg * H;
      if (sign < 0) this.segCnt[row + s]--;
      if (gap > 0) {
        let pairs = 0;
        const lo = Math.max(0, s - gap + 1);
        const hi = Math.min(H - 1, s + gap - 1);
        for (let d = lo; d <= hi; d++) pairs += this.segCnt[row + d] * (gap - (d > s ? d - s : s - d));
        ds += sign * this.w.gap * pairs;
      }
      if (sign > 0) this.segCnt[row + s]++;
      const max = m.segWeekly[sg];
      const wk = sg * this.W + Math.floor((m.base + s + 3) / 7) - this.week0;
      const before = this.weekCnt[wk];
      this.weekCnt[wk] = before + sign;
      if (max > 0) ds += this.w.weekly * (Math.max(0, before + sign - max) - Math.max(0, before - max));
    }
    const p = m.plan[i];
    const mo = m.monthOf[s];
    if (p >= 0) {
      const k = p * m.M + mo;
      const before = this.monthPen(k);
      const hiDay = Math.min(H, e + 1);
      this.monN[k] += sign;
      if (this.nwPre[hiDay] - this.nwPre[s] > 0) this.monNW[k] += sign;
      if (this.pfPre[hiDay] - this.pfPre[s] > 0) this.monPF[k] += sign;
      ds += this.monthPen(k) - before;
    }
    for (let x = this.spendOff[i]; x < this.spendOff[i + 1]; x++) {
      const lp = this.spendPlan[x];
      const before = this.capPen(lp, mo);
      this.monSpend[lp * m.M + mo] += sign * this.spendCents[x];
      ds += this.capPen(lp, mo) - before;
    }
    this.hard += dh;
    this.soft += ds;
  }

  /**
   * Adds q sends a day over days s..e to channel r's months and returns the change in its
   * channel.period_capacity penalty: per month, the weight times the sends over the monthly
   * cap in caps (the finding's amount), as the header counts it.
   */
  private monthlySends(r: number, s: number, e: number, q: number): number {
    const m = this.m;
    const cap = m.resPeriod[r];
    const row = r * m.M;
    let over = 0;
    for (let d = s; d <= e; d++) {
      const k = row + m.monthOf[d];
      const before = this.monthSends[k];
      const after = before + q;
      this.monthSends[k] = after;
      over += (after > cap ? after - cap : 0) - (before > cap ? before - cap : 0);
    }
    return (this.w.period * over) / cap;
  }

  /** Whether channel r sends more than its monthly cap in a month that days s..e touch. */
  private overMonthCap(r: number, s: number, e: number): boolean {
    const m = this.m;
    if (!(m.resPeriod[r] > 0)) return false;
    for (let d = s; d <= e; d++) if (this.monthSends[r * m.M + m.monthOf[d]] > m.resPeriod[r]) return true;
    return false;
  }

  attach(i: number): void {
    this.grids(i, 1);
  }

  detach(i: number): void {
    this.grids(i, -1);
  }

  /** Moves activity i to start day s, updating the totals. */
  shift(i: number, s: number): void {
    const s0 = this.start[i];
    const x0 = this.extraSoft(i, s0);
    this.hard -= this.ownHard(i, s0) + this.precHard(i, s0);
    this.soft -= this.ruleSoft(i, s0) + x0;
    this.grids(i, -1);
    this.start[i] = s;
    this.grids(i, 1);
    const x = this.extraSoft(i, s);
    this.hard += this.ownHard(i, s) + this.precHard(i, s);
    this.soft += this.ruleSoft(i, s) + x;
    this.extra += x - x0;
  }

  /** Lifts activity i out of the schedule: its grids and terms are removed until unpark. */
  park(i: number): void {
    const s = this.start[i];
    const x = this.extraSoft(i, s);
    this.hard -= this.ownHard(i, s) + this.precHard(i, s);
    this.soft -= this.ruleSoft(i, s) + x;
    this.extra -= x;
    this.grids(i, -1);
    this.parked[i] = 1;
  }

  /** Puts a parked activity back at start day s. */
  unpark(i: number, s: number): void {
    this.parked[i] = 0;
    this.start[i] = s;
    this.grids(i, 1);
    const x = this.extraSoft(i, s);
    this.hard += this.ownHard(i, s) + this.precHard(i, s);
    this.soft += this.ruleSoft(i, s) + x;
    this.extra += x;
  }

  /** Moves claim c to resource r, updating the totals. */
  swap(c: number, r: number): void {
    const i = this.m.claimAct[c];
    const s = this.start[i];
    const x0 = this.extraSoft(i, s);
    this.hard -= this.ownHard(i, s);
    this.soft -= this.ruleSoft(i, s) + x0;
    this.grids(i, -1);
    const from = this.lanes[this.claimRes[c]];
    from.splice(from.indexOf(c), 1);
    this.lanes[r].push(c);
    this.claimRes[c] = r;
    this.grids(i, 1);
    const x = this.extraSoft(i, s);
    this.hard += this.ownHard(i, s);
    this.soft += this.ruleSoft(i, s) + x;
    this.extra += x - x0;
  }

  /** Whether activity i currently takes part in a hard violation (capacity, blocked days, window, lead, precedence). */
  inHardViolation(i: number): boolean {
    const m = this.m;
    const s = this.start[i];
    if (this.ownHard(i, s) > 0 || this.precHard(i, s) > 0) return true;
    const e = s + this.len[i] - 1;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = this.claimRes[c];
      const cap = m.resDaily[r] > 0 ? m.resDaily[r] : m.resQty[r];
      for (let d = s; d <= e; d++) if (this.load[r * this.H + d] > cap) return true;
      if (this.overMonthCap(r, s, e)) return true;
    }
    return false;
  }

  /** Movable activities other than i that share an over-capacity resource-day with i. */
  blockers(i: number, out: number[]): void {
    const m = this.m;
    out.length = 0;
    const s = this.start[i];
    const e = s + this.len[i] - 1;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = this.claimRes[c];
      const cap = m.resDaily[r] > 0 ? m.resDaily[r] : m.resQty[r];
      let over = false;
      for (let d = s; d <= e && !over; d++) over = this.load[r * this.H + d] > cap;
      // Over a monthly cap, every other send in those months is in the way, not just same-day ones.
      const monthly = !over && this.overMonthCap(r, s, e);
      if (!over && !monthly) continue;
      const lo = monthly ? m.monthFirst[m.monthOf[s]] : s;
      const hi = monthly ? m.monthLast[m.monthOf[e]] : e;
      for (const c2 of this.lanes[r]) {
        const j = m.claimAct[c2];
        if (j === i || !this.movable[j] || out.includes(j)) continue;
        const sj = this.start[j];
        if (sj <= hi && sj + this.len[j] - 1 >= lo) out.push(j);
      }
    }
  }
}
