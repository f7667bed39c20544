import { RULE_CODE } from './catalog';
import { NO_DAY, type CompiledModel } from './compile';
import type { FindingStore } from './finding-store';
import { ruleOn } from './raw';

const UNAVAILABLE = RULE_CODE['resource.unavailable'];
const BLACKOUT = RULE_CODE['plan.blackout'];
const WINDOW = RULE_CODE['activity.window'];
const FESTIVAL = RULE_CODE['festival.window'];
const BUFFER = RULE_CODE['phase.buffer'];
const LEAD_TIME = RULE_CODE['task.lead_time'];
const PRECEDENCE = RULE_CODE['activity.precedence'];

/**
 * Each resource's blocked days in order (CSR over resources). A claim looks up the few blocked
 * days of its resource instead of reading the resource × day flags for every day it spans,
 * which for 100k activities was a cache miss per claim-day.
 */
export interface BlockedDays {
  off: Int32Array;
  days: Int32Array;
}

export function blockedDays(m: CompiledModel): BlockedDays {
  const { R, H, blocked } = m;
  const off = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) {
    let count = 0;
    if (m.resBlockedAny[r]) for (let d = 0; d < H; d++) count += blocked[r * H + d];
    off[r + 1] = off[r] + count;
  }
  const days = new Int32Array(off[R]);
  for (let r = 0; r < R; r++) {
    let k = off[r];
    if (off[r + 1] > k) for (let d = 0; d < H; d++) if (blocked[r * H + d]) days[k++] = d;
  }
  return { off, days };
}

/**
 * Which one-activity rules are switched on, decided once per detection rather than per
 * activity, and the blocked days they read (from the engine, which derives them once: a
 * compiled model's resources and calendar do not change, only its activities' times).
 */
export interface ActivityRules {
  blocked: BlockedDays;
  unavailable: boolean;
  blackout: boolean;
  window: boolean;
  festival: boolean;
  buffer: boolean;
  leadTime: boolean;
}

export function activityRules(m: CompiledModel, blocked: BlockedDays): ActivityRules {
  return {
    blocked,
    unavailable: ruleOn(m, 'resource.unavailable'),
    blackout: ruleOn(m, 'plan.blackout'),
    window: ruleOn(m, 'activity.window'),
    festival: m.festDist[0] >= 0 && ruleOn(m, 'festival.window'),
    buffer: ruleOn(m, 'phase.buffer'),
    leadTime: ruleOn(m, 'task.lead_time'),
  };
}

/**
 * Rules that look at one activity at a time: blocked dates, blackouts, window, festival,
 * phase buffer, lead times. Each test is guarded by what can make it fire (a resource with
 * blocked dates, a plan with blackouts, a festival activity, tasks), so a clean activity costs
 * a few comparisons.
 */
export function checkActivity(m: CompiledModel, i: number, out: FindingStore, on: ActivityRules): void {
  const s = m.startDay[i];
  const e = m.endDay[i];
  const H = m.H;
  const lo = Math.max(s, 0);
  const hi = Math.min(e, H - 1);
  if (on.unavailable) {
    const { off, days } = on.blocked;
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      const r = m.claimRes[c];
      const end = off[r + 1];
      let k = off[r];
      if (k === end) continue;
      // The first blocked day on or after the activity's first day, then every one up to its last.
      let top = end;
      while (k < top) {
        const mid = (k + top) >> 1;
        if (days[mid] < lo) k = mid + 1;
        else top = mid;
      }
      let count = 0;
      let from = 0;
      let to = 0;
      for (; k < end && days[k] <= hi; k++) {
        if (count++ === 0) from = days[k];
        to = days[k];
      }
      if (count > 0) {
        out.act(i);
        out.emit(UNAVAILABLE, count, r, -1, -1, from, to, 0, 0);
      }
    }
  }
  const p = m.plan[i];
  if (on.blackout && p >= 0 && m.planHasBlackout[p]) {
    let count = 0;
    let from = 0;
    let to = 0;
    for (let d = lo; d <= hi; d++) {
      if (m.blackout[p * H + d]) {
        if (count++ === 0) from = d;
        to = d;
      }
    }
    if (count > 0) {
      out.act(i);
      out.emit(BLACKOUT, count, -1, -1, -1, from, to, 0, 0);
    }
  }
  const wlo = m.winLo[i];
  const whi = m.winHi[i];
  if (on.window && (s < wlo || e > whi)) {
    const len = e - s + 1;
    const outside = Math.min(len, Math.max(0, wlo - s)) + Math.min(len, Math.max(0, e - whi));
    const early = s < wlo;
    out.act(i);
    out.emit(WINDOW, Math.min(len, outside), -1, -1, -1, s, e, early ? 1 : 0, early ? wlo : whi);
  }
  if (on.festival && m.festival[i]) {
    const fd = m.festDist;
    let best = 0x7fffffff;
    let at = 0;
    for (let d = lo; d <= hi; d++) {
      if (fd[d] < best) {
        best = fd[d];
        at = d;
      }
    }
    if (best > 0 && best < 0x7fffffff) {
      out.act(i);
      out.emit(FESTIVAL, best, -1, -1, -1, s, e, at, 0);
    }
  }
  if (on.buffer && p >= 0) {
    for (let ph = m.planPhOff[p]; ph < m.planPhOff[p + 1]; ph++) {
      if (s < m.phStart[ph] || s > m.phEnd[ph]) continue;
      const from = Math.max(s, m.phBuf[ph]);
      const to = Math.min(e, m.phEnd[ph]);
      if (to >= from) {
        out.act(i);
        out.emit(BUFFER, to - from + 1, -1, -1, -1, from, to, ph, 0);
      }
      break;
    }
  }
  if (on.leadTime) {
    for (let x = m.actTaskOff[i]; x < m.actTaskOff[i + 1]; x++) {
      const k = m.actTasks[x];
      const end = m.taskFixedEnd[k] !== NO_DAY ? m.taskFixedEnd[k] : s + m.taskRelEnd[k];
      const limit = s - m.taskLead[k];
      if (end > limit) {
        out.act(i);
        out.emit(LEAD_TIME, end - limit, -1, -1, -1, limit + 1, end, k, 0);
      }
    }
  }
}

/**
 * Full detection of the one-activity rules, in activity order so each activity's findings sit
 * together in the store; `first[at + i]` records where activity i's begin.
 */
export function checkAllActivities(
  m: CompiledModel,
  on: ActivityRules,
  out: FindingStore,
  first: Int32Array,
  at: number,
): void {
  for (let i = 0; i < m.n; i++) {
    first[at + i] = out.count;
    checkActivity(m, i, out, on);
  }
}

/** Activity A must end `gap` days before B starts. */
export function checkPrecedence(m: CompiledModel, q: number, out: FindingStore): void {
  const a = m.precA[q];
  const b = m.precB[q];
  const amount = m.endDay[a] + 1 + m.precGap[q] - m.startDay[b];
  if (amount <= 0 || !ruleOn(m, 'activity.precedence')) return;
  out.act(a);
  out.act(b);
  out.emit(
    PRECEDENCE,
    amount,
    -1,
    -1,
    -1,
    Math.min(m.startDay[b], m.endDay[a]),
    Math.max(m.startDay[b], m.endDay[a]),
    q,
    0,
  );
}
