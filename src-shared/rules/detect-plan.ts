import { RULE_CODE } from './catalog';
import { NO_DAY, type CompiledModel } from './compile';
import type { FindingStore } from './finding-store';
import { ruleOn } from './raw';

const NONWORKDAY_SHARE = RULE_CODE['month.nonworkday_share'];
const PREFERRED_SHARE = RULE_CODE['month.preferred_share'];
const MIN_ACTIVITIES = RULE_CODE['month.min_activities'];
const MONTH_CAP = RULE_CODE['budget.month_cap'];
const BACKUP_SHARE = RULE_CODE['plan.backup_share'];
const PHASE_CAP = RULE_CODE['budget.phase_cap'];

/**
 * Plan-level targets from docs/domain.md, judged per plan and month (by start day): at least 20% of
 * a month's activities touch a non-workday, 80% touch a preferred slot, at least 10 activities
 * in each full month of the plan, a month's spending under its cap; and per plan: 30% of
 * activities with a backup plan, each phase's spending under its cap.
 */
const need = (share: number, n: number): number => Math.ceil(share * n - 1e-9);

/** Spending of plan p in month mo: lines dated in it, and undated lines following an activity that starts in it. */
export function monthSpend(m: CompiledModel, p: number, mo: number): number {
  let sum = 0;
  for (let l = 0; l < m.lineCents.length; l++) {
    if (m.linePlan[l] !== p) continue;
    const lm = m.lineMonth[l] === -1 && m.lineAct[l] >= 0 ? m.monthOf[m.startDay[m.lineAct[l]]] : m.lineMonth[l];
    if (lm === mo) sum += m.lineCents[l];
  }
  return sum;
}

/** Every plan-month's spending in one pass over the lines (full detection). */
export function allMonthSpend(m: CompiledModel): Float64Array {
  const out = new Float64Array(m.P * m.M);
  for (let l = 0; l < m.lineCents.length; l++) {
    const lm = m.lineMonth[l] === -1 && m.lineAct[l] >= 0 ? m.monthOf[m.startDay[m.lineAct[l]]] : m.lineMonth[l];
    if (lm >= 0 && m.linePlan[l] >= 0) out[m.linePlan[l] * m.M + lm] += m.lineCents[l];
  }
  return out;
}

/** Running count of flagged days: prefix[d] is how many of days 0..d-1 are flagged. */
export function dayPrefix(flags: Uint8Array): Int32Array {
  const out = new Int32Array(flags.length + 1);
  for (let d = 0; d < flags.length; d++) out[d + 1] = out[d] + flags[d];
  return out;
}

/** The non-workday and preferred-slot prefixes checkPlanMonth reads (one pair per model). */
export interface MonthDays {
  nonWork: Int32Array;
  preferred: Int32Array;
}

export function monthDays(m: CompiledModel): MonthDays {
  return { nonWork: dayPrefix(m.nonWork), preferred: dayPrefix(m.preferred) };
}

/** Whether days s..e (clamped to the horizon) include a flagged day, from the flags' prefix. */
function touches(prefix: Int32Array, s: number, e: number): boolean {
  const lo = s < 0 ? 0 : s;
  const hi = e >= prefix.length - 1 ? prefix.length - 2 : e;
  return hi >= lo && prefix[hi + 1] > prefix[lo];
}

/**
 * The month's activities that miss a flagged day become the finding's activities (in the
 * month's order); counted first, so a month that meets its share gathers nothing.
 */
function emitShare(
  m: CompiledModel,
  rule: number,
  share: number,
  prefix: Int32Array,
  hits: number,
  p: number,
  mo: number,
  acts: ArrayLike<number>,
  out: FindingStore,
): void {
  const n = acts.length;
  const short = need(share, n) - hits;
  if (short <= 0) return;
  for (let k = 0; k < n; k++) if (!touches(prefix, m.startDay[acts[k]], m.endDay[acts[k]])) out.act(acts[k]);
  out.emit(rule, short, -1, -1, p, m.monthFirst[mo], m.monthLast[mo], mo, n);
}

