import { dayFromNumber, dayNumber } from '../model/dates';
import { DEFAULT_WEIGHTS, RULE_IDS } from './catalog';
import { horizonOf, type RulesInput } from './input';
import { planSettings, type RuleSettings } from './settings';

/**
 * The rules' working form: every date a day (or minute) number relative to the horizon's
 * first day, every reference an index, everything in packed typed arrays. Detection and the
 * solver read and update these arrays in place; strings appear only when findings are written.
 */
export const NO_DAY = -0x40000000;
export const FAR_DAY = 0x3fffffff;
export const MINUTES = 1440;
const PRIORITY_RANK = { normal: 0, trend: 1, preference: 2, festival: 3 } as const;

export interface CompiledModel {
  input: RulesInput;
  settings: RuleSettings;
  weights: Float64Array;
  /** Absolute day number of relative day 0, and the horizon length in days. */
  base: number;
  H: number;
  n: number;
  startMin: Int32Array;
  endMin: Int32Array; // exclusive
  startDay: Int32Array;
  endDay: Int32Array; // inclusive
  /** 1 when the activity does not start and end at midnight (a timed session). */
  timed: Uint8Array;
  plan: Int32Array;
  rank: Uint8Array; // 0 normal … 3 festival: what moves last
  movable: Uint8Array;
  festival: Uint8Array;
  backup: Uint8Array;
  winLo: Int32Array;
  winHi: Int32Array;
  claimOff: Int32Array;
  claimRes: Int32Array;
  claimQty: Float64Array;
  claimAct: Int32Array;
  segOff: Int32Array;
  segOf: Int32Array;
  R: number;
  resQty: Float64Array;
  resDaily: Float64Array; // 0 for counted resources, sends per day for channels
  resPeriod: Float64Array; // sends per calendar month for channels with a monthly cap, else 0
  blocked: Uint8Array; // R × H
  resBlockedAny: Uint8Array;
  S: number;
  segGap: Int32Array;
  segWeekly: Int32Array; // 0 = no weekly maximum
  P: number;
  planStart: Int32Array;
  planEnd: Int32Array;
  blackout: Uint8Array; // P × H
  planHasBlackout: Uint8Array;
  nonWork: Uint8Array;
  preferred: Uint8Array;
  festDist: Int32Array; // days to the nearest festival window, -1 when the calendar has no festivals
  festName: string[]; // nearest festival's "zh|en" name per day
  monthOf: Int32Array;
  M: number;
  monthKey: string[];
  monthFirst: Int32Array;
  monthLast: Int32Array;
  T: number;
  taskAct: Int32Array;
  taskFixedEnd: Int32Array; // NO_DAY for tasks hanging off their activity by an offset
  taskRelEnd: Int32Array; // offset + duration - 1, relative to the activity's start
  taskLead: Int32Array;
  taskRef: { id: string; title: string }[];
  actTaskOff: Int32Array;
  actTasks: Int32Array;
  Q: number;
  precA: Int32Array;
  precB: Int32Array;
  precGap: Int32Array;
  actPrecOff: Int32Array;
  actPrecs: Int32Array;
  phPlan: Int32Array;
  phStart: Int32Array;
  phEnd: Int32Array;
  phBuf: Int32Array; // first day of the buffer zone
  phName: string[];
  planPhOff: Int32Array;
  lineAct: Int32Array;
  linePlan: Int32Array;
  lineMonth: Int32Array; // fixed month index, or -1 when the line follows its activity
  lineCents: Float64Array;
  actLineOff: Int32Array;
  actLines: Int32Array;
  monthCap: Float64Array; // P × M, -1 = no cap
  actIndex: Map<string, number>;
  resIndex: Map<string, number>;
  segIndex: Map<string, number>;
  planIndex: Map<string, number>;
}

/** Minutes from a YYYY-MM-DD or YYYY-MM-DDTHH:mm value, relative to day `base`. */
export function minuteOf(value: string, base: number): number {
  const day = (dayNumber(value) - base) * MINUTES;
  return value.length > 10 ? day + Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16)) : day;
}

/** CSR adjacency: for each owner, the items listed in `owners` order. */
export function csr(count: number, owners: ArrayLike<number>): [Int32Array, Int32Array] {
  const off = new Int32Array(count + 1);
  for (let k = 0; k < owners.length; k++) if (owners[k] >= 0) off[owners[k] + 1]++;
  for (let i = 0; i < count; i++) off[i + 1] += off[i];
  const fill = off.slice(0, count);
  const items = new Int32Array(off[count]);
  for (let k = 0; k < owners.length; k++) if (owners[k] >= 0) items[fill[owners[k]]++] = k;
  return [off, items];
}

