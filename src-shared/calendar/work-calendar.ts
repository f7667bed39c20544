import { dayFromNumber, dayNumber, isValidDay, weekday } from '../model/dates';
import { festivalsOfYear } from './festivals';
import { type OfficialDay, type OfficialYear, shippedOfficialYears } from './holiday-data';
import type { DayKind, Festival, WorkCalendar } from './types';

/** A planner's own day: a company holiday (non-workday) or an extra working day. */
export interface CustomHoliday {
  date: string;
  nameZh: string;
  nameEn?: string;
  /** Default 'holiday'. 'workday' makes a weekend or official holiday a working day for this plan. */
  kind?: 'holiday' | 'workday';
}

export interface WorkCalendarOptions {
  /** Official years to honour; defaults to the shipped data. Pass shipped + imported to add a year. */
  officialYears?: readonly OfficialYear[];
  customHolidays?: readonly CustomHoliday[];
  /** Days on which nothing may be scheduled (store closures, audits); they do not change workdays. */
  blackoutDates?: readonly string[];
  /** Weekdays that are working days when no holiday rule applies (0 = Sunday); default Mon-Fri. */
  workingWeekdays?: readonly number[];
}

/** The calendar the app hands around: the rules' WorkCalendar plus what the views need. */
export interface PlanCalendar extends WorkCalendar {
  isWorkday(day: string): boolean;
  isBlackout(day: string): boolean;
  /** Name of the holiday or make-up workday on this day (official or custom), or null. */
  dayLabel(day: string): { nameZh: string; nameEn: string } | null;
  /** Provenance of a year's official data, or null (then only weekends and computed festivals apply). */
  officialSource(year: number): string | null;
  /** Years with official data, ascending. */
  officialDataYears(): number[];
  /** Years in [from, to] lacking official data: what the UI warns about. */
  yearsWithoutOfficialData(from: string, to: string): number[];
  /** Non-workdays in [from, to] inclusive. */
  nonWorkdaysBetween(from: string, to: string): string[];
}

/** The calendar a plan uses: shipped plus imported official years, and the plan's own settings. */
export function createPlanCalendar(
  settings: {
    workingWeekdays?: readonly number[];
    blackoutDates?: readonly string[];
    customHolidays?: readonly CustomHoliday[];
  },
  importedYears: readonly OfficialYear[] = [],
): PlanCalendar {
  return createWorkCalendar({
    officialYears: [...shippedOfficialYears(), ...importedYears],
    workingWeekdays: settings.workingWeekdays,
    blackoutDates: settings.blackoutDates,
    customHolidays: settings.customHolidays,
  });
}

interface DayRule {
  kind: 'holiday' | 'makeup_workday';
  nameZh: string;
  nameEn: string;
}

const DEFAULT_WORKING_WEEK = [1, 2, 3, 4, 5];

function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}

export function createWorkCalendar(options: WorkCalendarOptions = {}): PlanCalendar {
  const years = new Map<number, OfficialYear>();
  // Later entries win, so an imported file can replace a shipped year (e.g. a corrected notice).
  for (const y of options.officialYears ?? shippedOfficialYears()) years.set(y.year, y);

  const rules = new Map<string, DayRule>();
  for (const y of years.values()) {
    for (const d of y.days) rules.set(d.date, toRule(d));
  }
  const custom: Festival[] = [];
  for (const c of options.customHolidays ?? []) {
    if (!isValidDay(c.date)) throw new Error(`custom holiday date ${c.date} is not a real YYYY-MM-DD`);
    const nameEn = c.nameEn ?? c.nameZh;
    const kind = c.kind ?? 'holiday';
    // The planner's own days override the official ones: it is their plan.
    rules.set(c.date, { kind: kind === 'holiday' ? 'holiday' : 'makeup_workday', nameZh: c.nameZh, nameEn });
    if (kind === 'holiday')
      custom.push({ id: `custom_${c.date}`, nameZh: c.nameZh, nameEn, date: c.date, kind: 'custom' });
  }
  const blackout = new Set(options.blackoutDates ?? []);
  const workingWeek = new Set(options.workingWeekdays ?? DEFAULT_WORKING_WEEK);

  const dayKind = (day: string): DayKind => {
    const rule = rules.get(day);
    if (rule) return rule.kind;
    return workingWeek.has(weekday(day)) ? 'workday' : 'weekend';
  };
  const isNonWorkday = (day: string): boolean => {
    const k = dayKind(day);
    return k === 'weekend' || k === 'holiday';
  };

  return {
    isNonWorkday,
    isWorkday: (day) => !isNonWorkday(day),
    dayKind,
    isBlackout: (day) => blackout.has(day),
    dayLabel: (day) => {
      const rule = rules.get(day);
      return rule ? { nameZh: rule.nameZh, nameEn: rule.nameEn } : null;
    },
    festivalsBetween(from, to) {
      const lo = dayNumber(from);
      const hi = dayNumber(to);
      const out: Festival[] = [];
      for (let y = yearOf(from); y <= yearOf(to); y++) {
        for (const f of festivalsOfYear(y)) {
          const n = dayNumber(f.date);
          if (n >= lo && n <= hi) out.push(f);
        }
      }
      for (const c of custom) {
        const n = dayNumber(c.date);
        if (n >= lo && n <= hi) out.push(c);
      }
      return out.sort((a, b) => dayNumber(a.date) - dayNumber(b.date) || a.id.localeCompare(b.id));
    },
    hasOfficialData: (year) => years.has(year),
    officialSource: (year) => years.get(year)?.source ?? null,
    officialDataYears: () => [...years.keys()].sort((a, b) => a - b),
    yearsWithoutOfficialData(from, to) {
      const out: number[] = [];
      for (let y = yearOf(from); y <= yearOf(to); y++) if (!years.has(y)) out.push(y);
      return out;
    },
    nonWorkdaysBetween(from, to) {
      const out: string[] = [];
      const hi = dayNumber(to);
      for (let n = dayNumber(from); n <= hi; n++) {
        const day = dayFromNumber(n);
        if (isNonWorkday(day)) out.push(day);
      }
      return out;
    },
  };
}

function toRule(d: OfficialDay): DayRule {
  return { kind: d.kind, nameZh: d.nameZh, nameEn: d.nameEn };
}
