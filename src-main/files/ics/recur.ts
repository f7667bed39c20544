/**
 * RRULE expansion (RFC 5545 §3.3.10 and §3.8.5.3), written here rather than borrowed from
 * ical.js because its iterator rolls impossible dates over (BYMONTHDAY=30 in February became
 * 1 or 2 March) and has no bound we control. Expansion runs in the wall-clock time of the
 * event's DTSTART, as "floating seconds" (seconds since 1970-01-01T00:00 read as UTC): the
 * caller converts each start to an instant with the event's zone, so DST never shifts a rule.
 *
 * Dates a rule names that do not exist (30 February, the fifth Monday of a four-Monday month)
 * are skipped, never moved. The search is bounded twice: by a horizon (the last year a plan
 * may hold) and by a number of periods examined, shared by the whole file, so a rule that
 * matches nothing (or almost nothing) ends quickly and says so.
 */
import { civilFromDays, daysFromCivil } from '../../../src-shared/model/dates';

export const FREQS = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Freq = (typeof FREQS)[number];

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  /** Week start, 0 = Monday … 6 = Sunday. */
  wkst: number;
  byMonth: number[];
  byWeekNo: number[];
  byYearDay: number[];
  byMonthDay: number[];
  /** Weekday 0 = Monday … 6 = Sunday; nth 0 = every such weekday in the period. */
  byDay: { weekday: number; nth: number }[];
  byHour: number[];
  byMinute: number[];
  bySecond: number[];
  bySetPos: number[];
}

/**
 * Work the file's rules may do between them, in candidates examined (a day of a yearly rule's
 * year, a time of day of a day, an hour of an hourly rule): shared, so neither one hostile rule
 * nor fifty thousand ordinary ones can run long.
 */
export interface SearchBudget {
  periods: number;
}

export interface ExpandOptions {
  /** Stop after this many occurrences (the caller asks for one more than it keeps, to know it was cut). */
  limit: number;
  /** True once an occurrence is past the rule's UNTIL (the caller knows the UNTIL's zone). */
  pastUntil: (wall: number) => boolean;
  /** First floating second beyond which nothing is generated. */
  horizon: number;
  budget: SearchBudget;
}

export interface Expansion {
  starts: number[];
  /** The search ran out of budget before the rule ended. */
  bounded: boolean;
}

export class RuleError extends Error {}

export const DAY = 86_400;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface Civil {
  y: number;
  m: number;
  d: number;
  /** 0 = Monday … 6 = Sunday. */
  wd: number;
}

/** Day number → civil date with its weekday; called once per candidate day. */
export function civil(day: number): Civil {
  // Day 0 (1970-01-01) was a Thursday.
  return { ...civilFromDays(day), wd: ((((day % 7) + 7) % 7) + 3) % 7 };
}

/** Civil date → day number; unlike Date.UTC it reads years 0–99 as written. */
export const dayNumber = daysFromCivil;
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const monthLength = (y: number, m: number) =>
  dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);

/** The rule's parts as ical.js parsed them (ICAL.Recur): checked here, since a bad value must not throw later. */
export function ruleFrom(r: {
  freq: string | null;
  interval: number;
  count: number | null;
  wkst: number;
  getComponent(part: string): unknown[];
}): Rule {
  const freq = FREQS.find((f) => f === r.freq);
  if (!freq) throw new RuleError('FREQ');
  const ints = (part: string, min: number, max: number, signed: boolean): number[] => {
    const out: number[] = [];
    for (const v of r.getComponent(part)) {
      const n = typeof v === 'number' ? v : Number(String(v));
      const ok = Number.isInteger(n) && Math.abs(n) >= min && Math.abs(n) <= max && (signed || n >= 0);
      if (!ok || (n === 0 && min > 0)) throw new RuleError(part);
      out.push(n);
    }
    return out;
  };
  const byDay = r.getComponent('BYDAY').map((v) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(String(v).trim().toUpperCase());
    const nth = m?.[1] ? Number(m[1]) : 0;
    if (!m || Math.abs(nth) > 53) throw new RuleError('BYDAY');
    return { weekday: WEEKDAYS.indexOf(m[2]), nth };
  });
  const interval = Number.isInteger(r.interval) && r.interval >= 1 ? r.interval : 1;
  const count = r.count === null || r.count === undefined ? null : Math.max(0, Math.floor(Number(r.count)) || 0);
  // ical.js numbers weekdays 1 = Sunday … 7 = Saturday.
  const wkst = Number.isInteger(r.wkst) && r.wkst >= 1 && r.wkst <= 7 ? (r.wkst + 5) % 7 : 0;
  return {
    freq,
    interval,
    count,
    wkst,
    byMonth: ints('BYMONTH', 1, 12, false),
    byWeekNo: ints('BYWEEKNO', 1, 53, true),
    byYearDay: ints('BYYEARDAY', 1, 366, true),
    byMonthDay: ints('BYMONTHDAY', 1, 31, true),
    byDay,
    byHour: ints('BYHOUR', 0, 23, false),
    byMinute: ints('BYMINUTE', 0, 59, false),
    bySecond: ints('BYSECOND', 0, 60, false),
    bySetPos: ints('BYSETPOS', 1, 366, true),
  };
}

