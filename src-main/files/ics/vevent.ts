import { createHash } from 'node:crypto';
import ICAL from 'ical.js';
import { DAY, type Rule, civil, dayNumber, ruleFrom } from './recur';
import { floatingToUtc, offsetInName, resolveZone, utcToFloating } from './zones';

/**
 * One VEVENT read into plain values, with every lazily parsed ical.js value touched here, so a
 * malformed date or rule fails while reading this event (and only this event), never later.
 * Times are kept as written: floating seconds (the wall clock read as UTC) plus the zone they
 * were written in; `Zones` turns them into instants and plan wall times.
 */
export type Zone =
  | { kind: 'utc' }
  | { kind: 'iana'; name: string }
  | { kind: 'vtimezone'; name: string; tz: ICAL.Timezone }
  | { kind: 'offset'; name: string; minutes: number }
  | { kind: 'floating' }
  | { kind: 'unknown'; name: string };

export interface Stamp {
  /** Floating seconds: the wall clock of `zone`, read as UTC. */
  wall: number;
  date: boolean;
  zone: Zone;
}

/** An event's length: whole days (nominal, added to the wall clock) plus exact milliseconds. */
export interface Length {
  days: number;
  ms: number;
}

export interface RawEvent {
  /** The UID, or a key derived from the event's content when it has none. */
  uid: string;
  hasUid: boolean;
  summary: string;
  start: Stamp;
  /** Null when the event gives neither DTEND nor DURATION. */
  length: Length | null;
  /** DTEND before DTSTART, or a negative DURATION. */
  backwards: boolean;
  rules: { rule: Rule; until: Stamp | null }[];
  rdates: { start: Stamp; length: Length | null }[];
  exdates: Stamp[];
  recurrenceId: Stamp | null;
  cancelled: boolean;
  sequence: number;
}

type Tzid = string | string[] | undefined;

/** Resolves each TZID once per file: a known name, the file's own VTIMEZONE, the offset in the name, or unknown. */
export class Zones {
  private readonly cache = new Map<string, Zone>();
  constructor(
    readonly planZone: string,
    private readonly defined: ReadonlyMap<string, ICAL.Timezone>,
  ) {}

  of(t: ICAL.Time, tzid: Tzid): Zone {
    if (t.isDate) return { kind: 'floating' };
    if (t.zone === ICAL.Timezone.utcTimezone) return { kind: 'utc' };
    const name = (Array.isArray(tzid) ? tzid[0] : tzid)?.trim();
    if (!name) return { kind: 'floating' };
    let zone = this.cache.get(name);
    if (!zone) {
      zone = this.resolve(name);
      this.cache.set(name, zone);
    }
    return zone;
  }

  private resolve(name: string): Zone {
    const iana = resolveZone(name);
    if (iana) return iana === 'UTC' ? { kind: 'utc' } : { kind: 'iana', name: iana };
    const tz = this.defined.get(name) ?? this.defined.get(name.replace(/^"|"$/g, ''));
    if (tz) return { kind: 'vtimezone', name, tz };
    const minutes = offsetInName(name);
    if (minutes !== null) return { kind: 'offset', name, minutes };
    return { kind: 'unknown', name: name.slice(0, 80) };
  }

  /** UTC milliseconds of a stamp; floating times (and names we cannot read) are the plan's wall clock. */
  instant(s: Stamp): number {
    const ms = s.wall * 1000;
    switch (s.zone.kind) {
      case 'utc':
        return ms;
      case 'iana':
        return floatingToUtc(ms, s.zone.name);
      case 'offset':
        return ms - s.zone.minutes * 60_000;
      case 'vtimezone':
        try {
          const c = new Date(ms);
          const t = new ICAL.Time(
            {
              year: c.getUTCFullYear(),
              month: c.getUTCMonth() + 1,
              day: c.getUTCDate(),
              hour: c.getUTCHours(),
              minute: c.getUTCMinutes(),
              second: c.getUTCSeconds(),
              isDate: false,
            },
            s.zone.tz,
          );
          return t.toUnixTime() * 1000;
        } catch {
          return floatingToUtc(ms, this.planZone);
        }
      default:
        return floatingToUtc(ms, this.planZone);
    }
  }

  /** Floating milliseconds of the stamp in the plan's zone (the same wall clock when it is already the plan's). */
  planWall(s: Stamp, shiftMs = 0): number {
    const z = s.zone;
    if (z.kind === 'floating' || z.kind === 'unknown' || (z.kind === 'iana' && z.name === this.planZone)) {
      if (shiftMs === 0) return s.wall * 1000;
    }
    return utcToFloating(this.instant(s) + shiftMs, this.planZone);
  }
}

/** The value as written (jCal text), to check what ical.js may already have rolled over. */
function written(p: ICAL.Property, index = 0): unknown {
  return p.toJSON().slice(3)[index];
}

function stamp(t: ICAL.Time, tzid: Tzid, zones: Zones, raw?: unknown): Stamp {
  // ical.js reads 2025-02-30 as 2025-03-02: compare with the text.
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(raw) : null;
  if (m && (Number(m[1]) !== t.year || Number(m[2]) !== t.month || Number(m[3]) !== t.day)) throw new BadDate();
  const fields = [t.year, t.month, t.day, t.hour, t.minute, t.second];
  if (!fields.every(Number.isInteger) || t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) throw new BadDate();
  const day = dayNumber(t.year, t.month, t.day);
  // 30 February is not rolled into March: the event is unreadable, as the date is.
  if (civil(day).d !== t.day) throw new BadDate();
  if (!t.isDate && (t.hour > 23 || t.minute > 59 || t.second > 60 || t.hour < 0 || t.minute < 0 || t.second < 0))
    throw new BadDate();
  const secs = t.isDate ? 0 : t.hour * 3600 + t.minute * 60 + Math.min(t.second, 59);
  const wall = day * DAY + secs;
  return { wall, date: t.isDate, zone: zones.of(t, tzid) };
}

