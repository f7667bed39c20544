/**
 * The small part of lunar-javascript (CommonJS, ships no types) that the calendar uses:
 * lunar date → Gregorian date, and the solar-term table of a lunar year.
 */
declare module 'lunar-javascript' {
  export interface Solar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    /** `YYYY-MM-DD`. */
    toYmd(): string;
    getLunar(): Lunar;
  }

  export interface Lunar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    getSolar(): Solar;
    /**
     * Solar terms around this lunar year keyed by name: Chinese names (冬至 of the previous
     * December … 大雪 of this December) plus pinyin keys (DONG_ZHI, XIAO_HAN…) for the terms
     * that spill into the neighbouring years.
     */
    getJieQiTable(): Record<string, Solar>;
  }

  export const Lunar: {
    /** Lunar year, month (1-12, a non-leap month) and day. */
    fromYmd(year: number, month: number, day: number): Lunar;
  };

  export interface Holiday {
    /** `YYYY-MM-DD`. */
    getDay(): string;
    getName(): string;
    /** True for a make-up workday (调休上班). */
    isWork(): boolean;
  }

  /** The library's own transcription of the notices; tests cross-check our files against it. */
  export const HolidayUtil: {
    getHolidays(year: number): Holiday[];
  };

  export const Solar: {
    fromYmd(year: number, month: number, day: number): Solar;
  };
}