function indexOf(ids: { id: string }[]): Map<string, number> {
  const m = new Map<string, number>();
  ids.forEach((x, i) => m.set(x.id, i));
  return m;
}

/**
 * The days a compile of `input` works over: day 0 (absolute day number) and the length. Findings
 * over a span (a month's share) are clipped to it, so a model is only equal to a fresh compile
 * of changed input while this stays the same.
 */
export function compiledSpan(input: Pick<RulesInput, 'plans' | 'activities' | 'calendar'>): {
  base: number;
  H: number;
} {
  const [hFrom, hTo] = horizonOf(input.plans, input.activities);
  const base = Math.min(dayNumber(hFrom), dayNumber(input.calendar.from));
  return { base, H: Math.max(dayNumber(hTo), dayNumber(input.calendar.to)) - base + 1 };
}

export function compile(input: RulesInput): CompiledModel {
  const { activities: acts, settings } = input;
  const { base, H } = compiledSpan(input);
  const n = acts.length;
  const actIndex = indexOf(acts);
  const resIndex = indexOf(input.resources);
  const segIndex = indexOf(input.segments);
  const planIndex = indexOf(input.plans);
  const R = input.resources.length;
  const S = input.segments.length;
  const P = input.plans.length;
  const rel = (d: string | null, fallback: number) =>
    d ? Math.max(-FAR_DAY, Math.min(FAR_DAY, dayNumber(d) - base)) : fallback;

  const weights = new Float64Array(RULE_IDS.length);
  RULE_IDS.forEach((id, i) => (weights[i] = settings.weights[id] ?? DEFAULT_WEIGHTS[id]));

  // Days: calendar flags, months, festival distances.
  const nonWork = new Uint8Array(H);
  const preferred = new Uint8Array(H);
  const monthOf = new Int32Array(H);
  const monthKey: string[] = [];
  const firsts: number[] = [];
  const lasts: number[] = [];
  const calLo = dayNumber(input.calendar.from) - base;
  const calHi = dayNumber(input.calendar.to) - base;
  const listed = new Set(input.calendar.nonWorkdays);
  const holidays = new Set(input.calendar.holidays);
  const prefWd = new Uint8Array(7);
  for (const w of settings.preferredWeekdays) prefWd[w] = 1;
  for (let d = 0; d < H; d++) {
    const iso = dayFromNumber(base + d);
    const wd = (((base + d + 4) % 7) + 7) % 7;
    nonWork[d] = d >= calLo && d <= calHi ? (listed.has(iso) ? 1 : 0) : wd === 0 || wd === 6 ? 1 : 0;
    preferred[d] = prefWd[wd] || (settings.holidaysPreferred && holidays.has(iso)) ? 1 : 0;
    const key = iso.slice(0, 7);
    if (monthKey.length === 0 || monthKey[monthKey.length - 1] !== key) {
      monthKey.push(key);
      firsts.push(d);
      lasts.push(d);
    }
    lasts[lasts.length - 1] = d;
    monthOf[d] = monthKey.length - 1;
  }
  const M = monthKey.length;
  const festDist = new Int32Array(H).fill(-1);
  const festName: string[] = new Array<string>(H).fill('');
  if (input.calendar.festivals.length > 0) {
    festDist.fill(FAR_DAY);
    for (const f of input.calendar.festivals) {
      const fd = dayNumber(f.date) - base;
      const lo = fd - settings.festivalDaysBefore;
      const hi = fd + settings.festivalDaysAfter;
      for (let d = 0; d < H; d++) {
        const dist = d < lo ? lo - d : d > hi ? d - hi : 0;
        if (dist < festDist[d]) {
          festDist[d] = dist;
          festName[d] = `${f.nameZh}|${f.nameEn}`;
        }
      }
    }
  }

  // Activities.
  const startMin = new Int32Array(n);
  const endMin = new Int32Array(n);
  const startDay = new Int32Array(n);
  const endDay = new Int32Array(n);
  const timed = new Uint8Array(n);
  const plan = new Int32Array(n);
  const rank = new Uint8Array(n);
  const movable = new Uint8Array(n);
  const festival = new Uint8Array(n);
  const backup = new Uint8Array(n);
  const winLo = new Int32Array(n);
  const winHi = new Int32Array(n);
  let claimCount = 0;
  let targetCount = 0;
  for (const a of acts) {
    claimCount += a.claims.length;
    targetCount += a.segmentIds.length;
  }
  const claimOff = new Int32Array(n + 1);
  const claimRes = new Int32Array(claimCount);
  const claimQty = new Float64Array(claimCount);
  const claimAct = new Int32Array(claimCount);
  const segOff = new Int32Array(n + 1);
  const segOf = new Int32Array(targetCount);
  let c = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const a = acts[i];
    const s = minuteOf(a.start, base);
    // All-day ends are inclusive days; timed ends are exclusive minutes.
    const e = a.allDay ? minuteOf(a.end, base) + MINUTES : minuteOf(a.end, base);
    startMin[i] = s;
    endMin[i] = e;
    startDay[i] = Math.floor(s / MINUTES);
    endDay[i] = Math.floor((e - 1) / MINUTES);
    timed[i] = s % MINUTES !== 0 || e % MINUTES !== 0 ? 1 : 0;
    plan[i] = planIndex.get(a.planId) ?? -1;
    rank[i] = PRIORITY_RANK[a.priority];
    movable[i] = a.pinned || a.locked ? 0 : 1;
    festival[i] = a.type === 'festival' ? 1 : 0;
    backup[i] = a.hasBackup ? 1 : 0;
    winLo[i] = rel(a.windowStart, -FAR_DAY);
    winHi[i] = rel(a.windowEnd, FAR_DAY);
    claimOff[i] = c;
    for (const cl of a.claims) {
      const r = resIndex.get(cl.resourceId);
      if (r === undefined) continue; // a dangling claim names no resource the rules can check
      claimRes[c] = r;
      claimQty[c] = cl.quantity;
      claimAct[c++] = i;
    }
    segOff[i] = g;
    for (const sid of a.segmentIds) {
      const sg = segIndex.get(sid);
      if (sg !== undefined) segOf[g++] = sg;
    }
  }
  claimOff[n] = c;
  segOff[n] = g;

  // Resources and segments.
  const resQty = new Float64Array(R);
  const resDaily = new Float64Array(R);
  const resPeriod = new Float64Array(R);
  const blocked = new Uint8Array(R * H);
  const resBlockedAny = new Uint8Array(R);
  input.resources.forEach((r, i) => {
    resQty[i] = r.quantity;
    resDaily[i] = r.dailyCapacity ?? 0;
    resPeriod[i] = r.dailyCapacity !== null ? (r.periodCapacity ?? 0) : 0;
    for (const d of r.unavailableDates) {
      const x = dayNumber(d) - base;
      if (x >= 0 && x < H) blocked[i * H + x] = resBlockedAny[i] = 1;
    }
  });
  const segGap = new Int32Array(S);
  const segWeekly = new Int32Array(S);
  input.segments.forEach((s, i) => {
    segGap[i] = s.minGapDays;
    segWeekly[i] = s.weeklyMax ?? 0;
  });

  // Plans: ranges, blackouts, phases, month caps.
  const planStart = new Int32Array(P);
  const planEnd = new Int32Array(P);
  const blackout = new Uint8Array(P * H);
  const planHasBlackout = new Uint8Array(P);
  const monthCap = new Float64Array(P * M).fill(-1);
  const phases: { p: number; s: number; e: number; b: number; name: string }[] = [];
  const monthIdx = new Map(monthKey.map((k, i) => [k, i]));
  input.plans.forEach((p, i) => {
    planStart[i] = dayNumber(p.startDate) - base;
    planEnd[i] = dayNumber(p.endDate) - base;
    const ps = planSettings(settings, p.id);
    for (const d of ps.blackoutDates) {
      const x = dayNumber(d) - base;
      if (x >= 0 && x < H) blackout[i * H + x] = planHasBlackout[i] = 1;
    }
    for (const ph of ps.phases) {
      const s = dayNumber(ph.start) - base;
      const e = dayNumber(ph.end) - base;
      phases.push({ p: i, s, e, b: e - Math.floor((e - s + 1) * ph.bufferShare) + 1, name: ph.name });
    }
    for (const [k, cents] of Object.entries(ps.monthCaps)) {
      const m = monthIdx.get(k);
      if (m !== undefined) monthCap[i * M + m] = cents;
    }
  });
  phases.sort((a, b) => a.p - b.p || a.s - b.s);
  const [planPhOff] = csr(
    P,
    phases.map((x) => x.p),
  );

  // Tasks with a lead time.
  const leadTasks = input.tasks.filter(
    (t) => t.leadDays !== null && t.activityId !== null && actIndex.has(t.activityId),
  );
  const T = leadTasks.length;
  const taskAct = new Int32Array(T);
  const taskFixedEnd = new Int32Array(T);
  const taskRelEnd = new Int32Array(T);
  const taskLead = new Int32Array(T);
  leadTasks.forEach((t, k) => {
    taskAct[k] = actIndex.get(t.activityId ?? '') ?? -1;
    taskFixedEnd[k] = t.fixedDate ? dayNumber(t.fixedDate) - base + t.durationDays - 1 : NO_DAY;
    taskRelEnd[k] = (t.offsetDays ?? 0) + t.durationDays - 1;
    taskLead[k] = t.leadDays ?? 0;
  });
  const [actTaskOff, actTasks] = csr(n, taskAct);

  // Precedence pairs naming two live activities.
  const pairs: [number, number, number][] = [];
  for (const p of input.plans) {
    for (const q of planSettings(settings, p.id).precedence) {
      const a = actIndex.get(q.before);
      const b = actIndex.get(q.after);
      if (a !== undefined && b !== undefined && a !== b) pairs.push([a, b, q.minGapDays]);
    }
  }
  const Q = pairs.length;
  const precA = Int32Array.from(pairs, (x) => x[0]);
  const precB = Int32Array.from(pairs, (x) => x[1]);
  const precGap = Int32Array.from(pairs, (x) => x[2]);
  const owners = new Int32Array(2 * Q);
  for (let q = 0; q < Q; q++) {
    owners[2 * q] = precA[q];
    owners[2 * q + 1] = precB[q];
  }
  const [actPrecOff, actPrecItems] = csr(n, owners);
  const actPrecs = actPrecItems.map((k) => k >> 1);

  // Budget lines.
  const lines = input.budgetLines.filter((l) => planIndex.has(l.planId));
  const lineAct = Int32Array.from(lines, (l) => (l.activityId ? (actIndex.get(l.activityId) ?? -1) : -1));
  const linePlan = Int32Array.from(lines, (l) => planIndex.get(l.planId) ?? -1);
  const lineMonth = Int32Array.from(lines, (l) => (l.date ? (monthIdx.get(l.date.slice(0, 7)) ?? -2) : -1));
  const lineCents = Float64Array.from(lines, (l) => l.cents);
  const [actLineOff, actLines] = csr(n, lineAct);

  return {
    input,
    settings,
    weights,
    base,
    H,
    n,
    startMin,
    endMin,
    startDay,
    endDay,
    timed,
    plan,
    rank,
    movable,
    festival,
    backup,
    winLo,
    winHi,
    claimOff,
    claimRes,
    claimQty,
    claimAct,
    segOff,
    segOf,
    R,
    resQty,
    resDaily,
    resPeriod,
    blocked,
    resBlockedAny,
    S,
    segGap,
    segWeekly,
    P,
    planStart,
    planEnd,
    blackout,
    planHasBlackout,
    nonWork,
    preferred,
    festDist,
    festName,
    monthOf,
    M,
    monthKey,
    monthFirst: Int32Array.from(firsts),
    monthLast: Int32Array.from(lasts),
    T,
    taskAct,
    taskFixedEnd,
    taskRelEnd,
    taskLead,
    taskRef: leadTasks.map((t) => ({ id: t.id, title: t.title })),
    actTaskOff,
    actTasks,
    Q,
    precA,
    precB,
    precGap,
    actPrecOff,
    actPrecs,
    phPlan: Int32Array.from(phases, (x) => x.p),
    phStart: Int32Array.from(phases, (x) => x.s),
    phEnd: Int32Array.from(phases, (x) => x.e),
    phBuf: Int32Array.from(phases, (x) => x.b),
    phName: phases.map((x) => x.name),
    planPhOff,
    lineAct,
    linePlan,
    lineMonth,
    lineCents,
    actLineOff,
    actLines,
    monthCap,
    actIndex,
    resIndex,
    segIndex,
    planIndex,
  };
}
