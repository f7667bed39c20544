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

  of(date: boolean, utc: boolean, tzid: Tzid): Zone {
    if (date) return { kind: 'floating' };
    if (utc) return { kind: 'utc' };
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

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date or date-time from its text as written (jCal form, `2025-01-06T10:00:00Z`), not from
 * ical.js's Time: that rolls 2025-02-30 over into March and looks its zone up through the whole
 * component tree, once per value (quadratic in a large calendar).
 */
function stampOf(raw: unknown, tzid: Tzid, zones: Zones): Stamp {
  if (typeof raw !== 'string') throw new BadDate();
  const m = DATE_TIME.exec(raw) ?? DATE.exec(raw);
  if (!m) throw new BadDate();
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = m[4] === undefined;
  const [h, mi, sec] = date ? [0, 0, 0] : [Number(m[4]), Number(m[5]), Number(m[6])];
  return build(y, mo, d, h, mi, sec, date, zones.of(date, m[7] === 'Z', tzid));
}

function stampOfTime(t: ICAL.Time, zones: Zones): Stamp {
  const utc = t.zone === ICAL.Timezone.utcTimezone;
  return build(t.year, t.month, t.day, t.hour, t.minute, t.second, t.isDate, zones.of(t.isDate, utc, undefined));
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, date: boolean, zone: Zone): Stamp {
  if (![y, mo, d, h, mi, s].every(Number.isInteger) || mo < 1 || mo > 12 || d < 1 || d > 31) throw new BadDate();
  const day = dayNumber(y, mo, d);
  // 30 February is not rolled into March: the event is unreadable, as the date is.
  if (civil(day).d !== d || h > 23 || mi > 59 || s > 60 || h < 0 || mi < 0 || s < 0) throw new BadDate();
  return { wall: day * DAY + h * 3600 + mi * 60 + Math.min(s, 59), date, zone };
}

/** The values of a property as written: jCal keeps them after the name, parameters and type. */
const valuesOf = (p: ICAL.Property): unknown[] => p.toJSON().slice(3);

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
  if (!dtstart || valuesOf(dtstart).length === 0) throw new MissingStart();
  const start = stampOf(valuesOf(dtstart)[0], dtstart.getParameter('tzid'), zones);

  let length: Length | null = null;
  const dtend = v.getFirstProperty('dtend');
  if (dtend) length = between(start, stampOf(valuesOf(dtend)[0], dtend.getParameter('tzid'), zones), zones);
  else {
    const duration: unknown = v.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) length = lengthOf(duration);
  }
  const backwards = negative(length);

  const rules = v.getAllProperties('rrule').map((p) => {
    const recur: unknown = p.getFirstValue();
    if (!(recur instanceof ICAL.Recur)) throw new Error('rrule');
    const until = recur.until ? stampOfTime(recur.until, zones) : null;
    return { rule: ruleFrom(recur), until };
  });

  const rdates: RawEvent['rdates'] = [];
  for (const p of v.getAllProperties('rdate')) {
    const tzid = p.getParameter('tzid');
    for (const value of valuesOf(p)) {
      if (!Array.isArray(value)) {
        rdates.push({ start: stampOf(value, tzid, zones), length: null });
        continue;
      }
      // VALUE=PERIOD: [start, end] or [start, duration].
      const s = stampOf(value[0], tzid, zones);
      const second: unknown = value[1];
      const l =
        typeof second === 'string' && /^[+-]?P/.test(second)
          ? lengthOf(ICAL.Duration.fromString(second))
          : between(s, stampOf(second, tzid, zones), zones);
      rdates.push({ start: s, length: negative(l) ? null : l });
    }
  }
  const exdates: Stamp[] = [];
  for (const p of v.getAllProperties('exdate')) {
    const tzid = p.getParameter('tzid');
    for (const value of valuesOf(p)) exdates.push(stampOf(value, tzid, zones));
  }
  const ridProp = v.getFirstProperty('recurrence-id');
  const recurrenceId = ridProp ? stampOf(valuesOf(ridProp)[0], ridProp.getParameter('tzid'), zones) : null;

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
