import { HolidayUtil } from 'lunar-javascript';
import { describe, expect, it } from 'vitest';
import {
  createPlanCalendar,
  createWorkCalendar,
  parseHolidayFile,
  shippedOfficialYears,
} from '../../../src-shared/calendar';
import { PlanSettings } from '../../../src-shared/model/plan-settings';
import { weekday } from '../../../src-shared/model/dates';

describe('work calendar with the shipped data', () => {
  const cal = createWorkCalendar();

  it('has official data for 2024-2026 only, and says where it came from', () => {
    expect(cal.officialDataYears()).toEqual([2024, 2025, 2026]);
    expect(cal.hasOfficialData(2025)).toBe(true);
    expect(cal.hasOfficialData(2027)).toBe(false);
    expect(cal.officialSource(2025)).toContain('国办发明电〔2024〕12号');
    expect(cal.officialSource(2026)).toContain('国办发明电〔2025〕7号');
    expect(cal.officialSource(2024)).toContain('国办发明电〔2023〕7号');
    expect(cal.yearsWithoutOfficialData('2026-06-01', '2028-01-01')).toEqual([2027, 2028]);
  });

  it("agrees day for day with lunar-javascript's independent transcription of the notices", () => {
    for (const year of shippedOfficialYears()) {
      const ours = year.days.map((d) => `${d.date} ${d.kind === 'holiday' ? 'H' : 'W'}`).sort();
      const theirs = HolidayUtil.getHolidays(year.year)
        .map((h) => `${h.getDay()} ${h.isWork() ? 'W' : 'H'}`)
        .sort();
      expect(ours).toEqual(theirs);
    }
  });

  it('honours the 2025 Spring Festival break and its make-up workdays', () => {
    for (const d of ['2025-01-28', '2025-01-29', '2025-02-01', '2025-02-04']) {
      expect(cal.dayKind(d)).toBe('holiday');
      expect(cal.isNonWorkday(d)).toBe(true);
    }
    // 2025-01-26 is a Sunday and 2025-02-08 a Saturday: both are working days.
    expect(weekday('2025-01-26')).toBe(0);
    for (const d of ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']) {
      expect(cal.dayKind(d)).toBe('makeup_workday');
      expect(cal.isNonWorkday(d)).toBe(false);
    }
    expect(cal.dayKind('2025-10-08')).toBe('holiday');
    expect(cal.dayKind('2025-01-27')).toBe('workday');
    expect(cal.dayKind('2025-02-09')).toBe('weekend');
  });

  it('honours the 2026 schedule', () => {
    for (let d = 15; d <= 23; d++) expect(cal.dayKind(`2026-02-${d}`)).toBe('holiday');
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(cal.isNonWorkday(d)).toBe(false);
      expect(cal.dayLabel(d)?.nameZh).toMatch(/调休上班$/);
    }
    expect(cal.isNonWorkday('2026-01-03')).toBe(true);
    expect(cal.isNonWorkday('2026-09-25')).toBe(true);
    expect(cal.isNonWorkday('2026-10-08')).toBe(false);
  });

  it('falls back to weekends for a year without data', () => {
    expect(cal.dayKind('2027-02-06')).toBe('weekend'); // Spring Festival 2027 is a Saturday
    expect(cal.dayKind('2027-02-08')).toBe('workday'); // no notice yet: nobody knows the break
    expect(cal.festivalsBetween('2027-02-06', '2027-02-06').map((f) => f.id)).toContain('spring_festival');
  });

  it('counts official non-workdays the way the notices do', () => {
    // 104 weekend days + 18 weekday holidays - 5 weekend make-up workdays.
    const n = cal.nonWorkdaysBetween('2025-01-01', '2025-12-31').length;
    expect(n).toBe(117);
  });
});

describe('custom days, blackout dates and imported years', () => {
  it('lets the planner add holidays and working days, and blackout dates', () => {
    const cal = createWorkCalendar({
      customHolidays: [
        { date: '2025-03-12', nameZh: '店庆' },
        { date: '2025-03-15', nameZh: '盘点加班', kind: 'workday' },
      ],
      blackoutDates: ['2025-03-20'],
    });
    expect(cal.isNonWorkday('2025-03-12')).toBe(true);
    expect(cal.isNonWorkday('2025-03-15')).toBe(false);
    expect(cal.isBlackout('2025-03-20')).toBe(true);
    expect(cal.isNonWorkday('2025-03-20')).toBe(false);
    expect(
      cal.festivalsBetween('2025-03-01', '2025-03-31').some((f) => f.kind === 'custom' && f.nameZh === '店庆'),
    ).toBe(true);
  });

  it('adds a year from an imported file', () => {
    const parsed = parseHolidayFile('# source: test notice\n2027-01-01,holiday,元旦\n2027-02-07,workday,春节调休\n');
    if (!parsed.ok) throw new Error('should parse');
    const cal = createWorkCalendar({ officialYears: [...shippedOfficialYears(), ...parsed.years] });
    expect(cal.hasOfficialData(2027)).toBe(true);
    expect(cal.officialSource(2027)).toBe('test notice');
    expect(cal.dayKind('2027-02-07')).toBe('makeup_workday');
    expect(cal.isNonWorkday('2027-01-01')).toBe(true);
  });

  it('supports a six-day working week', () => {
    const cal = createWorkCalendar({ workingWeekdays: [1, 2, 3, 4, 5, 6] });
    expect(cal.isNonWorkday('2025-03-08')).toBe(false);
    expect(cal.isNonWorkday('2025-03-09')).toBe(true);
  });
});

describe('createPlanCalendar', () => {
  it('builds a calendar from plan settings and imported years', () => {
    const settings = PlanSettings.parse({
      blackoutDates: ['2026-07-01'],
      customHolidays: [{ date: '2026-07-02', nameZh: '店庆' }],
      workingWeekdays: [1, 2, 3, 4, 5, 6],
    });
    const parsed = parseHolidayFile('2027-10-01,holiday,国庆节');
    if (!parsed.ok) throw new Error('should parse');
    const cal = createPlanCalendar(settings, parsed.years);
    expect(cal.isBlackout('2026-07-01')).toBe(true);
    expect(cal.dayKind('2026-07-02')).toBe('holiday');
    expect(cal.isNonWorkday('2026-07-04')).toBe(false); // Saturday in a six-day week
    expect(cal.officialDataYears()).toEqual([2024, 2025, 2026, 2027]);
    expect(Object.isFrozen(cal.festivalsBetween('2026-09-25', '2026-09-25')[0])).toBe(true);
  });
});
