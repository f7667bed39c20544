import { dayFromNumber, dayNumber, weekday } from '../model/dates';
import { DEFAULT_WEIGHTS, RULE_FIXES, severityOf, type RuleId } from './catalog';
import type { Finding } from './finding';
import type { RuleActivity, RulesInput } from './input';
import { planSettings } from './settings';

/**
 * The naive oracle: every rule written the obvious way, over ISO strings and all pairs, with no
 * sorting tricks or typed arrays. Slow on purpose; tests and the bench check the engine against
 * it. Messages are left empty: only what `canonicalFinding` compares is computed.
 */
const DAY = 1440;
type Act = RuleActivity & { s: number; e: number; sd: number; ed: number };

function minutes(v: string): number {
  return dayNumber(v) * DAY + (v.length > 10 ? Number(v.slice(11, 13)) * 60 + Number(v.slice(14, 16)) : 0);
}

export function naiveDetect(input: RulesInput): Finding[] {
  const st = input.settings;
  const out: Finding[] = [];
  const w = (r: RuleId) => st.weights[r] ?? DEFAULT_WEIGHTS[r];
  const iso = (d: number) => dayFromNumber(d);
  const push = (
    rule: RuleId,
    amount: number,
    acts: Act[],
    o: { res?: string[]; segs?: string[]; plans?: string[]; from?: number; to?: number },
  ) => {
    if (w(rule) <= 0) return;
    out.push({
      key: rule,
      ruleId: rule,
      severity: severityOf(rule),
      weight: w(rule),
      amount,
      penalty: w(rule) * amount,
      activityIds: acts.map((a) => a.id),
      resourceIds: o.res ?? [],
      segmentIds: o.segs ?? [],
      planIds: o.plans ?? [...new Set(acts.map((a) => a.planId))],
      span: o.from === undefined || o.to === undefined ? null : { start: iso(o.from), end: iso(o.to) },
      message: { 'zh-CN': '', en: '' },
      fixes: RULE_FIXES[rule],
    });
  };
  const acts: Act[] = input.activities.map((a) => {
    const s = minutes(a.start);
    const e = a.allDay ? minutes(a.end) + DAY : minutes(a.end);
    return { ...a, s, e, sd: Math.floor(s / DAY), ed: Math.floor((e - 1) / DAY) };
  });
  const byId = new Map(acts.map((a) => [a.id, a]));
  const plans = new Set(input.plans.map((p) => p.id));
  const cal = input.calendar;
  const nonWorkSet = new Set(cal.nonWorkdays);
  const inCal = (d: number) => d >= dayNumber(cal.from) && d <= dayNumber(cal.to);
  const nonWork = (d: number) => (inCal(d) ? nonWorkSet.has(iso(d)) : weekday(iso(d)) === 0 || weekday(iso(d)) === 6);
  const preferred = (d: number) =>
    st.preferredWeekdays.includes(weekday(iso(d))) || (st.holidaysPreferred && cal.holidays.includes(iso(d)));
  const days = (a: Act) => Array.from({ length: a.ed - a.sd + 1 }, (_, k) => a.sd + k);

  for (const r of input.resources) {
    const claims = acts.flatMap((a) =>
      a.claims.filter((c) => c.resourceId === r.id).map((c) => ({ a, q: c.quantity })),
    );
    if (r.dailyCapacity === null) {
      const points = [...new Set(claims.flatMap((c) => [c.a.s, c.a.e]))].sort((x, y) => x - y);
      let k = 0;
      while (k < points.length - 1) {
        const load = (t: number) => claims.filter((c) => c.a.s <= t && c.a.e > t).reduce((sum, c) => sum + c.q, 0);
        if (load(points[k]) <= r.quantity) {
          k++;
          continue;
        }
        const S = points[k];
        let peak = 0;
        while (k < points.length - 1 && load(points[k]) > r.quantity)
          peak = Math.max(peak, load(points[k++]) - r.quantity);
        const E = points[k];
        push(
          'resource.capacity',
          peak,
          claims.filter((c) => c.a.s < E && c.a.e > S).map((c) => c.a),
          { res: [r.id], from: Math.floor(S / DAY), to: Math.floor((E - 1) / DAY) },
        );
      }
    } else {
      const cap = r.dailyCapacity;
      const lo = Math.min(...claims.map((c) => c.a.sd));
      const hi = Math.max(...claims.map((c) => c.a.ed));
      const load = (d: number) => claims.filter((c) => c.a.sd <= d && c.a.ed >= d).reduce((sum, c) => sum + c.q, 0);
      for (let d = lo; d <= hi; d++) {
        if (load(d) <= cap) continue;
        const from = d;
        let amount = 0;
        while (d <= hi && load(d) > cap) amount += (load(d++) - cap) / cap;
        const to = d - 1;
        push(
          'channel.capacity',
          amount,
          claims.filter((c) => c.a.sd <= to && c.a.ed >= from).map((c) => c.a),
          { res: [r.id], from, to },
        );
      }
      const period = r.periodCapacity ?? null;
      if (period !== null) {
        const byMonth = new Map<string, number>();
        for (const c of claims)
          for (let d = c.a.sd; d <= c.a.ed; d++)
            byMonth.set(iso(d).slice(0, 7), (byMonth.get(iso(d).slice(0, 7)) ?? 0) + c.q);
        for (const [key, sends] of [...byMonth].sort()) {
          if (sends <= period) continue;
          const first = dayNumber(`${key}-01`);
          let last = first;
          while (iso(last + 1).slice(0, 7) === key) last++;
          push(
            'channel.period_capacity',
            (sends - period) / period,
            claims.filter((c) => c.a.sd <= last && c.a.ed >= first).map((c) => c.a),
            { res: [r.id], from: first, to: last },
          );
        }
      }
    }
  }
  for (const a of acts) {
    for (const c of a.claims) {
      const r = input.resources.find((x) => x.id === c.resourceId);
      const hit = days(a).filter((d) => r?.unavailableDates.includes(iso(d)));
      if (r && hit.length)
        push('resource.unavailable', hit.length, [a], { res: [r.id], from: hit[0], to: hit[hit.length - 1] });
    }
    if (plans.has(a.planId)) {
      const black = planSettings(st, a.planId).blackoutDates;
      const hit = days(a).filter((d) => black.includes(iso(d)));
      if (hit.length) push('plan.blackout', hit.length, [a], { from: hit[0], to: hit[hit.length - 1] });
    }
    const outside = days(a).filter(
      (d) => (a.windowStart && d < dayNumber(a.windowStart)) || (a.windowEnd && d > dayNumber(a.windowEnd)),
    );
    if (outside.length) push('activity.window', outside.length, [a], { from: a.sd, to: a.ed });
    if (a.type === 'festival' && cal.festivals.length) {
      const dist = (d: number) =>
        Math.min(
          ...cal.festivals.map((f) => {
            const lo = dayNumber(f.date) - st.festivalDaysBefore;
            const hi = dayNumber(f.date) + st.festivalDaysAfter;
            return d < lo ? lo - d : d > hi ? d - hi : 0;
          }),
        );
      const best = Math.min(...days(a).map(dist));
      if (best > 0) push('festival.window', best, [a], { from: a.sd, to: a.ed });
    }
    if (plans.has(a.planId)) {
      const ph = [...planSettings(st, a.planId).phases]
        .sort((x, y) => dayNumber(x.start) - dayNumber(y.start))
        .find((x) => a.sd >= dayNumber(x.start) && a.sd <= dayNumber(x.end));
      if (ph) {
        const s = dayNumber(ph.start);
        const e = dayNumber(ph.end);
        const buf = e - Math.floor((e - s + 1) * ph.bufferShare) + 1;
        const over = days(a).filter((d) => d >= buf && d <= e);
        if (over.length) push('phase.buffer', over.length, [a], { from: over[0], to: over[over.length - 1] });
      }
    }
  }
  for (const t of input.tasks) {
    const a = t.activityId ? byId.get(t.activityId) : undefined;
    if (!a || t.leadDays === null) continue;
    const end = t.fixedDate
      ? dayNumber(t.fixedDate) + t.durationDays - 1
      : a.sd + (t.offsetDays ?? 0) + t.durationDays - 1;
    const limit = a.sd - t.leadDays;
    if (end > limit) push('task.lead_time', end - limit, [a], { from: limit + 1, to: end });
  }
  for (const p of input.plans) {
    for (const q of planSettings(st, p.id).precedence) {
      const a = byId.get(q.before);
      const b = byId.get(q.after);
      if (!a || !b || a === b) continue;
      const amount = a.ed + 1 + q.minGapDays - b.sd;
      if (amount > 0)
        push('activity.precedence', amount, [a, b], { from: Math.min(b.sd, a.ed), to: Math.max(b.sd, a.ed) });
    }
  }
  naiveSegments(input, acts, push);
  naivePlans(input, acts, nonWork, preferred, push);
  return out;
}

