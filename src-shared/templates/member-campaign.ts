import type { Festival, WorkCalendar } from '../calendar/types';
import { DEFAULT_PLAN_SETTINGS, addDays, dayNumber } from '../model';
import { type TemplateContext, allDay, holidayNotices, maxDay, minDay, pad2, tierSegments } from './common';
import type { DraftActivity, DraftSegment, PlanDraftInput } from './draft';
import {
  campaignBudget,
  campaignKpis,
  campaignParticipants,
  campaignRisks,
  campaignTasks,
} from './member-campaign-extras';
import {
  CAMPAIGN_EXTRA_SEGMENTS,
  CAMPAIGN_RESOURCES,
  FESTIVAL_KIND,
  FESTIVAL_THEMES,
  KINDS,
  type KindSpec,
  type Slot,
} from './member-campaign-catalog';
import { PlacementLedger, type PlacementRequest, candidateStarts, monthBounds, nearest } from './placement';

/**
 * Template 1, member campaign calendar (会员档期, DOMAIN.md §1): twelve months from the month of
 * the start date. Festivals are placed first (the big ones on the festival day itself), then
 * each month's fixed kinds (VIP day, birthday party, two member days, two online interactions,
 * a hot topic; salons, an industry theme and a cross-brand weekend by quarter), then extras
 * until every month holds at least 11 activities. Placement goes through PlacementLedger, so
 * the plan has no venue, channel or segment-fatigue clash of its own.
 */
export const CAMPAIGN_MONTHLY_TARGET = 11;
const CAMPAIGN_SEGMENT_GAP = 3;

export interface CampaignActivity extends DraftActivity {
  /** Relative execution cost, for the budget split. */
  cost: number;
  category: KindSpec['category'];
  quarter: number;
  monthIndex: number;
}

interface MonthInfo {
  index: number;
  year: number;
  month: number;
  from: string;
  to: string;
}

export function campaignMonths(start: string): MonthInfo[] {
  const y0 = Number(start.slice(0, 4));
  const m0 = Number(start.slice(5, 7));
  return Array.from({ length: 12 }, (_, i) => {
    const year = y0 + Math.floor((m0 - 1 + i) / 12);
    const month = ((m0 - 1 + i) % 12) + 1;
    const [from, to] = monthBounds(year, month);
    return { index: i, year, month, from, to };
  });
}

