import { isValidDay } from '../model/dates';
import type { OfficialDay, OfficialYear } from './holiday-data';

/**
 * The holiday import format, for adding a year's schedule offline once its notice is out:
 *
 *   # 国务院办公厅关于2027年部分节假日安排的通知   ← comments start with #
 *   # source: 国办发明电〔2026〕X号 2026-11-XX      ← optional; kept as the year's provenance
 *   2027-01-01,holiday,元旦,New Year's Day          ← date, holiday|workday, 中文名[, English name]
 *   2027-02-07,workday,春节调休                      ← workday = make-up workday (调休上班)
 *
 * Blank lines are ignored; fields are comma-separated and trimmed. A file with any bad line is
 * refused as a whole, every failing line named, so a half-imported year never reaches a plan.
 */
export interface HolidayFileError {
  /** 1-based line number; 0 for a problem with the file as a whole. */
  line: number;
  message: string;
}

export type HolidayFileResult = { ok: true; years: OfficialYear[] } | { ok: false; errors: HolidayFileError[] };

const KINDS: Record<string, OfficialDay['kind']> = {
  holiday: 'holiday',
  workday: 'makeup_workday',
};

const MAX_LINES = 5000;

export function parseHolidayFile(text: string): HolidayFileResult {
  const errors: HolidayFileError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > MAX_LINES) return { ok: false, errors: [{ line: 0, message: `more than ${MAX_LINES} lines` }] };
  let source = '';
  const byDate = new Map<string, { line: number; day: OfficialDay }>();

  lines.forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('#')) {
      const m = /^#\s*source\s*:\s*(.+)$/i.exec(text);
      if (m) source = m[1].trim();
      return;
    }
    const fields = text.split(',').map((f) => f.trim());
    if (fields.length < 3 || fields.length > 4) {
      errors.push({
        line,
        message: `expected "date,holiday|workday,中文名[,English name]", got ${fields.length} field(s)`,
      });
      return;
    }
    const [date, kindText, nameZh, nameEn] = fields;
    if (!isValidDay(date)) {
      errors.push({ line, message: `"${date}" is not a real date YYYY-MM-DD` });
      return;
    }
    const kind = KINDS[kindText.toLowerCase()];
    if (!kind) {
      errors.push({ line, message: `kind must be "holiday" or "workday", got "${kindText}"` });
      return;
    }
    if (nameZh === '') {
      errors.push({ line, message: 'the name is empty' });
      return;
    }
    if (nameZh.length > 100 || (nameEn ?? '').length > 100) {
      errors.push({ line, message: 'a name is longer than 100 characters' });
      return;
    }
    const earlier = byDate.get(date);
    if (earlier) {
      errors.push({ line, message: `${date} is already listed on line ${earlier.line}` });
      return;
    }
    const day: OfficialDay = { date, kind, holidayId: 'imported', nameZh, nameEn: nameEn || nameZh };
    byDate.set(date, { line, day });
  });

  if (errors.length === 0 && byDate.size === 0) errors.push({ line: 0, message: 'the file lists no days' });
  if (errors.length > 0) return { ok: false, errors };

  const years = new Map<number, OfficialDay[]>();
  for (const { day } of byDate.values()) {
    const y = Number(day.date.slice(0, 4));
    const list = years.get(y) ?? [];
    list.push(day);
    years.set(y, list);
  }
  const result: OfficialYear[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, days]) => ({
      year,
      source: source || 'imported holiday file',
      days: days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    }));
  return { ok: true, years: result };
}

/** The inverse of parseHolidayFile, so a year can be exported, edited and imported again. */
export function formatHolidayFile(year: OfficialYear): string {
  const lines = [`# ${year.year}`, `# source: ${year.source.replace(/[\r\n]+/g, ' ')}`];
  // A comma inside a name would split the field, so names carry the full-width comma instead.
  const safe = (s: string) => s.replace(/,/g, '，');
  for (const d of year.days) {
    lines.push(`${d.date},${d.kind === 'holiday' ? 'holiday' : 'workday'},${safe(d.nameZh)},${safe(d.nameEn)}`);
  }
  return `${lines.join('\n')}\n`;
}
