import { isValidDateTime, isValidDay } from '../../../src-shared/model';
import { LIMITS } from '../limits';
import { DAY, type SearchBudget, dayNumber, dayText, expandRule, wallText } from './recur';
import type { Length, RawEvent, Stamp, Zone, Zones } from './vevent';

/**
 * A recurring event's recurrence set (RFC 5545 §3.8.5): DTSTART, every RRULE's dates and every
 * RDATE, less the EXDATEs, with each RECURRENCE-ID override of THIS series (same UID, matched by
 * instant) replacing the occurrence it names; a cancelled override removes it. Then each
 * occurrence in the plan's terms: all-day as inclusive days, timed as plan-zone wall times.
 */
export interface Message {
  zh: string;
  en: string;
}

export interface IcsEvent {
  uid: string;
  /** The occurrence's RECURRENCE-ID (as ical.js writes it) for recurrences, else null. */
  recurrence: string | null;
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  errors: Message[];
  /** Read, but not exactly as written: the planner should look (unknown zone, no end time …). */
  warnings: Message[];
}

export interface SeriesResult {
  events: IcsEvent[];
  /** Cut at LIMITS.maxOccurrences. */
  truncated: boolean;
}

interface Occurrence {
  /** The original start: what a RECURRENCE-ID or EXDATE names. */
  start: Stamp;
  length: Length | null;
  source: RawEvent;
}

/** Nothing past the last year a plan may hold is generated. */
const HORIZON = dayNumber(2201, 1, 1) * DAY;
/** Minutes a timed event without an end is given, so it shows as one slot of the calendar. */
export const NO_END_MINUTES = 30;

export function expandSeries(
  master: RawEvent,
  overrides: readonly RawEvent[],
  zones: Zones,
  budget: SearchBudget,
): SeriesResult {
  const recurring = master.rules.length > 0 || master.rdates.length > 0;
  const byKey = new Map<number, RawEvent>();
  for (const o of overrides) if (o.recurrenceId) byKey.set(keyOf(o.recurrenceId, master, zones), o);

  if (!recurring) {
    const own = byKey.get(keyOf(master.start, master, zones));
    if (own?.cancelled) return { events: [], truncated: false };
    const item = own ?? master;
    return { events: [toEvent(item, item.start, item.length, null, zones, [])], truncated: false };
  }

  const cap = LIMITS.maxOccurrences;
  const seriesWarnings: Message[] = [];
  const found = new Map<number, Occurrence>();
  const add = (start: Stamp, length: Length | null) => {
    const k = keyOf(start, master, zones);
    if (!found.has(k)) found.set(k, { start, length, source: master });
  };
  add(master.start, master.length);
  let ruleDates = 0;
  let bounded = false;
  for (const { rule, until } of master.rules) {
    const pastUntil = untilTest(until, master, zones);
    const x = expandRule(rule, master.start.wall, {
      limit: cap + master.exdates.length + 1,
      pastUntil,
      horizon: HORIZON,
      budget,
    });
    bounded ||= x.bounded;
    ruleDates += x.starts.length;
    for (const wall of x.starts) add({ ...master.start, wall }, master.length);
  }
  for (const r of master.rdates) add(r.start, r.length ?? master.length);

  const excluded = new Set(master.exdates.map((e) => keyOf(e, master, zones)));
  const excludedDays = new Set(master.exdates.filter((e) => e.date).map((e) => Math.floor(e.wall / DAY)));
  const kept = [...found.entries()]
    .filter(([k, o]) => !excluded.has(k) && !(!master.start.date && excludedDays.has(Math.floor(o.start.wall / DAY))))
    .sort((a, b) => a[0] - b[0]);
  const truncated = kept.length > cap;
  const list = kept.slice(0, cap);
  const last = list.length > 0 ? list[list.length - 1][0] : -Infinity;

  if (master.rules.length > 0 && ruleDates === 0 && !bounded) {
    seriesWarnings.push({
      zh: '重复规则没有匹配任何实际日期（例如 2 月 30 日），只导入了开始日期这一次。',
      en: 'The recurrence rule matches no real date (such as 30 February); only the start date is imported.',
    });
  }
  if (bounded) {
    seriesWarnings.push({
      zh: '重复规则查找下一个日期的次数超出上限，已停止：之后的日期没有导入。',
      en: 'Finding the next date of the recurrence rule took too many steps and was stopped; later dates are not imported.',
    });
  }

  const events: IcsEvent[] = [];
  const used = new Set<number>();
  for (const [k, o] of list) {
    const override = byKey.get(k);
    used.add(k);
    if (override?.cancelled) continue;
    const item = override ?? o.source;
    const start = override ? override.start : o.start;
    const length = override ? override.length : o.length;
    events.push(toEvent(item, start, length, recurrenceText(o.start), zones, seriesWarnings));
  }
  // An override of a date the rule no longer yields (the series was edited later) is still an
  // event the organiser placed: it comes in unless it lies beyond the cap.
  for (const [k, o] of byKey) {
    if (used.has(k) || o.cancelled || !o.recurrenceId || (truncated && k > last)) continue;
    events.push(toEvent(o, o.start, o.length, recurrenceText(o.recurrenceId), zones, []));
  }
  return { events, truncated };
}