export function memberCampaignDraft(ctx: TemplateContext, cal: WorkCalendar): PlanDraftInput {
  const months = campaignMonths(ctx.startDate);
  const planStart = months[0].from;
  const planEnd = months[11].to;
  const segments: DraftSegment[] = [
    ...tierSegments(ctx.scale, CAMPAIGN_SEGMENT_GAP, 2),
    ...CAMPAIGN_EXTRA_SEGMENTS.map((s) => ({
      key: s.key,
      name: s.name,
      dimension: s.dimension,
      size: Math.max(1, Math.round(ctx.scale * s.share)),
      minGapDays: CAMPAIGN_SEGMENT_GAP,
      weeklyMax: 2,
    })),
  ];
  const sizeOf = new Map(segments.map((s) => [s.key, s.size ?? 0]));
  const capOf = new Map(CAMPAIGN_RESOURCES.map((r) => [r.key, r.dailyCapacity ?? 0]));
  const ledger = new PlacementLedger(CAMPAIGN_RESOURCES, segments, ctx.blackoutDates);
  const activities: CampaignActivity[] = [];
  const monthOfDay = (day: string) => months.findIndex((m) => day >= m.from && day <= m.to);

  const claimsFor = (venue: string | null, staff: number, channel: string | null, audience: number) => {
    const claims: { resourceKey: string; quantity: number }[] = [];
    if (venue) claims.push({ resourceKey: venue, quantity: 1 });
    if (staff > 0) claims.push({ resourceKey: 'staff_events', quantity: staff });
    // Large sends go out in two batches, so one activity never takes more than half a channel's day.
    if (channel)
      claims.push({
        resourceKey: channel,
        quantity:
          channel === 'ch_social' ? 1 : Math.max(1, Math.min(audience, Math.floor((capOf.get(channel) ?? 2) / 2))),
      });
    return claims;
  };
  const participants = (rate: number, min: number, max: number) =>
    Math.max(min, Math.min(max, Math.round(ctx.scale * rate)));
  const alternative = (req: PlacementRequest, candidates: string[], chosen: string) =>
    candidates.find((c) => c !== chosen && ledger.fits(req, c)) ?? null;

  // 1. Festivals, in date order; their windows follow the rules' festival window (−7 … +3 days).
  const festivals = cal.festivalsBetween(planStart, planEnd).filter((f: Festival) => FESTIVAL_THEMES[f.id]);
  for (const f of festivals) {
    const theme = FESTIVAL_THEMES[f.id];
    const wFrom = maxDay(addDays(f.date, -7), planStart);
    const wTo = minDay(addDays(f.date, 3), planEnd);
    const req = {
      durationDays: 1,
      claims: claimsFor('venue_store', FESTIVAL_KIND.staff, 'ch_sms', ctx.scale),
      segmentKeys: [],
    };
    // Big festivals sit on the day itself; smaller themes move to the nearest non-workday in the window.
    const around = nearest(f.date, wFrom, wTo);
    const candidates = theme.big
      ? around
      : [...around.filter((d) => cal.isNonWorkday(d)), ...around.filter((d) => !cal.isNonWorkday(d))];
    const day = ledger.placeOrForce(req, candidates, f.id);
    const alt = alternative(req, candidates, day);
    const mi = monthOfDay(day);
    activities.push({
      key: `fest-${f.id}-${f.date.slice(0, 4)}`,
      title: theme.titleZh,
      type: 'festival',
      ...allDay(day, 1, wFrom, wTo),
      priority: 'festival',
      pinned: theme.big,
      expectedParticipants: participants(
        theme.big ? FESTIVAL_KIND.bigRate : FESTIVAL_KIND.rate,
        FESTIVAL_KIND.min,
        FESTIVAL_KIND.max,
      ),
      notes: `${theme.titleEn}. 紧扣${f.nameZh}（${f.date}），面向全体会员。`,
      backupPlan: `备选方案：客流不及预期时延长线上会场至${f.nameZh}后3天${alt ? `；备选档期 ${alt}` : ''}。`,
      claims: req.claims,
      segmentKeys: [],
      major: theme.big,
      cost: theme.big ? FESTIVAL_KIND.bigCost : FESTIVAL_KIND.cost,
      category: 'promotion',
      quarter: Math.floor(mi / 3),
      monthIndex: mi,
    });
  }

  // 2. Each month's fixed kinds, then 3. extras up to the monthly target.
  const counters = new Map<string, number>();
  const addKind = (m: MonthInfo, kindId: string, slot: Slot, segmentKeys: string[], rotate: number) => {
    const kind = KINDS[kindId];
    const n = (counters.get(`${m.index}:${kindId}`) ?? 0) + 1;
    counters.set(`${m.index}:${kindId}`, n);
    const mid = addDays(m.from, 14);
    const [sFrom, sTo] =
      slot === 'first_half' ? [m.from, mid] : slot === 'second_half' ? [addDays(mid, 1), m.to] : [m.from, m.to];
    const audience = segmentKeys.reduce((s, k) => s + (sizeOf.get(k) ?? 0), 0);
    const req = {
      durationDays: kind.days,
      claims: claimsFor(kind.venue, kind.staff, kind.channel, audience),
      segmentKeys,
    };
    const preferred = candidateStarts(cal, sFrom, sTo, kind.days, rotate);
    const fallback = candidateStarts(cal, m.from, m.to, kind.days, rotate);
    const candidates = [...preferred, ...fallback.filter((d) => !preferred.includes(d))];
    const day = ledger.placeOrForce(req, candidates, `${kindId} in ${m.year}-${pad2(m.month)}`);
    const alt = alternative(req, candidates, day);
    const segNames = segmentKeys.map((k) => segments.find((s) => s.key === k)?.name ?? k).join('、');
    activities.push({
      key: `${kindId}-${m.year}${pad2(m.month)}-${n}`,
      title: `${kind.titleZh}（${m.month}月${n > 1 ? `·${n}` : ''}）`,
      type: kind.type,
      ...allDay(day, kind.days, m.from, m.to),
      priority: kind.priority,
      expectedParticipants: participants(kind.rate, kind.min, kind.max),
      notes: `${kind.titleEn}. 目标会员：${segNames || '全体会员'}。`,
      backupPlan: kind.backup ? `备选方案：${kind.backup}${alt ? `；备选档期 ${alt}` : ''}。` : '',
      claims: req.claims,
      segmentKeys,
      cost: kind.cost,
      category: kind.category,
      quarter: Math.floor(m.index / 3),
      monthIndex: m.index,
    });
  };

  for (const m of months) {
    const qp = m.index % 3;
    if (qp === 1) addKind(m, 'industry', 'month', ['tier_silver', 'tier_gold'], 2);
    if (qp === 2) addKind(m, 'cross_brand', 'month', ['tier_regular', 'life_new'], 3);
    addKind(m, 'vip_day', 'month', ['tier_gold', 'tier_diamond'], 1);
    if (qp === 0) addKind(m, 'salon', 'first_half', ['tier_diamond'], 0);
    if (qp === 2) addKind(m, 'salon', 'first_half', ['tier_gold'], 0);
    addKind(m, 'birthday', 'second_half', [m.index % 2 === 0 ? 'tier_regular' : 'tier_silver'], 1);
    addKind(m, 'member_day', 'first_half', ['tier_regular'], 1);
    addKind(m, 'member_day', 'second_half', ['tier_silver'], 2);
    addKind(m, 'online', 'first_half', ['act_active'], 2);
    addKind(m, 'online', 'second_half', ['act_silent'], 0);
    addKind(m, 'hot_topic', 'month', ['life_new'], 3);
  }
  const EXTRAS: [string, Slot, string[]][] = [
    ['hot_topic', 'month', ['act_silent']],
    ['online', 'month', ['act_active']],
    ['member_day', 'month', ['life_new']],
    ['online', 'month', ['tier_diamond']],
    ['member_day', 'month', ['tier_gold']],
  ];
  for (const m of months) {
    let k = 0;
    while (activities.filter((a) => a.monthIndex === m.index).length < CAMPAIGN_MONTHLY_TARGET) {
      const [kindId, slot, segs] = EXTRAS[k % EXTRAS.length];
      addKind(m, kindId, slot, segs, 4 + k);
      k++;
    }
  }

  markMajors(activities);
  activities.sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.key.localeCompare(b.key));

  const budget = campaignBudget(activities, months, DEFAULT_PLAN_SETTINGS.budgetPhases);
  return {
    templateId: 'member_campaign',
    plan: { name: ctx.planName, startDate: planStart, endDate: planEnd },
    settings: {
      fiscalQuarterStartMonth: months[0].month,
      segmentMinGapDays: CAMPAIGN_SEGMENT_GAP,
      segmentWeeklyMax: 2,
      blackoutDates: ctx.blackoutDates,
    },
    budgetTotalCents: budget.totalCents,
    phaseCaps: budget.phaseCaps,
    resources: CAMPAIGN_RESOURCES,
    segments,
    activities: activities.map(({ cost: _c, category: _g, quarter: _q, monthIndex: _m, ...a }) => a),
    budgetLines: budget.lines,
    risks: campaignRisks(Math.round(campaignParticipants(ctx.scale) * 0.8)),
    kpis: campaignKpis(ctx.scale),
    tasks: campaignTasks(activities, months),
    phases: [],
    precedence: [],
    notices: [...holidayNotices(cal, planStart, planEnd), ...ledger.forced],
  };
}

/** Each quarter's 4-5 重点活动: big festivals, the industry and cross-brand events, then the largest others. */
function markMajors(activities: CampaignActivity[]): void {
  for (let q = 0; q < 4; q++) {
    const inQ = activities.filter((a) => a.quarter === q);
    const must = inQ.filter((a) => a.major || a.type === 'industry' || a.type === 'cross_brand');
    const rest = inQ
      .filter((a) => !must.includes(a) && (a.type === 'festival' || a.type === 'salon'))
      .sort(
        (a, b) =>
          (a.type === b.type ? 0 : a.type === 'festival' ? -1 : 1) ||
          (b.expectedParticipants ?? 0) - (a.expectedParticipants ?? 0),
      );
    const chosen = [...must, ...rest].slice(0, Math.max(4, Math.min(5, must.length)));
    for (const a of inQ) a.major = chosen.includes(a);
  }
}
