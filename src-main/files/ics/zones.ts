/**
 * Time zones at the calendar edge. Outlook writes Windows zone names ("China Standard Time");
 * Google and Apple write IANA names; we convert wall times with Intl (full ICU), so DST rules
 * come from the platform's zone data rather than from whatever VTIMEZONE a file carries.
 */
const WINDOWS_ZONES: Record<string, string> = {
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'India Standard Time': 'Asia/Kolkata',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'W. Australia Standard Time': 'Australia/Perth',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Arabian Standard Time': 'Asia/Dubai',
  'Russian Standard Time': 'Europe/Moscow',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'FLE Standard Time': 'Europe/Kiev',
  'GTB Standard Time': 'Europe/Bucharest',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'Alaskan Standard Time': 'America/Anchorage',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Atlantic Standard Time': 'America/Halifax',
  'E. South America Standard Time': 'America/Sao_Paulo',
  UTC: 'UTC',
  'Coordinated Universal Time': 'UTC',
};

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
  // "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi": older Outlook names carry the offset only.
  if (/Beijing|Chongqing|Urumqi/.test(t)) return 'Asia/Shanghai';
  return isIana(t) ? t : null;
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
