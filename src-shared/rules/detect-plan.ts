import type { CompiledModel } from './compile';
import type { Finding } from './finding';
import { makeFinding, ruleOn } from './make-finding';

/**
 * Plan-level targets from DOMAIN.md, judged per plan and month (by start day): at least 20% of
 * a month's activities touch a non-workday, 80% touch a preferred slot, at least 10 activities
 * in each full month of the plan, a month's spending under its cap; and per plan: 30% of
 * activities with a backup plan, each phase's spending under its cap.
 */
const need = (share: number, n: number): number => Math.ceil(share * n - 1e-9);
const cny = (cents: number): string => (cents / 100).toLocaleString('en-US', { maximumFractionDigits: 2 });

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

export function checkPlanMonth(m: CompiledModel, p: number, mo: number, acts: ArrayLike<number>, out: Finding[]): void {
  const s = m.settings;
  const pid = m.input.plans[p].id;
  const key = m.monthKey[mo];
  const first = m.monthFirst[mo];
  const last = m.monthLast[mo];
  const n = acts.length;
  if (n > 0 && ruleOn(m, 'month.nonworkday_share')) {
    const miss: number[] = [];
    for (let k = 0; k < n; k++) if (!touches(m.nonWork, m.startDay[acts[k]], m.endDay[acts[k]])) miss.push(acts[k]);
    const short = need(s.nonWorkdayShareMin, n) - (n - miss.length);
    if (short > 0) {
      out.push(makeFinding(m, {
        rule: 'month.nonworkday_share', key: `month.nonworkday_share:${pid}:${key}`, amount: short, acts: miss, plans: [p], from: first, to: last,
        zh: `${key} 只有 ${n - miss.length}/${n} 项活动安排在休息日，低于 ${Math.round(s.nonWorkdayShareMin * 100)}%`,
        en: `Only ${n - miss.length} of ${n} activities in ${key} touch a non-workday, under ${Math.round(s.nonWorkdayShareMin * 100)}%`,
      }));
    }
  }
  if (n > 0 && ruleOn(m, 'month.preferred_share')) {
    const miss: number[] = [];
    for (let k = 0; k < n; k++) if (!touches(m.preferred, m.startDay[acts[k]], m.endDay[acts[k]])) miss.push(acts[k]);
    const short = need(s.preferredShareMin, n) - (n - miss.length);
    if (short > 0) {
      out.push(makeFinding(m, {
        rule: 'month.preferred_share', key: `month.preferred_share:${pid}:${key}`, amount: short, acts: miss, plans: [p], from: first, to: last,
        zh: `${key} 只有 ${n - miss.length}/${n} 项活动在会员偏好时段，低于 ${Math.round(s.preferredShareMin * 100)}%`,
        en: `Only ${n - miss.length} of ${n} activities in ${key} are in preferred slots, under ${Math.round(s.preferredShareMin * 100)}%`,
      }));
    }
  }
  const min = s.minActivitiesPerMonth;
  if (n < min && first >= m.planStart[p] && last <= m.planEnd[p] && ruleOn(m, 'month.min_activities')) {
    out.push(makeFinding(m, {
      rule: 'month.min_activities', key: `month.min_activities:${pid}:${key}`, amount: min - n, acts: Array.from(acts), plans: [p], from: first, to: last,
      zh: `${key} 仅排了 ${n} 项活动，少于每月 ${min} 项`,
      en: `${key} has ${n} activities, fewer than ${min} a month`,
    }));
  }
  const cap = m.monthCap[p * m.M + mo];
  if (cap >= 0 && ruleOn(m, 'budget.month_cap')) {
    const spend = monthSpend(m, p, mo);
    if (spend > cap) {
      const movers: number[] = [];
      for (let l = 0; l < m.lineCents.length; l++) {
        const a = m.lineAct[l];
        if (m.linePlan[l] === p && m.lineMonth[l] === -1 && a >= 0 && m.monthOf[m.startDay[a]] === mo && !movers.includes(a)) movers.push(a);
      }
      out.push(makeFinding(m, {
        rule: 'budget.month_cap', key: `budget.month_cap:${pid}:${key}`, amount: (spend - cap) / Math.max(cap, 1_000_000), acts: movers, plans: [p], from: first, to: last,
        zh: `${key} 支出 ${cny(spend)} 元，超出月度上限 ${cny(cap)} 元`,
        en: `Spending in ${key} is ${cny(spend)} CNY, above the monthly cap of ${cny(cap)} CNY`,
      }));
    }
  }
}

export function checkPlan(m: CompiledModel, p: number, acts: ArrayLike<number>, out: Finding[]): void {
  const s = m.settings;
  const pid = m.input.plans[p].id;
  const n = acts.length;
  if (n > 0 && ruleOn(m, 'plan.backup_share')) {
    const without: number[] = [];
    for (let k = 0; k < n; k++) if (!m.backup[acts[k]]) without.push(acts[k]);
    const short = need(s.backupShareMin, n) - (n - without.length);
    if (short > 0) {
      out.push(makeFinding(m, {
        rule: 'plan.backup_share', key: `plan.backup_share:${pid}`, amount: short, acts: without, plans: [p],
        zh: `仅 ${n - without.length}/${n} 项活动有备选方案，低于 ${Math.round(s.backupShareMin * 100)}%`,
        en: `Only ${n - without.length} of ${n} activities have a backup plan, under ${Math.round(s.backupShareMin * 100)}%`,
      }));
    }
  }
  const caps = s.plans[pid]?.phaseCaps ?? {};
  if (ruleOn(m, 'budget.phase_cap')) {
    for (const [phase, cap] of Object.entries(caps)) {
      let spend = 0;
      const lines = m.input.budgetLines;
      for (let l = 0; l < lines.length; l++) if (lines[l].planId === pid && lines[l].phase === phase) spend += lines[l].cents;
      if (spend <= cap) continue;
      out.push(makeFinding(m, {
        rule: 'budget.phase_cap', key: `budget.phase_cap:${pid}:${phase}`, amount: (spend - cap) / Math.max(cap, 1_000_000), acts: [], plans: [p],
        zh: `阶段「${phase}」支出 ${cny(spend)} 元，超出上限 ${cny(cap)} 元`,
        en: `Phase "${phase}" spends ${cny(spend)} CNY, above its cap of ${cny(cap)} CNY`,
      }));
    }
  }
}
