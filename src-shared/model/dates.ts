import { z } from 'zod';

/**
 * Dates travel as plain local ISO strings, never Date objects (docs/architecture.md):
 * all-day values are `YYYY-MM-DD`, timed values `YYYY-MM-DDTHH:mm` in the plan's time zone.
 * Validation checks the calendar too, so 2026-02-30 is refused instead of silently rolling over.
 */
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export function isValidDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isValidDateTime(value: string): boolean {
  const m = TIME_RE.exec(value);
  if (!m) return false;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) && hh < 24 && mm < 60;
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const IsoDay = z.string().refine(isValidDay, { message: 'expected a real date YYYY-MM-DD' });
export const IsoDateTime = z
  .string()
  .refine(isValidDateTime, { message: 'expected a real date-time YYYY-MM-DDTHH:mm' });
/** Either form: an activity's start/end takes the form its allDay flag says. */
export const IsoDayOrDateTime = z.string().refine((v) => isValidDay(v) || isValidDateTime(v), {
  message: 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm',
});

/** Days since 1970-01-01 for a `YYYY-MM-DD` (or the date part of a date-time); pure integer arithmetic. */
export function dayNumber(value: string): number {
  return daysFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
}

/** Inverse of dayNumber. */
export function dayFromNumber(n: number): string {
  const { y, m, d } = civilFromDays(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Howard Hinnant's days_from_civil: days since 1970-01-01 of a proleptic Gregorian date, exact for
 * any year (unlike Date.UTC, years 0-99 are read as written).
 */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil (Hinnant's civil_from_days). */
export function civilFromDays(n: number): { y: number; m: number; d: number } {
  const z0 = n + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(day: string, delta: number): string {
  return dayFromNumber(dayNumber(day) + delta);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}
