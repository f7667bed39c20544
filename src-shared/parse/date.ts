import { dayFromNumber, isValidDay } from '../model/dates';

/**
 * Dates as they appear in planners' spreadsheets: 2026-03-08, 2026/3/8, 2026.3.8, 2026年3月8日,
 * 3月8日 or 3/8 (year supplied by the planner, never guessed), Excel serial numbers, each
 * optionally followed by a time (14:30, 14时30分). Returns ISO `YYYY-MM-DD` and, when a time
 * was written, `HH:mm`.
 */
export type DateResult = { ok: true; day: string; time: string | null } | { ok: false; reason: DateReason };
export type DateReason = 'empty' | 'needs_year' | 'not_a_date' | 'no_such_day';

export interface DateOptions {
  /** The year for dates written without one. Absent: such dates are refused with `needs_year`. */
  year?: number;
}

/** Excel's day 0 is 1899-12-30 (it counts a 29 Feb 1900 that never was, so serials from 61 on line up). */
const EXCEL_EPOCH = -25569; // dayNumber('1899-12-30')

export function parseDateCell(input: string | number | null | undefined, opts: DateOptions = {}): DateResult {
  if (input === null || input === undefined) return { ok: false, reason: 'empty' };
  if (typeof input === 'number') return fromSerial(input);
  const s = toHalfWidth(input).trim();
  if (s === '') return { ok: false, reason: 'empty' };
  // A serial typed as text only in a plausible range (1982-2119), so "2026" is not read as 1905.
  if (/^\d+(\.\d+)?$/.test(s) && Number(s) >= 30000 && Number(s) < 80000) return fromSerial(Number(s));

  const { datePart, time } = splitTime(s);
  if (time === undefined) return { ok: false, reason: 'not_a_date' };
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/.exec(datePart);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), time);
  m = /^(\d{1,2})\s*[月/-]\s*(\d{1,2})\s*[日号]?$/.exec(datePart);
  if (m) {
    if (opts.year === undefined) return { ok: false, reason: 'needs_year' };
    return build(opts.year, Number(m[1]), Number(m[2]), time);
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(datePart);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), time);
  return { ok: false, reason: 'not_a_date' };
}

/** Whether the text is a date without a year (so the UI knows to ask for one). */
export function lacksYear(input: string): boolean {
  return parseDateCell(input).ok === false && parseDateCell(input, { year: 2000 }).ok;
}

function fromSerial(n: number): DateResult {
  if (!Number.isFinite(n) || n < 1 || n >= 2958466) return { ok: false, reason: 'not_a_date' };
  const whole = Math.floor(n);
  const day = dayFromNumber(EXCEL_EPOCH + (whole < 61 ? whole + 1 : whole));
  const minutes = Math.round((n - whole) * 1440);
  const time = minutes > 0 && minutes < 1440 ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : null;
  return isValidDay(day) ? { ok: true, day, time } : { ok: false, reason: 'no_such_day' };
}

/** Splits "2026-03-08 14:30" / "2026年3月8日14时" into date and time; time undefined means an unreadable time. */
function splitTime(s: string): { datePart: string; time: string | null | undefined } {
  const m = /^(.*?)(?:[\sT]+|(?<=[日号]))(\d{1,2})(?:[:：时点](\d{1,2})?分?)(?::\d{1,2}(?:\.\d+)?)?$/.exec(s);
  if (!m) return { datePart: s, time: null };
  const hh = Number(m[2]);
  const mm = Number(m[3] ?? '0');
  if (hh > 23 || mm > 59) return { datePart: m[1], time: undefined };
  return { datePart: m[1].trim(), time: `${pad(hh)}:${pad(mm)}` };
}

function build(y: number, mo: number, d: number, time: string | null): DateResult {
  const day = `${String(y).padStart(4, '0')}-${pad(mo)}-${pad(d)}`;
  return isValidDay(day) ? { ok: true, day, time } : { ok: false, reason: 'no_such_day' };
}

const pad = (n: number) => String(n).padStart(2, '0');

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export const DATE_MESSAGES: Record<DateReason, { zh: string; en: string }> = {
  empty: { zh: '日期为空', en: 'The date is empty' },
  needs_year: { zh: '日期没有年份，请先指定年份', en: 'The date has no year; choose the year first' },
  not_a_date: {
    zh: '无法识别的日期（例如 2026-03-08、2026/3/8、2026年3月8日）',
    en: 'Not a date (try 2026-03-08 or 2026/3/8)',
  },
  no_such_day: { zh: '日历上没有这一天', en: 'No such day on the calendar' },
};
