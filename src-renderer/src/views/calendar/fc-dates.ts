import { type Activity, addDays, dayNumber } from '../../../../src-shared/model';

/**
 * FullCalendar hands us local Date objects, and its all-day end is exclusive; ours is inclusive.
 * These helpers are the one edge where the two meet (docs/architecture.md: convert only at the edges).
 */
const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isoDateTime(d: Date): string {
  return `${isoDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Our start/end for an event FullCalendar has placed, in the form the activity's allDay says. */
export function timingFromCalendar(allDay: boolean, start: Date, end: Date | null): { start: string; end: string } {
  if (allDay) {
    const s = isoDay(start);
    return { start: s, end: end ? addDays(isoDay(end), -1) : s };
  }
  const s = isoDateTime(start);
  return { start: s, end: end ? isoDateTime(end) : s };
}

/** The activity moved by whole days, keeping its length and its times of day. */
export function shiftTiming(a: Pick<Activity, 'start' | 'end'>, days: number): { start: string; end: string } {
  const move = (v: string) => addDays(v.slice(0, 10), days) + v.slice(10);
  return { start: move(a.start), end: move(a.end) };
}

/** The activity moved so that it starts on `day`. */
export function timingOnDay(a: Pick<Activity, 'start' | 'end'>, day: string): { start: string; end: string } {
  return shiftTiming(a, dayNumber(day) - dayNumber(a.start));
}

/** Where FullCalendar would put a dragged or resized event (its eventAllow `dropInfo`: end exclusive). */
export interface FcRange {
  start: Date;
  end: Date;
  allDay: boolean;
}

/**
 * The start and end a timed activity would get from FullCalendar's target in the time grid,
 * minutes and all (what onDrop/onResize will then store); null when the target is all-day (the
 * all-day row), where the day under the pointer decides.
 */
export function timedDropTiming(range: FcRange): { start: string; end: string } | null {
  return range.allDay ? null : timingFromCalendar(false, range.start, range.end);
}

/**
 * Why FullCalendar's target is refused for an activity: in the week view an all-day activity
 * dragged into the time grid (or a timed one onto the all-day row) would change its kind, which
 * is the form's job; a drop there is refused (eventAllow false) and the preview says why. Null
 * when the target keeps the activity's kind (every move in the month view, every resize).
 */
export type RefusedDrop = 'toTimeGrid' | 'toAllDayRow';
export function refusedDrop(activityAllDay: boolean, targetAllDay: boolean): RefusedDrop | null {
  if (activityAllDay === targetAllDay) return null;
  return activityAllDay ? 'toTimeGrid' : 'toAllDayRow';
}

/**
 * The dates of an event FullCalendar has placed, for its hover title: one day, a day with its
 * times, or a span (`range` words "from … to …" in the UI language). All-day ends are inclusive.
 */
export function eventDates(
  allDay: boolean,
  start: Date,
  end: Date | null,
  range: (from: string, to: string) => string,
): string {
  const t = timingFromCalendar(allDay, start, end);
  if (t.start === t.end) return t.start.replace('T', ' ');
  if (!allDay && t.start.slice(0, 10) === t.end.slice(0, 10)) return `${t.start.replace('T', ' ')}–${t.end.slice(11)}`;
  return range(t.start.replace('T', ' '), t.end.replace('T', ' '));
}
