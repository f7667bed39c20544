import type { CompiledModel } from './compile';
import { raw, ruleOn, type RawFinding } from './raw';

/**
 * Plan-level targets from DOMAIN.md, judged per plan and month (by start day): at least 20% of
 * a month's activities touch a non-workday, 80% touch a preferred slot, at least 10 activities
 * in each full month of the plan, a month's spending under its cap; and per plan: 30% of
 * activities with a backup plan, each phase's spending under its cap.
 */
const need = (share: number, n: number): number => Math.ceil(share * n - 1e-9);

function touches(flags: Uint8Array, s: number, e: number): boolean {
  for (let d = Math.max(0, s); d <= e && d < flags.length; d++) if (flags[d]) return true;
  return false;
}

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

export function checkPlanMonth(
  m: CompiledModel,
  p: number,
  mo: number,
  acts: ArrayLike<number>,
  out: RawFinding[],
  spendPM?: Float64Array,
): void {
  const s = m.settings;
  const first = m.monthFirst[mo];
  const last = m.monthLast[mo];
  const n = acts.length;
  const span = { plan: p, from: first, to: last, a: mo, b: n };
  if (n > 0 && ruleOn(m, 'month.nonworkday_share')) {
    const miss: number[] = [];
    for (let k = 0; k < n; k++) if (!touches(m.nonWork, m.startDay[acts[k]], m.endDay[acts[k]])) miss.push(acts[k]);
    const short = need(s.nonWorkdayShareMin, n) - (n - miss.length);
    if (short > 0) out.push(raw('month.nonworkday_share', short, miss, span));
  }
  if (n > 0 && ruleOn(m, 'month.preferred_share')) {
    const miss: number[] = [];
    for (let k = 0; k < n; k++) if (!touches(m.preferred, m.startDay[acts[k]], m.endDay[acts[k]])) miss.push(acts[k]);
    const short = need(s.preferredShareMin, n) - (n - miss.length);
    if (short > 0) out.push(raw('month.preferred_share', short, miss, span));
  }
  const min = s.minActivitiesPerMonth;
  if (n < min && first >= m.planStart[p] && last <= m.planEnd[p] && ruleOn(m, 'month.min_activities')) {
    out.push(raw('month.min_activities', min - n, Array.from(acts), span));
  }
  const cap = m.monthCap[p * m.M + mo];
  if (cap >= 0 && ruleOn(m, 'budget.month_cap')) {
    const spend = spendPM ? spendPM[p * m.M + mo] : monthSpend(m, p, mo);
    if (spend > cap) {
      const movers: number[] = [];
      for (let l = 0; l < m.lineCents.length; l++) {
        const a = m.lineAct[l];
        if (
          m.linePlan[l] === p &&
          m.lineMonth[l] === -1 &&
          a >= 0 &&
          m.monthOf[m.startDay[a]] === mo &&
          !movers.includes(a)
        )
          movers.push(a);
      }
      out.push(raw('budget.month_cap', (spend - cap) / Math.max(cap, 1_000_000), movers, { ...span, b: spend }));
    }
  }
}

export function checkPlan(m: CompiledModel, p: number, acts: ArrayLike<number>, out: RawFinding[]): void {
  const s = m.settings;
  const pid = m.input.plans[p].id;
  const n = acts.length;
  if (n > 0 && ruleOn(m, 'plan.backup_share')) {
    const without: number[] = [];
    for (let k = 0; k < n; k++) if (!m.backup[acts[k]]) without.push(acts[k]);
    const short = need(s.backupShareMin, n) - (n - without.length);
    if (short > 0) out.push(raw('plan.backup_share', short, without, { plan: p, b: n }));
  }
  const caps = s.plans[pid]?.phaseCaps ?? {};
  if (ruleOn(m, 'budget.phase_cap')) {
    for (const [phase, cap] of Object.entries(caps)) {
      let spend = 0;
      const lines = m.input.budgetLines;
      for (let l = 0; l < lines.length; l++)
        if (lines[l].planId === pid && lines[l].phase === phase) spend += lines[l].cents;
      if (spend > cap)
        out.push(
          raw('budget.phase_cap', (spend - cap) / Math.max(cap, 1_000_000), [], {
            plan: p,
            a: cap,
            b: spend,
            text: phase,
          }),
        );
    }
  }
}