/**
 * RFC 5545: parts the rule leaves out come from DTSTART (a yearly rule repeats DTSTART's month
 * and day, a weekly one its weekday, every rule coarser than hourly its time of day).
 */
function withDefaults(r: Rule, start: number): Rule {
  const c = civil(Math.floor(start / DAY));
  const secs = ((start % DAY) + DAY) % DAY;
  const out = { ...r };
  const dayParts = r.byWeekNo.length + r.byYearDay.length + r.byMonthDay.length + r.byDay.length;
  if (dayParts === 0) {
    if (r.freq === 'YEARLY') {
      if (r.byMonth.length === 0) out.byMonth = [c.m];
      out.byMonthDay = [c.d];
    } else if (r.freq === 'MONTHLY') out.byMonthDay = [c.d];
    else if (r.freq === 'WEEKLY') out.byDay = [{ weekday: c.wd, nth: 0 }];
  } else if (
    r.freq === 'YEARLY' &&
    r.byWeekNo.length > 0 &&
    r.byDay.length === 0 &&
    r.byYearDay.length + r.byMonthDay.length === 0
  ) {
    out.byDay = [{ weekday: c.wd, nth: 0 }];
  }
  const coarse = (f: Freq) => FREQS.indexOf(r.freq) > FREQS.indexOf(f);
  if (r.byHour.length === 0 && coarse('HOURLY')) out.byHour = [Math.floor(secs / 3600)];
  if (r.byMinute.length === 0 && coarse('MINUTELY')) out.byMinute = [Math.floor((secs % 3600) / 60)];
  if (r.bySecond.length === 0 && coarse('SECONDLY')) out.bySecond = [secs % 60];
  // A leap second (60) has no place in floating seconds: it is the next minute's 0.
  out.bySecond = out.bySecond.map((s) => Math.min(s, 59));
  return out;
}

/** Week number (and the number of weeks of its week-year) with weeks starting on `wkst`; week 1 holds ≥ 4 days of January. */
function weekOf(day: number, wkst: number): { week: number; weeks: number } {
  const firstWeek = (y: number) => {
    const jan1 = dayNumber(y, 1, 1);
    const off = (civil(jan1).wd - wkst + 7) % 7;
    return off <= 3 ? jan1 - off : jan1 + 7 - off;
  };
  let y = civil(day).y;
  if (day >= firstWeek(y + 1)) y += 1;
  else if (day < firstWeek(y)) y -= 1;
  const start = firstWeek(y);
  return { week: Math.floor((day - start) / 7) + 1, weeks: (firstWeek(y + 1) - start) / 7 };
}

const matchesSigned = (list: number[], value: number, size: number) =>
  list.some((n) => (n > 0 ? n === value : size + n + 1 === value));

/** Does a day pass the rule's day-level parts? Ordinals in BYDAY count within the month or the year. */
function dayMatches(day: number, r: Rule): boolean {
  const c = civil(day);
  if (r.byMonth.length > 0 && !r.byMonth.includes(c.m)) return false;
  const dim = monthLength(c.y, c.m);
  if (r.byMonthDay.length > 0 && !matchesSigned(r.byMonthDay, c.d, dim)) return false;
  const yearDay = day - dayNumber(c.y, 1, 1) + 1;
  const yearLength = isLeap(c.y) ? 366 : 365;
  if (r.byYearDay.length > 0 && !matchesSigned(r.byYearDay, yearDay, yearLength)) return false;
  if (r.byWeekNo.length > 0) {
    const w = weekOf(day, r.wkst);
    if (!matchesSigned(r.byWeekNo, w.week, w.weeks)) return false;
  }
  if (r.byDay.length > 0) {
    // RFC 5545: ordinals only mean something in MONTHLY and YEARLY rules (not with BYWEEKNO).
    const ordinal = (r.freq === 'MONTHLY' || r.freq === 'YEARLY') && r.byWeekNo.length === 0;
    const inMonth = r.freq === 'MONTHLY' || r.byMonth.length > 0;
    const ok = r.byDay.some((b) => {
      if (b.weekday !== c.wd) return false;
      if (!ordinal || b.nth === 0) return true;
      const pos = inMonth ? c.d : yearDay;
      const size = inMonth ? dim : yearLength;
      return b.nth > 0 ? Math.floor((pos - 1) / 7) + 1 === b.nth : Math.floor((size - pos) / 7) + 1 === -b.nth;
    });
    if (!ok) return false;
  }
  return true;
}

