import type { WorkCalendar } from '../calendar/types';
import { addDays, dayNumber, daysInMonth } from '../model/dates';
import type { DraftActivity, DraftSegment, TemplateNotice } from './draft';

/**
 * Shared pieces of the four templates: the normalised request, tier segments sized from the
 * expected members, the year-without-data notice, and the 5-point probability scale.
 */
export interface TemplateContext {
  planName: string;
  /** First day of the plan. */
  startDate: string;
  /** Expected members. */
  scale: number;
  /** The planner's blackout dates: nothing is placed on them, and they go into the plan's settings. */
  blackoutDates: string[];
  /** The planner's own total budget (yuan), replacing the template's figure. */
  budgetYuan?: number;
  /** City promotion: revenue per member a year (yuan). */
  revenuePerMemberYuan?: number;
}

export function contextFrom(req: {
  planName: string;
  startDate?: string;
  year?: number;
  scale: number;
  blackoutDates?: string[];
  budgetYuan?: number;
  revenuePerMemberYuan?: number;
}): TemplateContext {
  const startDate = req.startDate ?? `${req.year}-01-01`;
  return {
    planName: req.planName,
    startDate,
    scale: req.scale,
    blackoutDates: [...(req.blackoutDates ?? [])].sort(),
    budgetYuan: req.budgetYuan,
    revenuePerMemberYuan: req.revenuePerMemberYuan,
  };
}

/** The notice a plan carries when part of it lies in a year without official holiday data. */
export function holidayNotices(cal: WorkCalendar, from: string, to: string): TemplateNotice[] {
  const out: TemplateNotice[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    if (!cal.hasOfficialData(y)) {
      out.push({
        'zh-CN': `${y}年尚无国务院办公厅放假安排数据：调休未知，仅按周末与计算出的节日排期；通知发布后请导入节假日文件。`,
        en: `No official ${y} holiday schedule yet: weekends and computed festivals only; import the notice when it is published.`,
      });
    }
  }
  return out;
}

/**
 * The SMS channel every template shares (one workspace resource, found by name). 会员档期策划方案
 * says SMS reaches 1,000,000 members and names no period: the daily cap (33,000) and reading the
 * million as a monthly cap are assumptions the planner sees in the plan's assumption list.
 */
export const SMS_DAILY_CAP = 33_000;
export const SMS_PERIOD_CAP = 1_000_000;
export const SMS_CHANNEL = {
  dailyCapacity: SMS_DAILY_CAP,
  periodCapacity: SMS_PERIOD_CAP,
  notes: '会员档期策划方案：短信覆盖100万会员（未给周期）。每日33,000条与每月100万条均为假设，可在资源中修改。',
} as const;

/** Tier shares of the membership (普通/银卡/金卡/钻石); an assumption the planner can edit. */
export const TIER_SHARES = { regular: 0.6, silver: 0.25, gold: 0.11, diamond: 0.04 } as const;

export function tierSegments(scale: number, minGapDays = 3, weeklyMax = 2): DraftSegment[] {
  const size = (share: number) => Math.max(1, Math.round(scale * share));
  return [
    {
      key: 'tier_regular',
      name: '普通会员',
      dimension: 'tier',
      size: size(TIER_SHARES.regular),
      minGapDays,
      weeklyMax,
    },
    { key: 'tier_silver', name: '银卡会员', dimension: 'tier', size: size(TIER_SHARES.silver), minGapDays, weeklyMax },
    { key: 'tier_gold', name: '金卡会员', dimension: 'tier', size: size(TIER_SHARES.gold), minGapDays, weeklyMax },
    {
      key: 'tier_diamond',
      name: '钻石会员',
      dimension: 'tier',
      size: size(TIER_SHARES.diamond),
      minGapDays,
      weeklyMax,
    },
  ];
}

/** A probability in percent on the 1-5 scale of the risk matrix (≤10% → 1 … >70% → 5). */
export function probabilityScore(percent: number): number {
  if (percent <= 10) return 1;
  if (percent <= 30) return 2;
  if (percent <= 50) return 3;
  if (percent <= 70) return 4;
  return 5;
}

/** An all-day activity of `days` days from `start`, inside [windowStart, windowEnd]. */
export function allDay(
  start: string,
  days: number,
  windowStart: string,
  windowEnd: string,
): Pick<DraftActivity, 'allDay' | 'start' | 'end' | 'windowStart' | 'windowEnd'> {
  return { allDay: true, start, end: addDays(start, days - 1), windowStart, windowEnd };
}

export function maxDay(a: string, b: string): string {
  return dayNumber(a) >= dayNumber(b) ? a : b;
}

export function minDay(a: string, b: string): string {
  return dayNumber(a) <= dayNumber(b) ? a : b;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The same day-of-month `months` later, clamped to the month's length (01-31 + 1 month → 02-28). */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const d = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${pad2(month)}-${pad2(d)}`;
}
