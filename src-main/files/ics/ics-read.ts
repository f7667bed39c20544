import ICAL from 'ical.js';
import { FileRefused, LIMITS, checkFileSize, refuse } from '../limits';
import { decodeText } from '../table/csv-read';
import { blockFields, parseCalendarText } from './ics-parse';
import { RuleError, type SearchBudget } from './recur';
import { type IcsEvent, type Message, expandSeries, orphanOverride } from './series';
import { BadDate, MissingStart, type RawEvent, Zones, readVevent } from './vevent';

export type { IcsEvent } from './series';

/**
 * Reads an .ics from Outlook, Google or Apple into events in the plan's terms: all-day events
 * as inclusive `YYYY-MM-DD` ranges, timed ones as `YYYY-MM-DDTHH:mm` wall times in the plan's
 * zone (end exclusive). ical.js only parses the text; grouping by UID, recurrence expansion
 * (recur.ts, series.ts) and zone conversion (zones.ts) are ours, because ical.js's Event
 * relates every RECURRENCE-ID in a file to every series and rolls impossible dates over.
 * Runs in the file worker; nothing here can throw anything but FileRefused.
 */
export interface ParsedCalendar {
  calendarName: string;
  timeZone: string;
  events: IcsEvent[];
  truncatedRecurrences: number;
  /** What the planner should know about the file as a whole. */
  notices: Message[];
}

/** Candidates all the file's recurrence rules may examine together (about a second of work at most). */
export const SEARCH_BUDGET = 1_000_000;

export function parseIcs(bytes: Uint8Array, planZone: string): ParsedCalendar {
  checkFileSize(bytes);
  const { text } = decodeText(bytes);
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) notIcs();
  const { root, broken } = parseCalendarText(text);
  try {
    return readCalendar(root, broken, planZone);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    refuse('damaged', '日历文件已损坏，无法读取。', 'The calendar file is damaged and cannot be read.');
  }
}

function notIcs(): never {
  refuse('not_ics', '这不是 iCalendar（.ics）日历文件。', 'This is not an iCalendar (.ics) file.');
}

function tooMany(): never {
  refuse(
    'too_many_rows',
    `日历中的事件过多（上限 ${LIMITS.maxRows} 个）。`,
    `The calendar holds too many events (the limit is ${LIMITS.maxRows}).`,
  );
}

