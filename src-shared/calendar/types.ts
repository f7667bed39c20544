/**
 * What the scheduling rules and the calendar views need to know about days. Implemented in
 * src-shared/calendar from the shipped holiday data, lunar festivals and planner-added dates;
 * the rules depend only on this interface so they stay testable with a weekends-only calendar.
 */
export type FestivalKind = 'public' | 'lunar' | 'solar_term' | 'commercial' | 'custom';

export interface Festival {
  /** Stable id such as `spring_festival`, `mid_autumn`, `double_11`, `term_qingming`. */
  id: string;
  nameZh: string;
  nameEn: string;
  /** YYYY-MM-DD. */
  date: string;
  kind: FestivalKind;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface WorkCalendar {
  /** True for weekends and public holidays, false for make-up workdays (调休) even on a Sunday. */
  isNonWorkday(day: string): boolean;
  dayKind(day: string): DayKind;
  /** Festivals and commercial dates falling in [from, to] (inclusive, YYYY-MM-DD). */
  festivalsBetween(from: string, to: string): Festival[];
  /** Whether official holiday data exists for the year (false: weekends plus computed festivals only). */
  hasOfficialData(year: number): boolean;
}
