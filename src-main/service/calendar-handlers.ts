import type { Handlers } from '../../src-shared/contract';
import type { HolidayYearInfo } from '../../src-shared/contract-calendar';
import { type OfficialYear, parseHolidayFile, shippedOfficialYears } from '../../src-shared/calendar';
import { AppError } from '../../src-shared/errors';
import {
  findHolidayYearRow,
  holidayYearFromRow,
  holidayYearToRow,
  listHolidayYearRows,
} from '../db/queries/holiday-years';
import { localizeHolidayError, summarize } from './holiday-file-messages';
import { label } from './localize';
import type { Workspace } from './workspace';

/** The range the contract's year fields accept; a file naming days outside it is refused. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2200;

/**
 * Holiday years: the shipped official schedules plus the ones the planner imported for later
 * years. Imported years live in the workspace (table holiday_years), so every plan and both
 * doors see the same calendar, and importing or deleting a year is undone like any other edit.
 */
export function calendarHandlers(
  ws: Workspace,
): Pick<Handlers, 'calendar/list-years' | 'calendar/import-holidays' | 'calendar/delete-year'> {
  return {
    'calendar/list-years': async () => {
      const shipped = shippedOfficialYears();
      const shippedSet = new Set(shipped.map((y) => y.year));
      const imported = (await listHolidayYearRows(ws.db)).map((r) => holidayYearFromRow(r, shippedSet));
      const all: HolidayYearInfo[] = [...shipped.map(shippedInfo), ...imported];
      // Stable: within a year the shipped entry stays before the imported one that overrides it.
      return all.sort((a, b) => a.year - b.year);
    },

    'calendar/import-holidays': async ({ fileName, text }) => {
      const years = parseOrRefuse(text);
      const sourceGiven = /^\s*#\s*source\s*:\s*\S/im.test(text);
      const shippedSet = new Set(shippedOfficialYears().map((y) => y.year));
      const what = `${fileName}（${years.map((y) => y.year).join('、')}）`;
      return ws.edit(label('导入', 'Import', '节假日文件', 'holiday file', what), async (rec) => {
        const now = ws.now();
        const out: HolidayYearInfo[] = [];
        for (const y of years) {
          const existing = await findHolidayYearRow(rec.trx, y.year);
          const meta = { fileName, sourceGiven, createdAt: existing?.created_at ?? now, updatedAt: now };
          const row = holidayYearToRow(existing?.id ?? crypto.randomUUID(), y, meta);
          // Re-importing a year replaces it in place (same row), so undo restores the earlier file.
          if (existing) await rec.update('holiday_years', existing.id, { ...row });
          else await rec.insert('holiday_years', { ...row });
          out.push(holidayYearFromRow(row, shippedSet));
        }
        return { years: out };
      });
    },

    'calendar/delete-year': async ({ year }) => {
      const row = await findHolidayYearRow(ws.db, year);
      if (!row) {
        throw new AppError(
          'NOT_FOUND',
          { 'zh-CN': `没有导入过 ${year} 年的节假日文件`, en: `No holiday file was imported for ${year}` },
          { what: 'holiday year', id: String(year) },
        );
      }
      return ws.edit(label('删除', 'Delete', '节假日年份', 'holiday year', String(year)), async (rec) => {
        await rec.delete('holiday_years', row.id);
        return { year };
      });
    },
  };
}

function shippedInfo(y: OfficialYear): HolidayYearInfo {
  return {
    year: y.year,
    source: y.source,
    origin: 'shipped',
    official: true,
    replacesShipped: false,
    fileName: null,
    importedAt: null,
    days: y.days,
  };
}

function parseOrRefuse(text: string): OfficialYear[] {
  const parsed = parseHolidayFile(text);
  const errors = parsed.ok
    ? parsed.years
        .filter((y) => y.year < FIRST_YEAR || y.year > LAST_YEAR)
        .map((y) => ({ line: 0, message: `${y.year} lies outside ${FIRST_YEAR}-${LAST_YEAR}` }))
    : parsed.errors;
  if (parsed.ok && errors.length === 0) return parsed.years;
  const lines = errors.map(localizeHolidayError);
  throw new AppError('VALIDATION', summarize(lines), { reason: 'invalid', lines });
}
