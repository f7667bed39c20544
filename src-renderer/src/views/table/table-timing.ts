import { type Activity, dayFromNumber, dayNumber, isValidDateTime, isValidDay } from '../../../../src-shared/model';

export interface Timing {
  start: string;
  end: string;
}

/** A typed date, "2027-03-08", "2027/3/8" or with a time "2027-03-08 14:00"; null when it is none. */
export function parseTyped(text: string): { day: string; time: string | null } | null {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const day = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  if (!isValidDay(day)) return null;
  const time = m[4] === undefined ? null : `${m[4].padStart(2, '0')}:${m[5]}`;
  if (time !== null && !isValidDateTime(`${day}T${time}`)) return null;
  return { day, time };
}

const MINUTES = 24 * 60;
const minuteOf = (v: string) =>
  dayNumber(v) * MINUTES + (v.length > 10 ? Number(v.slice(11, 13)) * 60 + Number(v.slice(14, 16)) : 0);
const pad = (n: number) => String(n).padStart(2, '0');
const dateTimeOf = (min: number) =>
  `${dayFromNumber(Math.floor(min / MINUTES))}T${pad(Math.floor((min % MINUTES) / 60))}:${pad(min % 60)}`;

/**
 * The timing after a planner typed into the start cell (a move: the length is kept, as when
 * dragging) or the end cell (a resize: the start stays). A time is only read for timed
 * activities; without one they keep their times of day. Null when the text is not a date.
 */
export function editedTiming(
  a: Pick<Activity, 'allDay' | 'start' | 'end'>,
  edge: 'start' | 'end',
  text: string,
): Timing | null {
  const typed = parseTyped(text);
  if (!typed) return null;
  if (a.allDay)
    return edge === 'start'
      ? shiftBy(a, dayNumber(typed.day) - dayNumber(a.start))
      : { start: a.start, end: typed.day };
  const old = edge === 'start' ? a.start : a.end;
  const at = minuteOf(`${typed.day}T${typed.time ?? old.slice(11, 16)}`);
  if (edge === 'end') return { start: a.start, end: dateTimeOf(at) };
  const delta = at - minuteOf(a.start);
  return { start: dateTimeOf(minuteOf(a.start) + delta), end: dateTimeOf(minuteOf(a.end) + delta) };
}

function shiftBy(a: Pick<Activity, 'start' | 'end'>, days: number): Timing {
  const move = (v: string) => dayFromNumber(dayNumber(v) + days) + v.slice(10);
  return { start: move(a.start), end: move(a.end) };
}