function isTime(v: unknown): v is ICAL.Time {
  return v instanceof ICAL.Time;
}

function lengthOf(d: ICAL.Duration): Length {
  const days = d.weeks * 7 + d.days;
  const ms = (d.hours * 3600 + d.minutes * 60 + d.seconds) * 1000;
  return d.isNegative ? { days: -days, ms: -ms } : { days, ms };
}

/** The length from start to end: whole days for dates, exact time for date-times. */
function between(start: Stamp, end: Stamp, zones: Zones): Length {
  if (start.date) return { days: Math.round((end.wall - start.wall) / DAY), ms: 0 };
  // A DATE end on a timed event: midnight of that day, in the start's zone.
  const e = end.date ? { ...end, date: false, zone: start.zone } : end;
  return { days: 0, ms: zones.instant(e) - zones.instant(start) };
}

const negative = (l: Length | null) => l !== null && (l.days < 0 || l.ms < 0 || (l.days === 0 && l.ms < 0));

export function readVevent(v: ICAL.Component, zones: Zones): RawEvent {
  const dtstart = v.getFirstProperty('dtstart');
  const startValue: unknown = dtstart?.getFirstValue();
  if (!dtstart || !isTime(startValue)) throw new MissingStart();
  const start = stamp(startValue, dtstart.getParameter('tzid'), zones, written(dtstart));

  let length: Length | null = null;
  const dtend = v.getFirstProperty('dtend');
  const endValue: unknown = dtend?.getFirstValue();
  if (dtend && isTime(endValue))
    length = between(start, stamp(endValue, dtend.getParameter('tzid'), zones, written(dtend)), zones);
  else {
    const duration: unknown = v.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) length = lengthOf(duration);
  }
  const backwards = negative(length);

  const rules = v.getAllProperties('rrule').map((p) => {
    const recur: unknown = p.getFirstValue();
    if (!(recur instanceof ICAL.Recur)) throw new Error('rrule');
    const until = recur.until ? stamp(recur.until, undefined, zones) : null;
    return { rule: ruleFrom(recur), until };
  });

  const rdates: RawEvent['rdates'] = [];
  for (const p of v.getAllProperties('rdate')) {
    const tzid = p.getParameter('tzid');
    for (const [i, value] of (p.getValues() as unknown[]).entries()) {
      if (isTime(value)) rdates.push({ start: stamp(value, tzid, zones, written(p, i)), length: null });
      else if (value instanceof ICAL.Period) {
        const s = stamp(value.start, tzid, zones);
        const l = value.end
          ? between(s, stamp(value.end, tzid, zones), zones)
          : value.duration
            ? lengthOf(value.duration)
            : null;
        rdates.push({ start: s, length: negative(l) ? null : l });
      }
    }
  }
  const exdates: Stamp[] = [];
  for (const p of v.getAllProperties('exdate')) {
    const tzid = p.getParameter('tzid');
    for (const [i, value] of (p.getValues() as unknown[]).entries())
      if (isTime(value)) exdates.push(stamp(value, tzid, zones, written(p, i)));
  }
  const ridProp = v.getFirstProperty('recurrence-id');
  const ridValue: unknown = ridProp?.getFirstValue();
  const recurrenceId =
    ridProp && isTime(ridValue) ? stamp(ridValue, ridProp.getParameter('tzid'), zones, written(ridProp)) : null;

  const uidValue: unknown = v.getFirstPropertyValue('uid');
  const uid = typeof uidValue === 'string' ? uidValue.trim().slice(0, 500) : '';
  const summary: unknown = v.getFirstPropertyValue('summary');
  const status: unknown = v.getFirstPropertyValue('status');
  const sequence = Number(v.getFirstPropertyValue('sequence'));
  return {
    uid: uid || contentKey(v),
    hasUid: uid !== '',
    summary: typeof summary === 'string' ? summary : '',
    start,
    length: backwards ? null : length,
    backwards,
    rules,
    rdates,
    exdates,
    recurrenceId,
    cancelled: typeof status === 'string' && status.trim().toUpperCase() === 'CANCELLED',
    sequence: Number.isFinite(sequence) ? sequence : 0,
  };
}

export class MissingStart extends Error {}
export class BadDate extends Error {}

/**
 * A stable key for an event without a UID: a hash of what makes it this event (times, rules,
 * title, place), not of DTSTAMP, which exporters set to the time of export. Importing the same
 * file twice gives the same keys, so the second import finds the first one's activities.
 */
function contentKey(v: ICAL.Component): string {
  const parts = ['dtstart', 'dtend', 'duration', 'rrule', 'rdate', 'exdate', 'recurrence-id', 'summary', 'location']
    .flatMap((name) => v.getAllProperties(name).map((p) => p.toICALString()))
    .join('\n');
  return `no-uid-${createHash('sha1').update(parts).digest('hex').slice(0, 24)}`;
}