/**
 * The days of a month a rule can match: its BYMONTHDAYs straight away when it has them (a day must
 * be one of them anyway), else every day. dayMatches still checks each against the whole rule.
 */
function monthCandidates(r: Rule, y: number, m: number): number[] {
  if (r.byMonthDay.length === 0) return daysOfMonth(y, m);
  const length = monthLength(y, m);
  const first = dayNumber(y, m, 1);
  const days = r.byMonthDay.map((n) => (n > 0 ? n : length + n + 1)).filter((d) => d >= 1 && d <= length);
  return [...new Set(days)].sort((a, b) => a - b).map((d) => first + d - 1);
}

/** The days of a year a rule can match: its BYYEARDAYs, else its months' candidates, else the whole year. */
function yearCandidates(r: Rule, y: number): number[] {
  const first = dayNumber(y, 1, 1);
  const length = isLeap(y) ? 366 : 365;
  if (r.byYearDay.length > 0) {
    const days = r.byYearDay.map((n) => (n > 0 ? n : length + n + 1)).filter((d) => d >= 1 && d <= length);
    return [...new Set(days)].sort((a, b) => a - b).map((d) => first + d - 1);
  }
  // Week numbers cross month and year boundaries: those rules look at every day.
  if (r.byWeekNo.length > 0) return daysOfMonth(y, 1, length);
  const months = r.byMonth.length > 0 ? [...r.byMonth].sort((a, b) => a - b) : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return months.flatMap((m) => monthCandidates(r, y, m));
}

function daysOfMonth(y: number, m: number, length = monthLength(y, m)): number[] {
  const from = dayNumber(y, m, 1);
  return Array.from({ length }, (_, i) => from + i);
}

function times(r: Rule): number[] {
  const out: number[] = [];
  for (const h of r.byHour) for (const m of r.byMinute) for (const s of r.bySecond) out.push(h * 3600 + m * 60 + s);
  return [...new Set(out)].sort((a, b) => a - b);
}

function setPos(candidates: number[], positions: number[]): number[] {
  if (positions.length === 0) return candidates;
  const n = candidates.length;
  const picked = positions.map((p) => (p > 0 ? candidates[p - 1] : candidates[n + p])).filter((v) => v !== undefined);
  return [...new Set(picked)].sort((a, b) => a - b);
}

const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** BYMONTH and BYMONTHDAY that never meet (30 February, 31 April): no search needed to know it. */
function neverMatches(r: Rule): boolean {
  if (r.byMonthDay.length === 0) return false;
  const months = r.byMonth.length > 0 ? r.byMonth : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  return !months.some((m) => r.byMonthDay.some((n) => Math.abs(n) <= LONGEST_MONTH[m - 1]));
}

