import type { Festival, WorkCalendar } from '../calendar/types';
import { DEFAULT_PLAN_SETTINGS, addDays, dayNumber } from '../model';
import { type TemplateContext, allDay, holidayNotices, maxDay, minDay, pad2, tierSegments } from './common';
import type { DraftActivity, DraftSegment, PlanDraftInput } from './draft';
import { campaignAssumptions } from './member-campaign-assumptions';
import { YUAN } from './money';
import {
  CAMPAIGN_RESERVE_OF_PHASED_PERCENT,
  CAMPAIGN_TOTAL_CENTS,
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
import { splitCents } from './money';
import { PlacementLedger, type PlacementRequest, candidateStarts, monthBounds, nearest } from './placement';

/**
 * Template 1, member campaign calendar (会员档期, docs/domain.md §1): twelve months from the month of
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
    const events = theme.events ?? 1;
    // The document's festival figures (春节 3,000 over 5 events, 国庆 5,000, 中秋 2,000 over 3);
    // other big festivals reach 50% of members (its festival share); small ones are an assumption.
    const reach = theme.members
      ? Math.min(theme.members, ctx.scale)
      : theme.big
        ? Math.round(ctx.scale * FESTIVAL_KIND.bigShare)
        : participants(FESTIVAL_KIND.rate, FESTIVAL_KIND.min, FESTIVAL_KIND.max);
    const perEvent = splitCents(
      reach,
      Array.from({ length: events }, () => 1),
    );
    for (let e = 0; e < events; e++) {
      const store = {
        durationDays: 1,
        claims: claimsFor('venue_store', FESTIVAL_KIND.staff, 'ch_sms', ctx.scale),
        segmentKeys: [],
      };
      // A festival's further events may also use the function hall, so two can share a holiday.
      // One SMS invitation announces all of a festival's events: the further ones send nothing.
      const hall = { ...store, claims: claimsFor('venue_hall', FESTIVAL_KIND.staff, null, 0) };
      const again = { ...store, claims: claimsFor('venue_store', FESTIVAL_KIND.staff, null, 0) };
      // Big festivals and days named by their date sit on the day itself (a festival's further
      // events on the nearest days); smaller themes move to the nearest non-workday in the window.
      const around = nearest(f.date, wFrom, wTo);
      const onDay = theme.big || theme.onTheDay === true;
      const offFirst = [...around.filter((d) => cal.isNonWorkday(d)), ...around.filter((d) => !cal.isNonWorkday(d))];
      const candidates = onDay && e === 0 ? around : offFirst;
      const what = `${theme.titleZh}${events > 1 ? `第${e + 1}场` : ''}`;
      const options = e === 0 ? [store] : [again, hall];
      let req = store;
      let day: string | null = null;
      for (const c of candidates) {
        const fit = options.find((o) => ledger.fits(o, c));
        if (fit) {
          ledger.reserve(fit, c);
          [req, day] = [fit, c];
          break;
        }
      }
      if (day === null) day = ledger.placeOrForce(options[0], candidates, what);
      const alt = alternative(req, candidates, day);
      const mi = monthOfDay(day);
      const session = events > 1 ? `·第${e + 1}场` : '';
      const reachNote = theme.members
        ? `会员档期策划方案：${f.nameZh}${events > 1 ? `共${events}场活动，` : ''}预计${theme.members.toLocaleString('en-US')}名会员参与。`
        : theme.big
          ? '会员档期策划方案：大型节日活动吸引至少50%的会员参与。'
          : '参与人数为假设（会员数×3%）。';
      activities.push({
        key: `fest-${f.id}-${f.date.slice(0, 4)}${e > 0 ? `-${e + 1}` : ''}`,
        title: `${theme.titleZh}${session}`,
        type: 'festival',
        ...allDay(day, 1, wFrom, wTo),
        priority: 'festival',
        pinned: onDay && e === 0,
        expectedParticipants: perEvent[e],
        notes: `紧扣${f.nameZh}（${f.date}），面向全体会员。${reachNote}`,
        backupPlan: `客流不及预期时延长线上会场至${f.nameZh}后3天${alt ? `；备选档期 ${alt}` : ''}。`,
        claims: req.claims,
        segmentKeys: [],
        major: theme.big && e === 0,
        cost: theme.big && e === 0 ? FESTIVAL_KIND.bigCost : FESTIVAL_KIND.cost,
        category: 'promotion',
        quarter: Math.floor(mi / 3),
        monthIndex: mi,
      });
    }
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
    const day = ledger.placeOrForce(req, candidates, `${kind.titleZh}（${m.year}年${m.month}月）`);
    const alt = alternative(req, candidates, day);
    const segNames = segmentKeys.map((k) => segments.find((s) => s.key === k)?.name ?? k).join('、');
    activities.push({
      key: `${kindId}-${m.year}${pad2(m.month)}-${n}`,
      title: `${kind.titleZh}（${m.month}月${n > 1 ? `·${n}` : ''}）`,
      type: kind.type,
      ...allDay(day, kind.days, m.from, m.to),
      priority: kind.priority,
      expectedParticipants: kind.perEvent ?? participants(kind.rate, kind.min, kind.max),
      notes: `目标会员：${segNames || '全体会员'}。${kindNote(kind)}`,
      backupPlan: kind.backup ? `${kind.backup}${alt ? `；备选档期 ${alt}` : ''}。` : '',
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

  // Birthday parties reach 15% of members and salons 30% over the year (会员档期策划方案 04),
  // shared evenly by the events of the kind.
  for (const kind of Object.values(KINDS)) {
    if (kind.annualShare === undefined) continue;
    const ofKind = activities.filter((a) => a.type === kind.type);
    if (ofKind.length === 0) continue;
    const shares = splitCents(
      Math.round(ctx.scale * kind.annualShare),
      ofKind.map(() => 1),
    );
    ofKind.forEach((a, i) => (a.expectedParticipants = Math.max(1, shares[i])));
  }

  markMajors(activities);
  activities.sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.key.localeCompare(b.key));

  const totalCents = ctx.budgetYuan !== undefined ? ctx.budgetYuan * YUAN : CAMPAIGN_TOTAL_CENTS;
  const budget = campaignBudget(activities, months, DEFAULT_PLAN_SETTINGS.budgetPhases, totalCents);
  const reserveCents = budget.phaseCaps.reserve;
  return {
    templateId: 'member_campaign',
    plan: { name: ctx.planName, startDate: planStart, endDate: planEnd },
    settings: {
      fiscalQuarterStartMonth: months[0].month,
      // The 200,000 reserve is 20% of the 1,000,000 total, i.e. 25% of the phased 800,000 the
      // budget view measures the reserve against: the same rule, said the view's way.
      contingencySharePercent: CAMPAIGN_RESERVE_OF_PHASED_PERCENT,
      assumptions: campaignAssumptions(ctx, totalCents),
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
    risks: campaignRisks(Math.round(campaignParticipants(ctx.scale) * 0.8), reserveCents),
    kpis: campaignKpis(ctx.scale),
    tasks: campaignTasks(activities, months),
    phases: [],
    precedence: [],
    notices: [...holidayNotices(cal, planStart, planEnd), ...ledger.forced],
  };
}

function kindNote(kind: KindSpec): string {
  if (kind.perEvent !== undefined) return `会员档期策划方案：每月至少${kind.perEvent}位VIP会员参与。`;
  if (kind.annualShare !== undefined)
    return `会员档期策划方案：全年参与人数达到会员总数的${Math.round(kind.annualShare * 100)}%。`;
  return '';
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
