import { utcToWall } from './zones';

/**
 * A VTIMEZONE for the plan's zone, built from the platform's zone data: the offset in force at
 * the start of the years exported, then one block per transition in those years (none for
 * Asia/Shanghai since 1991), which every client reads without RRULE interpretation.
 */
const HOUR = 3_600_000;

export function offsetMinutes(ms: number, zone: string): number {
  const wall = utcToWall(ms, zone);
  const asUtc = Date.UTC(
    +wall.slice(0, 4),
    +wall.slice(5, 7) - 1,
    +wall.slice(8, 10),
    +wall.slice(11, 13),
    +wall.slice(14, 16),
  );
  return Math.round((asUtc - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const transitions: { at: number; from: number; to: number }[] = [];
  let prev = offsetMinutes(start, zone);
  // Daily steps find each change; a binary search pins it to the minute.
  for (let t = start + 24 * HOUR; t <= end; t += 24 * HOUR) {
    const cur = offsetMinutes(t, zone);
    if (cur !== prev) {
      let lo = t - 24 * HOUR;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(mid, zone) === prev) lo = mid;
        else hi = mid;
      }
      transitions.push({ at: hi, from: prev, to: cur });
      prev = cur;
    }
  }
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // The offset in force before the first transition, from an early date, so times before it
  // (January in a northern DST zone) have an observance too.
  const initial = offsetMinutes(start, zone);
  const initialKind = transitions.length > 0 && transitions[0].to < initial ? 'DAYLIGHT' : 'STANDARD';
  lines.push(
    `BEGIN:${initialKind}`,
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${fmt(initial)}`,
    `TZOFFSETTO:${fmt(initial)}`,
    `END:${initialKind}`,
  );
  for (const tr of transitions) {
    const kind = tr.to > tr.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time, in the offset before the change, at which it happens.
    const local = utcToWall(tr.at + tr.from * 60_000, 'UTC').replace(/[-:]/g, '') + '00';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${local}`,
      `TZOFFSETFROM:${fmt(tr.from)}`,
      `TZOFFSETTO:${fmt(tr.to)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function fmt(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}
