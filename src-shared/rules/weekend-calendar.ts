import type { DayKind, Festival, WorkCalendar } from '../calendar/types';
import { dayNumber, weekday } from '../model/dates';

/**
 * A calendar that knows only weekends and the festivals it is given. The rules' tests and
 * benchmarks use it so they do not depend on the holiday data another module ships.
 */
export class WeekendCalendar implements WorkCalendar {
  private readonly festivals: Festival[];

  constructor(festivals: Festival[] = []) {
    this.festivals = [...festivals].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  isNonWorkday(day: string): boolean {
    const w = weekday(day);
    return w === 0 || w === 6;
  }

  dayKind(day: string): DayKind {
    return this.isNonWorkday(day) ? 'weekend' : 'workday';
  }

  festivalsBetween(from: string, to: string): Festival[] {
    const lo = dayNumber(from);
    const hi = dayNumber(to);
    return this.festivals.filter((f) => dayNumber(f.date) >= lo && dayNumber(f.date) <= hi);
  }

  hasOfficialData(): boolean {
    return false;
  }
}