function readCalendar(root: ICAL.Component, broken: readonly string[], planZone: string): ParsedCalendar {
  if (root.name !== 'vcalendar') notIcs();
  const defined = new Map<string, ICAL.Timezone>();
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    try {
      const id: unknown = tz.getFirstPropertyValue('tzid');
      if (typeof id === 'string') defined.set(id, new ICAL.Timezone(tz));
    } catch {
      // A broken VTIMEZONE: its TZID is resolved by name instead (zones.ts).
    }
  }
  const vevents = root.getAllSubcomponents('vevent');
  if (vevents.length + broken.length > LIMITS.maxRows) tooMany();
  const zones = new Zones(planZone, defined);
  const notices: Message[] = [];

  const masters = new Map<string, RawEvent>();
  const overrides = new Map<string, Map<number, RawEvent>>();
  const out: IcsEvent[] = [];
  const unreadableAt: { index: number; event: IcsEvent }[] = [];
  let duplicateMasters = 0;
  let cancelled = 0;
  vevents.forEach((v, index) => {
    let raw: RawEvent;
    try {
      raw = readVevent(v, zones);
    } catch (error) {
      unreadableAt.push({ index, event: unreadable(v, error) });
      return;
    }
    if (raw.recurrenceId) {
      // Per series, per occurrence: a later SEQUENCE replaces an earlier one (RFC 5546 §2.1.5).
      const forSeries = overrides.get(raw.uid) ?? new Map<number, RawEvent>();
      const key = zones.instant(raw.recurrenceId);
      const before = forSeries.get(key);
      if (!before || raw.sequence >= before.sequence) forSeries.set(key, raw);
      overrides.set(raw.uid, forSeries);
      return;
    }
    const before = masters.get(raw.uid);
    if (before) {
      duplicateMasters += 1;
      if (raw.sequence < before.sequence) return;
    }
    masters.set(raw.uid, raw);
  });

  const budget: SearchBudget = { periods: SEARCH_BUDGET };
  let truncated = 0;
  for (const [uid, master] of masters) {
    if (master.cancelled) {
      cancelled += 1;
      continue;
    }
    const own = [...(overrides.get(uid)?.values() ?? [])];
    overrides.delete(uid);
    const series = expandSeries(master, own, zones, budget);
    if (series.truncated) truncated += 1;
    for (const e of series.events) {
      out.push(e);
      if (out.length > LIMITS.maxRows) tooMany();
    }
  }
  // Overrides whose series the file does not hold (Google exports a single invited occurrence so).
  for (const forSeries of overrides.values()) {
    for (const o of forSeries.values()) {
      const e = orphanOverride(o, zones);
      if (e) out.push(e);
    }
  }
  for (const u of unreadableAt) out.push(u.event);
  for (const block of broken) out.push(unreadableBlock(block));
  if (out.length > LIMITS.maxRows) tooMany();

  if (duplicateMasters > 0) {
    notices.push({
      zh: `${duplicateMasters} 个事件与另一个事件的 UID 相同，只保留了版本（SEQUENCE）最新的一个。`,
      en: `${duplicateMasters} events share their UID with another; only the latest version (SEQUENCE) of each is kept.`,
    });
  }
  if (cancelled > 0) {
    notices.push({
      zh: `${cancelled} 个已取消的事件（STATUS:CANCELLED）没有导入。`,
      en: `${cancelled} cancelled events (STATUS:CANCELLED) are not imported.`,
    });
  }
  const name: unknown = root.getFirstPropertyValue('x-wr-calname');
  return {
    calendarName: typeof name === 'string' ? name.slice(0, 200) : '',
    timeZone: planZone,
    events: out,
    truncatedRecurrences: truncated,
    notices,
  };
}

function unreadableBlock(block: string): IcsEvent {
  const { uid, title } = blockFields(block);
  return {
    uid: uid || 'unreadable',
    recurrence: null,
    title: title || '（无法读取）',
    allDay: true,
    start: '',
    end: '',
    errors: [MALFORMED],
    warnings: [],
  };
}

const MALFORMED: Message = {
  zh: '事件的日期、时长或重复规则格式有误，无法读取。',
  en: 'A date, duration or recurrence rule of the event is malformed and cannot be read.',
};

/** An event we could not read, listed (and skipped on apply) with why, in the planner's words. */
function unreadable(v: ICAL.Component, error: unknown): IcsEvent {
  let uid = '';
  let title = '';
  try {
    const u: unknown = v.getFirstPropertyValue('uid');
    const s: unknown = v.getFirstPropertyValue('summary');
    uid = typeof u === 'string' ? u.slice(0, 500) : '';
    title = typeof s === 'string' ? s.trim().slice(0, 200) : '';
  } catch {
    // The fields themselves are unreadable: the event is listed without them.
  }
  const why: Message =
    error instanceof MissingStart
      ? { zh: '事件没有开始时间（DTSTART）。', en: 'The event has no start time (DTSTART).' }
      : error instanceof BadDate
        ? {
            zh: '事件的日期或时间不存在（例如 2 月 30 日）。',
            en: 'A date or time of the event does not exist (such as 30 February).',
          }
        : error instanceof RuleError
          ? {
              zh: `事件的重复规则（RRULE）无法识别：${error.message} 的值有误。`,
              en: `The event's recurrence rule (RRULE) cannot be read: its ${error.message} value is wrong.`,
            }
          : MALFORMED;
  return {
    uid: uid || 'unreadable',
    recurrence: null,
    title: title || '（无法读取）',
    allDay: true,
    start: '',
    end: '',
    errors: [why],
    warnings: [],
  };
}
