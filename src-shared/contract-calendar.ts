import { z } from 'zod';
import { IsoDay } from './model/dates';

/**
 * Holiday calendar channels, spread into `contract` (contract.ts). The app ships official
 * schedules for some years (resources/holidays); a planner adds a later year offline by importing
 * a holiday file (format in src-shared/calendar/holiday-file-parser.ts) once the State Council
 * notice is out. The renderer builds a plan's calendar itself from `calendar/list-years` plus the
 * snapshot's settings: `createPlanCalendar(settings, importedYearsOf(list))`.
 */
export const OfficialDaySchema = z.object({
  date: IsoDay,
  kind: z.enum(['holiday', 'makeup_workday']),
  holidayId: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});

export const HolidayYearInfo = z.object({
  year: z.number().int(),
  /** Provenance shown to the planner: the notice's title and number, or the file's `# source:` line. */
  source: z.string(),
  origin: z.enum(['shipped', 'imported']),
  /**
   * Shipped years are transcribed from the notice; an imported year counts as official when its
   * file names its source. Either way an imported year is what the calendar uses for that year.
   */
  official: z.boolean(),
  /** An imported year that replaces the shipped data of the same year (a corrected notice). */
  replacesShipped: z.boolean(),
  fileName: z.string().nullable(),
  importedAt: z.string().nullable(),
  days: z.array(OfficialDaySchema),
});
export type HolidayYearInfo = z.infer<typeof HolidayYearInfo>;

/** One line of a refused holiday file, in both UI languages (`line` 0 = the file as a whole). */
export const HolidayFileIssue = z.object({ line: z.number().int().min(0), zh: z.string(), en: z.string() });
export type HolidayFileIssue = z.infer<typeof HolidayFileIssue>;

const Year = z.number().int().min(1949).max(2200);

export const calendarChannels = {
  /** Shipped and imported official years, ascending; an imported year is listed after the shipped one it replaces. */
  'calendar/list-years': { request: z.object({}).strict(), response: z.array(HolidayYearInfo) },
  /**
   * Imports a holiday file as ONE undoable edit; a year already imported is replaced. A file that
   * does not parse is refused as a whole and nothing is written: VALIDATION with
   * `details.reason = 'invalid'` and `details.lines: HolidayFileIssue[]` naming each failing line.
   */
  'calendar/import-holidays': {
    request: z
      .object({
        fileName: z.string().trim().min(1).max(255),
        text: z.string().max(1_000_000),
      })
      .strict(),
    response: z.object({ years: z.array(HolidayYearInfo) }),
  },
  /** Removes an imported year (undoable); the shipped data of that year, if any, applies again. Errors: NOT_FOUND. */
  'calendar/delete-year': { request: z.object({ year: Year }).strict(), response: z.object({ year: Year }) },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** The imported years of a `calendar/list-years` answer, in the form `createPlanCalendar` takes. */
export function importedYearsOf(
  list: readonly HolidayYearInfo[],
): { year: number; source: string; days: HolidayYearInfo['days'] }[] {
  return list.filter((y) => y.origin === 'imported').map(({ year, source, days }) => ({ year, source, days }));
}
