import type { PlanCalendar } from '../../../../src-shared/calendar';
import type { Lang } from '../../i18n';

/**
 * How a day looks: shaded for public holidays, 调休 make-up workdays and weekends, with the
 * festival's name. Looked up per cell by FullCalendar, so answers are cached per day string.
 */
export interface DayLook {
  classNames: string[];
  badge: 'holiday' | 'makeup' | null;
  label: string | null;
}

export function createDayLooks(calendar: PlanCalendar, lang: Lang): (day: string) => DayLook {
  const cache = new Map<string, DayLook>();
  const festivals = new Map<string, string>();
  const years = new Set<number>();
  const festivalOn = (day: string): string | undefined => {
    const year = Number(day.slice(0, 4));
    if (!years.has(year)) {
      years.add(year);
      for (const f of calendar.festivalsBetween(`${year}-01-01`, `${year}-12-31`)) {
        if (f.kind === 'solar_term') continue; // 24 terms would crowd the month; festivals matter to planners
        const name = lang === 'zh-CN' ? f.nameZh : f.nameEn;
        festivals.set(f.date, festivals.has(f.date) ? `${festivals.get(f.date)} · ${name}` : name);
      }
    }
    return festivals.get(day);
  };
  return (day) => {
    const hit = cache.get(day);
    if (hit) return hit;
    const kind = calendar.dayKind(day);
    const classNames = [`day-${kind}`];
    if (calendar.isBlackout(day)) classNames.push('day-blackout');
    const holidayName = calendar.dayLabel(day);
    const festival = festivalOn(day) ?? null;
    if (festival) classNames.push('day-festival');
    const look: DayLook = {
      classNames,
      badge: kind === 'holiday' ? 'holiday' : kind === 'makeup_workday' ? 'makeup' : null,
      label: festival ?? (holidayName ? (lang === 'zh-CN' ? holidayName.nameZh : holidayName.nameEn) : null),
    };
    cache.set(day, look);
    return look;
  };
}