/** An override whose series is not in the file: an event of its own, keyed as the series would key it. */
export function orphanOverride(o: RawEvent, zones: Zones): IcsEvent | null {
  if (o.cancelled || !o.recurrenceId) return null;
  return toEvent(o, o.start, o.length, recurrenceText(o.recurrenceId), zones, []);
}

/** How occurrences are matched: by day for all-day series, by instant for timed ones. */
function keyOf(s: Stamp, master: RawEvent, zones: Zones): number {
  if (master.start.date) return Math.floor(s.wall / DAY);
  return zones.instant(s.date ? { ...s, date: false, zone: master.start.zone } : s);
}

function untilTest(until: Stamp | null, master: RawEvent, zones: Zones): (wall: number) => boolean {
  if (!until) return () => false;
  // UNTIL as a date includes that whole day.
  if (until.date) return (wall) => Math.floor(wall / DAY) > Math.floor(until.wall / DAY);
  if (master.start.date || until.zone.kind !== 'utc') return (wall) => wall > until.wall;
  const limit = zones.instant(until);
  return (wall) => zones.instant({ ...master.start, wall }) > limit;
}

/** The RECURRENCE-ID as ical.js wrote it before (`2026-03-02`, `2026-03-02T10:00:00`, `…Z`), so ids stay stable. */
function recurrenceText(s: Stamp): string {
  if (s.date) return dayText(s.wall);
  return `${wallText(s.wall, true)}${s.zone.kind === 'utc' ? 'Z' : ''}`;
}

function toEvent(
  item: RawEvent,
  start: Stamp,
  length: Length | null,
  recurrence: string | null,
  zones: Zones,
  shared: readonly Message[],
): IcsEvent {
  const errors: Message[] = [];
  const warnings: Message[] = [...shared, ...zoneWarnings(start.zone, zones.planZone)];
  const title = item.summary.trim().slice(0, 200) || '（无标题）';
  const base = { uid: item.uid, recurrence, title, errors, warnings };
  if (item.backwards) errors.push({ zh: '结束时间早于开始时间。', en: 'The end is before the start.' });
  if (start.date) {
    // DTEND of an all-day event is the day after the last; none means one day (RFC 5545 §3.6.1).
    const days = length ? Math.max(1, length.days) : 1;
    const s = dayText(start.wall);
    const e = dayText(start.wall + (days - 1) * DAY);
    if (!isValidDay(s) || !isValidDay(e)) errors.push(outOfRange());
    return { ...base, allDay: true, start: s, end: e };
  }
  const startMs = zones.planWall(start);
  let endMs: number;
  if (length === null) endMs = startMs;
  else if (length.days === 0) endMs = zones.planWall(start, length.ms);
  else endMs = zones.planWall({ ...start, wall: start.wall + length.days * DAY }, length.ms);
  const s = wallText(Math.floor(startMs / 1000));
  let e = wallText(Math.floor(endMs / 1000));
  if (e <= s && !item.backwards) {
    // RFC 5545: a DATE-TIME start without an end is a moment. An activity needs a length.
    e = wallText(Math.floor(startMs / 1000) + NO_END_MINUTES * 60);
    warnings.push({
      zh: `日历中此事件没有结束时间（只是一个时刻），按 ${NO_END_MINUTES} 分钟导入。`,
      en: `The event has no end time in the calendar (it is a moment); it is imported as ${NO_END_MINUTES} minutes.`,
    });
  }
  if (!isValidDateTime(s) || !isValidDateTime(e)) errors.push(outOfRange());
  return { ...base, allDay: false, start: s, end: e };
}

const outOfRange = (): Message => ({
  zh: '日期超出可用范围（1900–2200 年）。',
  en: 'The date is outside the usable range (1900–2200).',
});

function zoneWarnings(z: Zone, planZone: string): Message[] {
  if (z.kind === 'offset') {
    const sign = z.minutes < 0 ? '-' : '+';
    const a = Math.abs(z.minutes);
    const off = `UTC${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    return [
      {
        zh: `时区“${z.name}”无法识别，按名称中的 ${off} 固定时差换算（不含夏令时）。`,
        en: `The time zone "${z.name}" is not known; times are converted with the ${off} in its name (no daylight saving).`,
      },
    ];
  }
  if (z.kind === 'unknown') {
    return [
      {
        zh: `时区“${z.name}”无法识别，按方案时区（${planZone}）的时间读取，请核对。`,
        en: `The time zone "${z.name}" is not known; times are read as the plan's time zone (${planZone}). Please check them.`,
      },
    ];
  }
  return [];
}