export function checkPlanMonth(
  m: CompiledModel,
  p: number,
  mo: number,
  acts: ArrayLike<number>,
  out: FindingStore,
  days: MonthDays,
  spendPM?: Float64Array,
): void {
  const s = m.settings;
  const first = m.monthFirst[mo];
  const last = m.monthLast[mo];
  const n = acts.length;
  const nonWorkOn = n > 0 && ruleOn(m, 'month.nonworkday_share');
  const preferredOn = n > 0 && ruleOn(m, 'month.preferred_share');
  if (nonWorkOn || preferredOn) {
    let nonWork = 0;
    let preferred = 0;
    for (let k = 0; k < n; k++) {
      const sd = m.startDay[acts[k]];
      const ed = m.endDay[acts[k]];
      if (touches(days.nonWork, sd, ed)) nonWork++;
      if (touches(days.preferred, sd, ed)) preferred++;
    }
    if (nonWorkOn) emitShare(m, NONWORKDAY_SHARE, s.nonWorkdayShareMin, days.nonWork, nonWork, p, mo, acts, out);
    if (preferredOn) emitShare(m, PREFERRED_SHARE, s.preferredShareMin, days.preferred, preferred, p, mo, acts, out);
  }
  const min = s.minActivitiesPerMonth;
  if (n < min && first >= m.planStart[p] && last <= m.planEnd[p] && ruleOn(m, 'month.min_activities')) {
    for (let k = 0; k < n; k++) out.act(acts[k]);
    out.emit(MIN_ACTIVITIES, min - n, -1, -1, p, first, last, mo, n);
  }
  const cap = m.monthCap[p * m.M + mo];
  if (cap >= 0 && ruleOn(m, 'budget.month_cap')) {
    const spend = spendPM ? spendPM[p * m.M + mo] : monthSpend(m, p, mo);
    if (spend > cap) {
      // The activities whose lines would leave the month with them, each once, in line order.
      const mark = out.actLen;
      for (let l = 0; l < m.lineCents.length; l++) {
        const a = m.lineAct[l];
        if (m.linePlan[l] !== p || m.lineMonth[l] !== -1 || a < 0 || m.monthOf[m.startDay[a]] !== mo) continue;
        let seen = false;
        for (let x = mark; x < out.actLen && !seen; x++) seen = out.actPool[x] === a;
        if (!seen) out.act(a);
      }
      out.emit(MONTH_CAP, (spend - cap) / Math.max(cap, 1_000_000), -1, -1, p, first, last, mo, spend);
    }
  }
}

export function checkPlan(m: CompiledModel, p: number, acts: ArrayLike<number>, out: FindingStore): void {
  const s = m.settings;
  const pid = m.input.plans[p].id;
  const n = acts.length;
  if (n > 0 && ruleOn(m, 'plan.backup_share')) {
    let withBackup = 0;
    for (let k = 0; k < n; k++) withBackup += m.backup[acts[k]];
    const short = need(s.backupShareMin, n) - withBackup;
    if (short > 0) {
      for (let k = 0; k < n; k++) if (!m.backup[acts[k]]) out.act(acts[k]);
      out.emit(BACKUP_SHARE, short, -1, -1, p, NO_DAY, NO_DAY, 0, n);
    }
  }
  const caps = s.plans[pid]?.phaseCaps ?? {};
  if (ruleOn(m, 'budget.phase_cap')) {
    for (const [phase, cap] of Object.entries(caps)) {
      let spend = 0;
      const lines = m.input.budgetLines;
      for (let l = 0; l < lines.length; l++)
        if (lines[l].planId === pid && lines[l].phase === phase) spend += lines[l].cents;
      if (spend > cap) {
        out.emit(PHASE_CAP, (spend - cap) / Math.max(cap, 1_000_000), -1, -1, p, NO_DAY, NO_DAY, cap, spend);
        out.setText(phase);
      }
    }
  }
}
