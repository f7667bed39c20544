import { describe, expect, it } from 'vitest';
import { festivalDate, festivalsOfYear, nthWeekdayOfMonth, solarTerms } from '../../../src-shared/calendar';

/**
 * Published dates (Hong Kong Observatory / 中国天文年历 tables, as printed on every calendar).
 * Checked by hand against the State Council notices where those name the festival day.
 */
const PUBLISHED: Record<string, Record<number, string>> = {
  spring_festival: {
    2024: '2024-02-10',
    2025: '2025-01-29',
    2026: '2026-02-17',
    2027: '2027-02-06',
    2028: '2028-01-26',
    2029: '2029-02-13',
    2030: '2030-02-03',
  },
  lantern: { 2024: '2024-02-24', 2025: '2025-02-12', 2026: '2026-03-03', 2027: '2027-02-20' },
  dragon_boat: {
    2024: '2024-06-10',
    2025: '2025-05-31',
    2026: '2026-06-19',
    2027: '2027-06-09',
    2028: '2028-05-28',
    2029: '2029-06-16',
    2030: '2030-06-05',
  },
  qixi: { 2024: '2024-08-10', 2025: '2025-08-29', 2026: '2026-08-19', 2027: '2027-08-08' },
  mid_autumn: {
    2024: '2024-09-17',
    2025: '2025-10-06',
    2026: '2026-09-25',
    2027: '2027-09-15',
    2028: '2028-10-03',
    2029: '2029-09-22',
    2030: '2030-09-12',
  },
  double_ninth: { 2024: '2024-10-11', 2025: '2025-10-29', 2026: '2026-10-18' },
  new_year_eve: { 2024: '2024-02-09', 2025: '2025-01-28', 2026: '2026-02-16' },
  qingming: { 2024: '2024-04-04', 2025: '2025-04-04', 2026: '2026-04-05', 2027: '2027-04-05', 2028: '2028-04-04' },
  mothers_day: { 2024: '2024-05-12', 2025: '2025-05-11', 2026: '2026-05-10', 2027: '2027-05-09', 2030: '2030-05-12' },
  term_dongzhi: { 2024: '2024-12-21', 2025: '2025-12-21', 2026: '2026-12-22' },
  term_xiaohan: { 2024: '2024-01-06', 2025: '2025-01-05', 2026: '2026-01-05' },
  term_lichun: { 2024: '2024-02-04', 2025: '2025-02-03', 2026: '2026-02-04' },
  term_xiazhi: { 2024: '2024-06-21', 2025: '2025-06-21', 2026: '2026-06-21' },
};

describe('festival dates', () => {
  for (const [id, byYear] of Object.entries(PUBLISHED)) {
    for (const [year, date] of Object.entries(byYear)) {
      it(`${id} ${year} is ${date}`, () => {
        expect(festivalDate(Number(year), id)).toBe(date);
      });
    }
  }

  it('has fixed and commercial dates every year 2024-2030', () => {
    for (let y = 2024; y <= 2030; y++) {
      expect(festivalDate(y, 'new_year')).toBe(`${y}-01-01`);
      expect(festivalDate(y, 'valentines')).toBe(`${y}-02-14`);
      expect(festivalDate(y, 'day_520')).toBe(`${y}-05-20`);
      expect(festivalDate(y, 'day_618')).toBe(`${y}-06-18`);
      expect(festivalDate(y, 'national_day')).toBe(`${y}-10-01`);
      expect(festivalDate(y, 'double_11')).toBe(`${y}-11-11`);
      expect(festivalDate(y, 'double_12')).toBe(`${y}-12-12`);
      expect(festivalDate(y, 'christmas')).toBe(`${y}-12-25`);
    }
  });

  it('gives 24 distinct solar terms inside the year, in order, for 1950-2100', () => {
    for (let y = 1950; y <= 2100; y += 7) {
      const terms = solarTerms(y);
      expect(terms).toHaveLength(24);
      expect(new Set(terms.map((t) => t.id)).size).toBe(24);
      const dates = terms.map((t) => t.date);
      expect([...dates].sort()).toEqual(dates);
      expect(dates.every((d) => d.startsWith(`${y}-`))).toBe(true);
    }
  });

  it('sorts a year by date and is deterministic', () => {
    const a = festivalsOfYear(2028);
    const b = festivalsOfYear(2028);
    expect(a).toEqual(b);
    expect(a.map((f) => f.date)).toEqual([...a.map((f) => f.date)].sort());
  });

  it('computes nth weekdays', () => {
    expect(nthWeekdayOfMonth(2025, 6, 0, 3)).toBe('2025-06-15');
    expect(nthWeekdayOfMonth(2026, 3, 1, 1)).toBe('2026-03-02');
  });
});