/** The occurrences of one RRULE from DTSTART (floating seconds), in order. */
export function expandRule(rule: Rule, start: number, opts: ExpandOptions): Expansion {
  const r = withDefaults(rule, start);
  const starts: number[] = [];
  if (neverMatches(r)) return { starts, bounded: false };
  const limit = r.count === null ? opts.limit : Math.min(opts.limit, r.count);
  let produced = 0;
  /** Answers false when the expansion is over. */
  const emit = (candidates: number[]): boolean => {
    for (const t of candidates) {
      if (t < start) continue;
      if (t > opts.horizon || opts.pastUntil(t) || produced >= limit) return false;
      produced += 1;
      starts.push(t);
    }
    return produced < limit;
  };
  /** Charges the work about to be done (candidate days × times of day) to the file's budget first. */
  const spend = (cost = 1): boolean => (opts.budget.periods -= cost) >= 0;

  if (FREQS.indexOf(r.freq) >= FREQS.indexOf('DAILY')) {
    const timeSet = times(r);
    const first = civil(Math.floor(start / DAY));
    const startDay = Math.floor(start / DAY);
    for (let k = 0; ; k++) {
      let days: number[];
      /** The period's first day: what the horizon is judged by, even when no day of it can match. */
      let periodStart: number;
      if (r.freq === 'DAILY') {
        periodStart = startDay + k * r.interval;
        days = [periodStart];
      } else if (r.freq === 'WEEKLY') {
        periodStart = startDay - ((first.wd - r.wkst + 7) % 7) + 7 * k * r.interval;
        days = [0, 1, 2, 3, 4, 5, 6].map((i) => periodStart + i);
      } else if (r.freq === 'MONTHLY') {
        const index = first.y * 12 + first.m - 1 + k * r.interval;
        const y = Math.floor(index / 12);
        const m = (index % 12) + 1;
        periodStart = dayNumber(y, m, 1);
        days = r.byMonth.length === 0 || r.byMonth.includes(m) ? monthCandidates(r, y, m) : [];
      } else {
        const y = first.y + k * r.interval;
        periodStart = dayNumber(y, 1, 1);
        days = yearCandidates(r, y);
      }
      if (periodStart * DAY > opts.horizon) return { starts, bounded: false };
      // Every period costs at least one, so a rule whose periods are all empty still runs out; a
      // week number costs more to work out than the other parts.
      const cost = days.length * Math.max(1, timeSet.length) * (r.byWeekNo.length > 0 ? 4 : 1);
      if (!spend(Math.max(1, cost))) return { starts, bounded: true };
      const candidates: number[] = [];
      for (const d of days) if (dayMatches(d, r)) for (const t of timeSet) candidates.push(d * DAY + t);
      if (!emit(setPos(candidates, r.bySetPos))) return { starts, bounded: false };
    }
  }

  // HOURLY, MINUTELY, SECONDLY: periods of `step` seconds aligned on DTSTART; a period whose day,
  // hour or minute the rule excludes jumps to the first period of the next one.
  const unit = r.freq === 'HOURLY' ? 3600 : r.freq === 'MINUTELY' ? 60 : 1;
  const step = unit * r.interval;
  const skipTo = (p: number, boundary: number) => p + Math.max(1, Math.ceil((boundary - p) / step)) * step;
  for (let p = start - (((start % unit) + unit) % unit); ;) {
    if (!spend()) return { starts, bounded: true };
    if (p > opts.horizon) return { starts, bounded: false };
    const day = Math.floor(p / DAY);
    const secs = p - day * DAY;
    if (!dayMatches(day, r)) {
      p = skipTo(p, (day + 1) * DAY);
      continue;
    }
    const hour = Math.floor(secs / 3600);
    if (r.byHour.length > 0 && !r.byHour.includes(hour)) {
      p = skipTo(p, day * DAY + (hour + 1) * 3600);
      continue;
    }
    const minute = Math.floor((secs % 3600) / 60);
    if (unit <= 60 && r.byMinute.length > 0 && !r.byMinute.includes(minute)) {
      p = skipTo(p, day * DAY + hour * 3600 + (minute + 1) * 60);
      continue;
    }
    let candidates: number[];
    if (!spend(unit === 3600 ? r.byMinute.length * r.bySecond.length : r.bySecond.length))
      return { starts, bounded: true };
    if (unit === 3600) candidates = times({ ...r, byHour: [0] }).map((t) => p + t);
    else if (unit === 60) candidates = [...new Set(r.bySecond)].sort((a, b) => a - b).map((s) => p + s);
    else candidates = r.bySecond.length === 0 || r.bySecond.includes(secs % 60) ? [p] : [];
    if (!emit(setPos(candidates, r.bySetPos))) return { starts, bounded: false };
    p += step;
  }
}

/** `YYYY-MM-DD` of a floating second. */
export function dayText(wall: number): string {
  const c = civil(Math.floor(wall / DAY));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(c.y).padStart(4, '0')}-${p(c.m)}-${p(c.d)}`;
}

/** `YYYY-MM-DDTHH:mm` (or with `:ss`) of a floating second. */
export function wallText(wall: number, seconds = false): string {
  const s = ((wall % DAY) + DAY) % DAY;
  const p = (n: number) => String(n).padStart(2, '0');
  const hm = `${dayText(wall)}T${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}`;
  return seconds ? `${hm}:${p(s % 60)}` : hm;
}
