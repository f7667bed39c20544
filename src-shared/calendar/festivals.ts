import { Lunar } from 'lunar-javascript';
import { addDays, weekday } from '../model/dates';
import type { Festival, FestivalKind } from './types';

/**
 * Festivals and commercial dates for any Gregorian year. Lunar dates and solar terms come from
 * lunar-javascript (astronomical tables, correct well beyond the years we ship holiday data for),
 * so a planner working on 2029 still sees 中秋 on the right day even before its notice exists.
 */

/** The 24 solar terms in calendar order from January, with stable ids and English names. */
const SOLAR_TERMS: ReadonlyArray<readonly [zh: string, id: string, en: string]> = [
  ['小寒', 'xiaohan', 'Minor Cold'],
  ['大寒', 'dahan', 'Major Cold'],
  ['立春', 'lichun', 'Start of Spring'],
  ['雨水', 'yushui', 'Rain Water'],
  ['惊蛰', 'jingzhe', 'Awakening of Insects'],
  ['春分', 'chunfen', 'Spring Equinox'],
  ['清明', 'qingming', 'Pure Brightness'],
  ['谷雨', 'guyu', 'Grain Rain'],
  ['立夏', 'lixia', 'Start of Summer'],
  ['小满', 'xiaoman', 'Grain Buds'],
  ['芒种', 'mangzhong', 'Grain in Ear'],
  ['夏至', 'xiazhi', 'Summer Solstice'],
  ['小暑', 'xiaoshu', 'Minor Heat'],
  ['大暑', 'dashu', 'Major Heat'],
  ['立秋', 'liqiu', 'Start of Autumn'],
  ['处暑', 'chushu', 'End of Heat'],
  ['白露', 'bailu', 'White Dew'],
  ['秋分', 'qiufen', 'Autumn Equinox'],
  ['寒露', 'hanlu', 'Cold Dew'],
  ['霜降', 'shuangjiang', "Frost's Descent"],
  ['立冬', 'lidong', 'Start of Winter'],
  ['小雪', 'xiaoxue', 'Minor Snow'],
  ['大雪', 'daxue', 'Major Snow'],
  ['冬至', 'dongzhi', 'Winter Solstice'],
];

const LUNAR_FESTIVALS: ReadonlyArray<readonly [month: number, day: number, id: string, zh: string, en: string]> = [
  [1, 1, 'spring_festival', '春节', 'Spring Festival'],
  [1, 15, 'lantern', '元宵节', 'Lantern Festival'],
  [5, 5, 'dragon_boat', '端午节', 'Dragon Boat Festival'],
  [7, 7, 'qixi', '七夕', 'Qixi Festival'],
  [8, 15, 'mid_autumn', '中秋节', 'Mid-Autumn Festival'],
  [9, 9, 'double_ninth', '重阳节', 'Double Ninth Festival'],
];

const FIXED: ReadonlyArray<readonly [mmdd: string, id: string, zh: string, en: string, kind: FestivalKind]> = [
  ['01-01', 'new_year', '元旦', "New Year's Day", 'public'],
  ['02-14', 'valentines', '情人节', "Valentine's Day", 'commercial'],
  ['03-08', 'womens_day', '妇女节', "Women's Day", 'commercial'],
  ['05-01', 'labour_day', '劳动节', 'Labour Day', 'public'],
  ['05-20', 'day_520', '520', '520 (I love you day)', 'commercial'],
  ['06-01', 'childrens_day', '儿童节', "Children's Day", 'commercial'],
  ['06-18', 'day_618', '618年中大促', '618 mid-year sale', 'commercial'],
  ['10-01', 'national_day', '国庆节', 'National Day', 'public'],
  ['11-11', 'double_11', '双11', 'Double 11', 'commercial'],
  ['12-12', 'double_12', '双12', 'Double 12', 'commercial'],
  ['12-25', 'christmas', '圣诞节', 'Christmas', 'commercial'],
];

/** The n-th (1-based) given weekday of a month, e.g. Mother's Day = 2nd Sunday of May. */
export function nthWeekdayOfMonth(year: number, month: number, dow: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const offset = (dow - weekday(first) + 7) % 7;
  return addDays(first, offset + 7 * (n - 1));
}

/** Gregorian day of a lunar date (non-leap month) in the lunar year starting in `lunarYear`. */
export function lunarToSolar(lunarYear: number, month: number, day: number): string {
  return Lunar.fromYmd(lunarYear, month, day).getSolar().toYmd();
}

/** The 24 solar terms falling in a Gregorian year, in date order. */
export function solarTerms(year: number): Festival[] {
  // The table of lunar year Y holds 小寒 … 大雪 of Gregorian Y under Chinese keys; that year's
  // 冬至 sits under the Chinese key of the next lunar year's table.
  const thisYear = Lunar.fromYmd(year, 1, 1).getJieQiTable();
  const nextYear = Lunar.fromYmd(year + 1, 1, 1).getJieQiTable();
  return SOLAR_TERMS.map(([zh, id, en]) => {
    const solar = zh === '冬至' ? nextYear[zh] : thisYear[zh];
    if (!solar || solar.getYear() !== year) throw new Error(`solar term ${zh} not found for ${year}`);
    return { id: `term_${id}`, nameZh: zh, nameEn: en, date: solar.toYmd(), kind: 'solar_term' as const };
  });
}

const cache = new Map<number, Festival[]>();

/** Every festival, solar term and commercial date of a Gregorian year, sorted by date then id. */
export function festivalsOfYear(year: number): Festival[] {
  const hit = cache.get(year);
  if (hit) return hit.slice();
  const list: Festival[] = [];
  for (const [m, d, id, nameZh, nameEn] of LUNAR_FESTIVALS) {
    list.push({ id, nameZh, nameEn, date: lunarToSolar(year, m, d), kind: 'lunar' });
  }
  // 除夕 is the eve of the lunar new year that starts in this Gregorian year.
  const eve = addDays(lunarToSolar(year, 1, 1), -1);
  list.push({ id: 'new_year_eve', nameZh: '除夕', nameEn: "Chinese New Year's Eve", date: eve, kind: 'lunar' });
  for (const [mmdd, id, nameZh, nameEn, kind] of FIXED) {
    list.push({ id, nameZh, nameEn, date: `${year}-${mmdd}`, kind });
  }
  const terms = solarTerms(year);
  list.push(...terms);
  const qingming = terms.find((t) => t.id === 'term_qingming');
  if (qingming)
    list.push({ id: 'qingming', nameZh: '清明节', nameEn: 'Qingming Festival', date: qingming.date, kind: 'public' });
  list.push({
    id: 'mothers_day',
    nameZh: '母亲节',
    nameEn: "Mother's Day",
    date: nthWeekdayOfMonth(year, 5, 0, 2),
    kind: 'commercial',
  });
  list.push({
    id: 'fathers_day',
    nameZh: '父亲节',
    nameEn: "Father's Day",
    date: nthWeekdayOfMonth(year, 6, 0, 3),
    kind: 'commercial',
  });
  list.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1));
  // Shared by every caller through the cache, so nobody may edit them in place.
  for (const f of list) Object.freeze(f);
  cache.set(year, list);
  return list.slice();
}

/** The date of one festival in a year, or null for an unknown id. */
export function festivalDate(year: number, id: string): string | null {
  return festivalsOfYear(year).find((f) => f.id === id)?.date ?? null;
}
