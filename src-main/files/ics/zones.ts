import { DISPLAY_NAMES, WINDOWS_ZONES } from './windows-zones';

/**
 * Time zones at the calendar edge. Outlook writes Windows zone names ("China Standard Time");
 * Google and Apple write IANA names; we convert wall times with Intl (full ICU), so DST rules
 * come from the platform's zone data rather than from whatever VTIMEZONE a file carries.
 */
const known = new Map<string, boolean>();
function isIana(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

/** The IANA zone a TZID names, or null. Handles Outlook's Windows names and "/mozilla.org/…/Asia/Shanghai" prefixes. */
export function resolveZone(tzid: string | null | undefined): string | null {
  if (!tzid) return null;
  const t = tzid.replace(/^"|"$/g, '').trim();
  if (WINDOWS_ZONES[t]) return WINDOWS_ZONES[t];
  if (isIana(t) && t.includes('/')) return t;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(t)?.[1];
  if (tail && isIana(tail)) return tail;
  // "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi": older Outlook writes its display names.
  if (/^\((?:UTC|GMT)[^)]*\)/i.test(t)) {
    const place = t.replace(/^\((?:UTC|GMT)[^)]*\)\s*/i, '');
    for (const [pattern, zone] of DISPLAY_NAMES) if (pattern.test(place) || pattern.test(t)) return zone;
    return null;
  }
  return isIana(t) ? t : null;
}

/**
 * The fixed UTC offset (minutes) a zone name states, as in "(UTC-05:00) …" or "GMT+0800": the
 * fallback for names we cannot map; it knows nothing of daylight saving time.
 */
export function offsetInName(tzid: string | null | undefined): number | null {
  if (!tzid) return null;
  const m = /(?:UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(tzid);
  if (!m) return /^\(?(?:UTC|GMT)\)?(?:\s|$)/i.test(tzid.replace(/^"/, '')) ? 0 : null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
  return m[1] === '+' ? minutes : -minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function wallParts(ms: number, zone: string): number[] {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return [Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute)];
}

/**
 * The zone's UTC offset (minutes) at an instant. Calendars repeat the same days and zones
 * thousands of times, and Intl is slow, so the offset at each UTC day's start and end is kept;
 * only a day with a change in it asks Intl for the exact instant.
 */
const dayOffsets = new Map<string, Map<number, number>>();
export function offsetAt(ms: number, zone: string): number {
  let days = dayOffsets.get(zone);
  if (!days || days.size > 100_000) {
    days = new Map<number, number>();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(ms / 86_400_000);
  let before = days.get(day);
  if (before === undefined) {
    before = exactOffset(day * 86_400_000, zone);
    days.set(day, before);
  }
  let after = days.get(day + 1);
  if (after === undefined) {
    after = exactOffset((day + 1) * 86_400_000, zone);
    days.set(day + 1, after);
  }
  return before === after ? before : exactOffset(ms, zone);
}

function exactOffset(ms: number, zone: string): number {
  const [y, mo, d, h, mi] = wallParts(ms, zone);
  return Math.round((Date.UTC(y, mo - 1, d, h, mi) - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** UTC milliseconds of a wall time given as floating milliseconds (the wall clock read as UTC). */
export function floatingToUtc(wallMs: number, zone: string): number {
  const first = wallMs - offsetAt(wallMs, zone) * 60_000;
  const second = wallMs - offsetAt(first, zone) * 60_000;
  const reads = (c: number) => c + offsetAt(c, zone) * 60_000 === wallMs;
  if (reads(second)) return second;
  if (reads(first)) return first;
  // A wall time in a DST gap does not exist: take the later reading, as wallToUtc does (the gap resolves forward).
  return Math.max(first, second);
}

/** Floating milliseconds (the wall clock read as UTC) of an instant in `zone`. */
export function utcToFloating(ms: number, zone: string): number {
  return ms + offsetAt(ms, zone) * 60_000;
}

/** UTC milliseconds of a wall-clock time in `zone` (a gap at a DST change resolves forward). */
export function wallToUtc(y: number, mo: number, d: number, h: number, mi: number, zone: string): number {
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let guess = asUtc;
  for (let i = 0; i < 3; i++) {
    const [wy, wmo, wd, wh, wmi] = wallParts(guess, zone);
    const diff = Date.UTC(wy, wmo - 1, wd, wh, wmi) - asUtc;
    if (diff === 0) break;
    guess -= diff;
  }
  return guess;
}

/** `YYYY-MM-DDTHH:mm` wall time in `zone` of a UTC instant. */
export function utcToWall(ms: number, zone: string): string {
  const [y, mo, d, h, mi] = wallParts(ms, zone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(mo)}-${p(d)}T${p(h)}:${p(mi)}`;
}
