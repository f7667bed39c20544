import type { Selectable } from 'kysely';
import type { OfficialDay, OfficialYear } from '../../../src-shared/calendar';
import type { HolidayYearInfo } from '../../../src-shared/contract-calendar';
import type { DbOrTrx, HolidayYearsTable } from '../schema';

export type HolidayYearRow = Selectable<HolidayYearsTable>;

export function holidayYearFromRow(r: HolidayYearRow, shippedYears: ReadonlySet<number>): HolidayYearInfo {
  return {
    year: r.year,
    source: r.source,
    origin: 'imported',
    official: r.source_given === 1,
    replacesShipped: shippedYears.has(r.year),
    fileName: r.file_name,
    importedAt: r.updated_at,
    days: JSON.parse(r.days_json) as OfficialDay[],
  };
}

export function holidayYearToRow(
  id: string,
  y: OfficialYear,
  meta: { fileName: string; sourceGiven: boolean; createdAt: string; updatedAt: string },
): HolidayYearRow {
  return {
    id,
    year: y.year,
    source: y.source,
    source_given: meta.sourceGiven ? 1 : 0,
    file_name: meta.fileName,
    days_json: JSON.stringify(y.days),
    created_at: meta.createdAt,
    updated_at: meta.updatedAt,
  };
}

export async function listHolidayYearRows(db: DbOrTrx): Promise<HolidayYearRow[]> {
  return db.selectFrom('holiday_years').selectAll().orderBy('year').execute();
}

export async function findHolidayYearRow(db: DbOrTrx, year: number): Promise<HolidayYearRow | undefined> {
  return db.selectFrom('holiday_years').selectAll().where('year', '=', year).executeTakeFirst();
}

/**
 * The imported years in the form the calendar takes, for code in the main process that builds a
 * plan's calendar (templates, the engine): `createPlanCalendar(settings, await loadImportedYears(db))`.
 */
export async function loadImportedYears(db: DbOrTrx): Promise<OfficialYear[]> {
  const rows = await listHolidayYearRows(db);
  return rows.map((r) => ({ year: r.year, source: r.source, days: JSON.parse(r.days_json) as OfficialDay[] }));
}