type Push = (
  rule: RuleId,
  amount: number,
  acts: Act[],
  o: { res?: string[]; segs?: string[]; plans?: string[]; from?: number; to?: number },
) => void;

function naiveSegments(input: RulesInput, acts: Act[], push: Push): void {
  for (const s of input.segments) {
    const ts = acts.filter((a) => a.segmentIds.includes(s.id));
    if (s.minGapDays > 0) {
      // Components of the "closer than the gap" relation over all pairs.
      const comp = ts.map((_, k) => k);
      const find = (k: number): number => (comp[k] === k ? k : (comp[k] = find(comp[k])));
      for (let x = 0; x < ts.length; x++)
        for (let y = x + 1; y < ts.length; y++)
          if (Math.abs(ts[x].sd - ts[y].sd) < s.minGapDays) comp[find(x)] = find(y);
      const groups = new Map<number, Act[]>();
      ts.forEach((a, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), a]));
      for (const g of groups.values()) {
        if (g.length < 2) continue;
        g.sort((x, y) => x.sd - y.sd);
        let amount = 0;
        for (let k = 1; k < g.length; k++) amount += s.minGapDays - (g[k].sd - g[k - 1].sd);
        push('segment.min_gap', amount, g, { segs: [s.id], from: g[0].sd, to: Math.max(...g.map((a) => a.ed)) });
      }
    }
    if (s.weeklyMax !== null) {
      const weeks = new Map<number, Act[]>();
      for (const a of ts) {
        const wk = Math.floor((a.sd + 3) / 7);
        weeks.set(wk, [...(weeks.get(wk) ?? []), a]);
      }
      for (const [wk, g] of weeks)
        if (g.length > s.weeklyMax)
          push('segment.weekly_max', g.length - s.weeklyMax, g, { segs: [s.id], from: wk * 7 - 3, to: wk * 7 + 3 });
    }
  }
}

