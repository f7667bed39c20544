import { isValidDateTime, isValidDay } from '../../../src-shared/model/dates';

/**
 * Dates as a planner types and reads them in each UI language. Stored values stay ISO
 * (YYYY-MM-DD, or YYYY-MM-DDTHH:mm for timed activities); only the field's text changes:
 * 2027-03-05 in Chinese (the form the rest of the Chinese UI uses), Mar 5, 2027 in English.
 * Either language also reads ISO, 2027/3/5 and 2027年3月5日, so a pasted date is never lost.
 */
export type DateLang = 'zh-CN' | 'en';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The field's text for a stored value; text that is not a date is shown as it is. */
export function formatDateText(value: string, lang: DateLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, time] = m;
  if (lang === 'zh-CN') return time ? `${y}-${mo}-${d} ${time}` : `${y}-${mo}-${d}`;
  const day = `${MONTHS[Number(mo) - 1]} ${Number(d)}, ${y}`;
  return time ? `${day}, ${time}` : day;
}

/** The stored value the text names, or null when it names no real day (or lacks a needed time). */
export function parseDateText(text: string, withTime: boolean): string | null {
  const found = fields(text.trim().replace(/\s+/g, ' '));
  if (!found) return null;
  const { y, mo, d, hh, mm } = found;
  const day = `${y}-${String(mo).padStart(2, '0')}-${d.padStart(2, '0')}`;
  if (!isValidDay(day)) return null;
  if (!withTime) return hh === undefined ? day : null;
  if (hh === undefined || mm === undefined) return null;
  const full = `${day}T${hh.padStart(2, '0')}:${mm}`;
  return isValidDateTime(full) ? full : null;
}

function fields(t: string): { y: string; mo: number; d: string; hh?: string; mm?: string } | null {
  const numeric =
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(t) ??
    /^(\d{4})年(\d{1,2})月(\d{1,2})日 ?(?:(\d{1,2})[:：](\d{2}))?$/.exec(t);
  if (numeric) return { y: numeric[1], mo: Number(numeric[2]), d: numeric[3], hh: numeric[4], mm: numeric[5] };
  const en = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (\d{1,2}):(\d{2}))?$/.exec(t);
  if (!en) return null;
  const mo = MONTHS.findIndex((name) => en[1].toLowerCase().startsWith(name.toLowerCase())) + 1;
  return mo === 0 ? null : { y: en[3], mo, d: en[2], hh: en[4], mm: en[5] };
}

/** What the empty field suggests, in the language's own form. */
export function datePlaceholder(lang: DateLang, withTime: boolean): string {
  return formatDateText(withTime ? '2027-03-05T09:30' : '2027-03-05', lang);
}
