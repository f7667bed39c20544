import ICAL from 'ical.js';
import { addDays, isValidDateTime, isValidDay } from '../../../src-shared/model';
import { FileRefused, LIMITS, checkFileSize, refuse } from '../limits';
import { decodeText } from '../table/csv-read';
import { resolveZone, utcToWall, wallToUtc } from './zones';

/**
 * Reads an .ics from Outlook, Google or Apple into events in the plan's terms: all-day events
 * as inclusive `YYYY-MM-DD` ranges, timed ones as `YYYY-MM-DDTHH:mm` wall times in the plan's
 * zone (end exclusive). Recurring events are expanded, up to LIMITS.maxOccurrences each, with
 * their exceptions (RECURRENCE-ID, EXDATE) applied. Runs in the file worker.
 */
export interface IcsEvent {
  uid: string;
  /** The occurrence's RECURRENCE-ID for expanded recurrences, else null. */
  recurrence: string | null;
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  errors: { zh: string; en: string }[];
}
export interface ParsedCalendar {
  calendarName: string;
  timeZone: string;
  events: IcsEvent[];
  truncatedRecurrences: number;
}

export function parseIcs(bytes: Uint8Array, planZone: string): ParsedCalendar {
  checkFileSize(bytes);
  const { text } = decodeText(bytes);
  if (!/^\s*BEGIN:VCALENDAR/i.test(text))
    refuse('not_ics', '这不是 iCalendar（.ics）文件。', 'This is not an iCalendar (.ics) file.');
  // ical.js reads lazily and may throw anything on malformed input: all of it becomes a refusal.
  try {
    return readCalendar(new ICAL.Component(ICAL.parse(text) as unknown[]), planZone);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    refuse('damaged', `日历文件已损坏（${detail}）。`, `The calendar file is damaged (${detail}).`);
  }
}

function readCalendar(root: ICAL.Component, planZone: string): ParsedCalendar {
  if (root.name !== 'vcalendar')
    refuse('not_ics', '这不是 iCalendar（.ics）文件。', 'This is not an iCalendar (.ics) file.');
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(tz);
    } catch {
      // A broken VTIMEZONE: its TZID is resolved by name instead (zones.ts).
    }
  }
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length > LIMITS.maxRows)
    refuse('too_many_rows', '日历中的事件过多。', 'The calendar holds too many events.');

  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  for (const v of vevents) {
    const e = new ICAL.Event(v);
    if (v.hasProperty('recurrence-id')) exceptions.push(e);
    else masters.set(e.uid || crypto.randomUUID(), e);
  }
  for (const ex of exceptions) masters.get(ex.uid)?.relateException(ex);

  const events: IcsEvent[] = [];
  let truncated = 0;
  for (const [uid, e] of masters) {
    // ical.js reads values lazily, so a malformed DTSTART or RRULE throws here, not in parse:
    // that event is listed as unreadable and the rest of the calendar still comes in.
    try {
      truncated += expand(uid, e, planZone, events);
    } catch (error) {
      if (error instanceof FileRefused) throw error;
      events.push(unreadable(uid, error));
    }
  }
  const name = root.getFirstPropertyValue('x-wr-calname');
  return {
    calendarName: typeof name === 'string' ? name.slice(0, 200) : '',
    timeZone: planZone,
    events,
    truncatedRecurrences: truncated,
  };
}

/** Appends the event (or its occurrences) to `out`; answers 1 when a recurrence was cut at the cap. */
function expand(uid: string, e: ICAL.Event, planZone: string, out: IcsEvent[]): number {
  if (!e.startDate) return 0;
  if (!e.isRecurring()) {
    out.push(toEvent(uid, null, e, e.startDate, e.endDate, planZone));
    return 0;
  }
  const it = e.iterator();
  let n = 0;
  for (let next = it.next(); next; next = it.next()) {
    if (++n > LIMITS.maxOccurrences) return 1;
    const d = e.getOccurrenceDetails(next);
    out.push(toEvent(uid, d.recurrenceId.toString(), d.item, d.startDate, d.endDate, planZone));
    if (out.length > LIMITS.maxRows)
      refuse('too_many_rows', '日历中的事件过多。', 'The calendar holds too many events.');
  }
  return 0;
}

function unreadable(uid: string, error: unknown): IcsEvent {
  const detail = error instanceof Error ? error.message.slice(0, 100) : '';
  return {
    uid: uid.slice(0, 500),
    recurrence: null,
    title: '（无法读取）',
    allDay: true,
    start: '',
    end: '',
    errors: [{ zh: `无法读取此事件：${detail}`, en: `This event could not be read: ${detail}` }],
  };
}

function toEvent(
  uid: string,
  recurrence: string | null,
  item: ICAL.Event,
  start: ICAL.Time,
  end: ICAL.Time | null,
  zone: string,
): IcsEvent {
  const errors: IcsEvent['errors'] = [];
  const title = (item.summary ?? '').trim().slice(0, 200) || '（无标题）';
  const base = { uid: uid.slice(0, 500), recurrence, title, errors };
  if (start.isDate) {
    const s = dayOf(start);
    // DTEND of an all-day event is the day after the last; no DTEND means one day (RFC 5545 §3.6.1).
    const e = end && end.isDate ? addDays(dayOf(end), -1) : s;
    const last = e < s ? s : e;
    if (!isValidDay(s) || !isValidDay(last)) errors.push({ zh: '日期超出范围', en: 'Date out of range' });
    return { ...base, allDay: true, start: s, end: last };
  }
  const tzOf = (name: string) => item.component.getFirstProperty(name)?.getParameter('tzid');
  const startTz = tzOf('dtstart');
  const s = toWall(start, startTz, zone);
  const e = end ? toWall(end, tzOf('dtend') ?? startTz, zone) : s;
  if (!isValidDateTime(s) || !isValidDateTime(e)) errors.push({ zh: '日期超出范围', en: 'Date out of range' });
  else if (e <= s) errors.push({ zh: '结束时间不晚于开始时间', en: 'The end is not after the start' });
  return { ...base, allDay: false, start: s, end: e };
}

function dayOf(t: ICAL.Time): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${String(t.year).padStart(4, '0')}-${p(t.month)}-${p(t.day)}`;
}

/** The plan-zone wall time of a DATE-TIME: UTC, a resolvable TZID, a VTIMEZONE ical.js knows, or floating. */
function toWall(t: ICAL.Time, tzParam: string | string[] | undefined, zone: string): string {
  if (t.zone === ICAL.Timezone.utcTimezone) return utcToWall(t.toUnixTime() * 1000, zone);
  // The TZID as written: ical.js drops it when the file has no VTIMEZONE for it.
  const tzid = (Array.isArray(tzParam) ? tzParam[0] : tzParam) ?? t.zone?.tzid ?? '';
  const iana = resolveZone(tzid);
  if (iana) return utcToWall(wallToUtc(t.year, t.month, t.day, t.hour, t.minute, iana), zone);
  const own = t.zone && t.zone !== ICAL.Timezone.localTimezone && t.zone.tzid !== 'floating';
  if (own) return utcToWall(t.toUnixTime() * 1000, zone);
  // Floating time: the planner's own wall clock.
  return `${dayOf(t)}T${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}
