import { z } from 'zod';
import { IsoDay, addDays, dayNumber } from '../model/dates';
import cn2024 from '../../resources/holidays/cn-2024.json';
import cn2025 from '../../resources/holidays/cn-2025.json';
import cn2026 from '../../resources/holidays/cn-2026.json';

/**
 * Shipped holiday data (resources/holidays/cn-YYYY.json): one file per year, transcribed from the
 * State Council General Office notice (国务院办公厅关于YYYY年部分节假日安排的通知), which is
 * published only in the preceding autumn. Each break is recorded as the notice states it
 * (first..last day inclusive, with the weekend days it joins) plus the make-up workdays it names,
 * so a reviewer can check an entry against the notice sentence kept beside it.
 */
export const HOLIDAY_FILE_FORMAT = 'dangqi-holidays/1';

export const HolidayBreak = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'ids are snake_case'),
    nameZh: z.string().trim().min(1),
    nameEn: z.string().trim().min(1),
    from: IsoDay,
    to: IsoDay,
    makeupWorkdays: z.array(IsoDay),
    /** The notice's own sentence for this break, for review. */
    notice: z.string().default(''),
  })
  .refine((b) => dayNumber(b.from) <= dayNumber(b.to), { message: 'to must not precede from', path: ['to'] });
export type HolidayBreak = z.infer<typeof HolidayBreak>;

export const HolidaySource = z.object({
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Document number such as 国办发明电〔2024〕12号. */
  number: z.string().min(1),
  issued: IsoDay,
  publishedVia: z.string().optional(),
});
export type HolidaySource = z.infer<typeof HolidaySource>;

export const HolidayYearFile = z
  .object({
    format: z.literal(HOLIDAY_FILE_FORMAT),
    region: z.literal('CN'),
    year: z.number().int().min(1949).max(2200),
    source: HolidaySource,
    notes: z.string().default(''),
    holidays: z.array(HolidayBreak).min(1),
  })
  .superRefine((file, ctx) => {
    // A 元旦 break may start on the previous December's weekend; nothing else leaves the year.
    const earliest = dayNumber(`${file.year}-01-01`) - 7;
    const latest = dayNumber(`${file.year}-12-31`);
    const seen = new Set<string>();
    file.holidays.forEach((b, i) => {
      for (const day of [...breakDays(b), ...b.makeupWorkdays]) {
        const n = dayNumber(day);
        if (n < earliest || n > latest) {
          ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${day} lies outside ${file.year}` });
        }
        if (seen.has(day)) ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `${day} is listed twice` });
        seen.add(day);
      }
    });
  });
export type HolidayYearFile = z.infer<typeof HolidayYearFile>;

export type OfficialDayKind = 'holiday' | 'makeup_workday';

export interface OfficialDay {
  date: string;
  kind: OfficialDayKind;
  /** The break this day belongs to (`spring_festival`…); make-up workdays carry their break's id. */
  holidayId: string;
  nameZh: string;
  nameEn: string;
}

/** One year of official data in the form the calendar uses, from a shipped or imported file. */
export interface OfficialYear {
  year: number;
  /** Human-readable provenance, shown where the calendar says which data it used. */
  source: string;
  days: OfficialDay[];
}

function breakDays(b: { from: string; to: string }): string[] {
  const days: string[] = [];
  for (let d = b.from; dayNumber(d) <= dayNumber(b.to); d = addDays(d, 1)) days.push(d);
  return days;
}

export function describeSource(s: HolidaySource): string {
  return `${s.title}（${s.number}，${s.issued}）`;
}

/** Expands a validated file into single days. */
export function expandHolidayFile(file: HolidayYearFile): OfficialYear {
  const days: OfficialDay[] = [];
  for (const b of file.holidays) {
    const names = { holidayId: b.id, nameZh: b.nameZh, nameEn: b.nameEn };
    for (const date of breakDays(b)) days.push({ date, kind: 'holiday', ...names });
    for (const date of b.makeupWorkdays) {
      days.push({
        date,
        kind: 'makeup_workday',
        ...names,
        nameZh: `${b.nameZh}调休上班`,
        nameEn: `${b.nameEn} make-up workday`,
      });
    }
  }
  days.sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
  return { year: file.year, source: describeSource(file.source), days };
}

const SHIPPED_FILES: unknown[] = [cn2024, cn2025, cn2026];

let shipped: OfficialYear[] | null = null;

/**
 * The years shipped with the app, validated once. A malformed shipped file is a build error, so
 * this throws rather than silently dropping a year (a unit test parses every file).
 */
export function shippedOfficialYears(): OfficialYear[] {
  if (!shipped) shipped = SHIPPED_FILES.map((raw) => expandHolidayFile(HolidayYearFile.parse(raw)));
  return shipped;
}