function naivePlans(
  input: RulesInput,
  acts: Act[],
  nonWork: (d: number) => boolean,
  preferred: (d: number) => boolean,
  push: Push,
): void {
  const st = input.settings;
  const need = (share: number, n: number) => Math.ceil(share * n - 1e-9);
  const month = (d: number) => dayFromNumber(d).slice(0, 7);
  for (const p of input.plans) {
    const mine = acts.filter((a) => a.planId === p.id);
    const ps = planSettings(st, p.id);
    const months = new Set<string>();
    for (let d = dayNumber(p.startDate); d <= dayNumber(p.endDate); d++) months.add(month(d));
    for (const a of mine) months.add(month(a.sd));
    for (const k of Object.keys(ps.monthCaps)) months.add(k);
    for (const key of months) {
      const first = dayNumber(`${key}-01`);
      const next = dayNumber(
        key.endsWith('12')
          ? `${Number(key.slice(0, 4)) + 1}-01-01`
          : `${key.slice(0, 5)}${String(Number(key.slice(5)) + 1).padStart(2, '0')}-01`,
      );
      const inMonth = mine.filter((a) => month(a.sd) === key);
      const n = inMonth.length;
      const span = { plans: [p.id], from: first, to: next - 1 };
      const touch = (a: Act, f: (d: number) => boolean) =>
        Array.from({ length: a.ed - a.sd + 1 }, (_, k) => a.sd + k).some(f);
      if (n > 0) {
        const miss = inMonth.filter((a) => !touch(a, nonWork));
        const short = need(st.nonWorkdayShareMin, n) - (n - miss.length);
        if (short > 0) push('month.nonworkday_share', short, miss, span);
        const missP = inMonth.filter((a) => !touch(a, preferred));
        const shortP = need(st.preferredShareMin, n) - (n - missP.length);
        if (shortP > 0) push('month.preferred_share', shortP, missP, span);
      }
      if (n < st.minActivitiesPerMonth && first >= dayNumber(p.startDate) && next - 1 <= dayNumber(p.endDate))
        push('month.min_activities', st.minActivitiesPerMonth - n, inMonth, span);
      const cap = ps.monthCaps[key];
      if (cap !== undefined) {
        let spend = 0;
        const movers: Act[] = [];
        for (const l of input.budgetLines.filter((x) => x.planId === p.id)) {
          const a = l.activityId
            ? (mine.find((x) => x.id === l.activityId) ?? acts.find((x) => x.id === l.activityId))
            : undefined;
          const lm = l.date ? l.date.slice(0, 7) : a ? month(a.sd) : null;
          if (lm !== key) continue;
          spend += l.cents;
          if (!l.date && a && !movers.includes(a)) movers.push(a);
        }
        if (spend > cap) push('budget.month_cap', (spend - cap) / Math.max(cap, 1_000_000), movers, span);
      }
    }
    if (mine.length > 0) {
      const without = mine.filter((a) => !a.hasBackup);
      const short = need(st.backupShareMin, mine.length) - (mine.length - without.length);
      if (short > 0) push('plan.backup_share', short, without, { plans: [p.id] });
    }
    for (const [phase, cap] of Object.entries(ps.phaseCaps)) {
      const spend = input.budgetLines
        .filter((l) => l.planId === p.id && l.phase === phase)
        .reduce((s, l) => s + l.cents, 0);
      if (spend > cap) push('budget.phase_cap', (spend - cap) / Math.max(cap, 1_000_000), [], { plans: [p.id] });
    }
  }
}
