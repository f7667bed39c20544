import type { WorkCalendar } from '../calendar/types';
import { DEFAULT_PLAN_SETTINGS, addDays, approversFor, dayNumber } from '../model';
import { type TemplateContext, addMonths, allDay, holidayNotices, maxDay, minDay, tierSegments } from './common';
import type { DraftActivity, DraftBudgetLine, DraftPhase, DraftSegment, DraftTask, PlanDraftInput } from './draft';
import {
  CITY_BUDGET_PERCENT_OF_REVENUE,
  CITY_BUDGET_SPLIT,
  CITY_BUFFER_PERCENT,
  CITY_PHASES,
  CITY_RESOURCES,
  CITY_REVENUE_PER_MEMBER_YUAN,
  cityCac,
  cityKpis,
  cityRisks,
} from './city-promotion-catalog';
import { cityAssumptions } from './city-promotion-assumptions';
import { YUAN, splitCents, splitRounded } from './money';
import { PlacementLedger, candidateStarts } from './placement';

/**
 * Template 4, same-city promotion (同城推广, docs/domain.md §4): launch 2 months, growth 4, maturity 6,
 * expansion from month 12, each phase keeping its last 20% free as buffer (activities end
 * before it). The budget is 9% of the assumed revenue, split by category and channel, and each
 * line says which approval tier it needs.
 */
interface Spec {
  id: string;
  titleZh: string;
  days: number;
  claims: [string, number][];
  segments: string[];
  backup?: string;
  major?: boolean;
}

const PER_MONTH: Record<(typeof CITY_PHASES)[number]['key'], Spec[][]> = {
  launch: [
    [
      {
        id: 'kickoff',
        titleZh: '同城推广启动发布会',
        days: 1,
        claims: [
          ['venue_store', 1],
          ['staff_ground', 6],
          ['ch_sms', 16_000],
        ],
        segments: ['city_prospects'],
        backup: '场地冲突时改在合作商场中庭，并同步直播',
        major: true,
      },
      {
        id: 'video-open',
        titleZh: '短视频平台开城投放',
        days: 21,
        claims: [['ch_short_video', 1]],
        segments: [],
        backup: '素材审核不通过时启用备用素材包',
      },
      { id: 'moments-open', titleZh: '朋友圈广告首轮投放', days: 14, claims: [['ch_moments', 1]], segments: [] },
    ],
    [
      {
        id: 'ground',
        titleZh: '地推周末（社区/写字楼）',
        days: 2,
        claims: [['staff_ground', 8]],
        segments: ['city_prospects'],
        backup: '雨天改为室内商场点位',
      },
    ],
  ],
  growth: [
    [
      {
        id: 'video-kol',
        titleZh: '短视频达人探店',
        days: 14,
        claims: [['ch_short_video', 1]],
        segments: [],
        backup: '达人档期冲突时换同量级达人',
      },
      { id: 'moments', titleZh: '朋友圈广告月度投放', days: 10, claims: [['ch_moments', 1]], segments: [] },
      {
        id: 'ground',
        titleZh: '地推周末（社区/写字楼）',
        days: 2,
        claims: [['staff_ground', 8]],
        segments: ['city_prospects'],
        backup: '雨天改为室内商场点位',
      },
      {
        id: 'signup-day',
        titleZh: '同城会员拉新日',
        days: 1,
        claims: [
          ['venue_store', 1],
          ['staff_ground', 4],
          ['ch_sms', 16_000],
        ],
        segments: ['tier_regular'],
      },
    ],
  ],
  maturity: [
    [
      {
        id: 'referral',
        titleZh: '会员裂变·老带新',
        days: 7,
        claims: [['ch_moments', 1]],
        segments: ['tier_regular'],
        backup: '裂变转化低于预期时提高老会员奖励档位',
      },
      { id: 'community', titleZh: '社群运营日', days: 1, claims: [['ch_sms', 8_000]], segments: ['city_prospects'] },
      { id: 'video', titleZh: '短视频常态投放', days: 14, claims: [['ch_short_video', 1]], segments: [] },
    ],
  ],
  expansion: [
    [
      {
        id: 'new-area',
        titleZh: '新商圈开拓启动',
        days: 1,
        claims: [
          ['staff_ground', 6],
          ['ch_sms', 16_000],
        ],
        segments: ['city_prospects'],
        backup: '选址评估未通过时顺延至次月并保留预算',
        major: true,
      },
      { id: 'new-ground', titleZh: '新商圈地推', days: 2, claims: [['staff_ground', 8]], segments: ['city_prospects'] },
    ],
    [
      { id: 'new-video', titleZh: '新商圈短视频投放', days: 14, claims: [['ch_short_video', 1]], segments: [] },
      { id: 'new-ground', titleZh: '新商圈地推', days: 2, claims: [['staff_ground', 8]], segments: ['city_prospects'] },
    ],
  ],
};

export function cityPromotionDraft(ctx: TemplateContext, cal: WorkCalendar): PlanDraftInput {
  const planStart = ctx.startDate;
  const segments: DraftSegment[] = [
    ...tierSegments(ctx.scale).filter((s) => s.key === 'tier_regular'),
    {
      key: 'city_prospects',
      name: '同城潜在会员',
      dimension: 'custom',
      size: Math.max(1, ctx.scale * 2),
      minGapDays: 3,
      weeklyMax: 2,
    },
  ];
  const ledger = new PlacementLedger(CITY_RESOURCES, segments, ctx.blackoutDates);
  const phases: DraftPhase[] = [];
  const activities: DraftActivity[] = [];
  let monthOffset = 0;
  for (const ph of CITY_PHASES) {
    const start = addMonths(planStart, monthOffset);
    const end = addDays(addMonths(planStart, monthOffset + ph.months), -1);
    phases.push({
      key: ph.key,
      nameZh: ph.nameZh,
      nameEn: ph.nameEn,
      start,
      end,
      bufferSharePercent: CITY_BUFFER_PERCENT,
    });
    // Same arithmetic as the rules: the last floor(length × share) days are buffer.
    const length = dayNumber(end) - dayNumber(start) + 1;
    const lastUsable = addDays(end, -Math.floor(length * (CITY_BUFFER_PERCENT / 100)));
    for (let k = 0; k < ph.months; k++) {
      // Each monthly item stays in its own month. A month wholly inside the phase's buffer gets
      // nothing (that is the buffer); a month cut short by it gets items shortened to fit.
      const specs = PER_MONTH[ph.key][k % PER_MONTH[ph.key].length];
      const mFrom = addMonths(planStart, monthOffset + k);
      const mTo = minDay(addDays(addMonths(planStart, monthOffset + k + 1), -1), lastUsable);
      const room = dayNumber(mTo) - dayNumber(mFrom) + 1;
      if (room < 1) continue;
      specs.forEach((spec, j) => {
        const days = Math.min(spec.days, room);
        const req = {
          durationDays: days,
          claims: spec.claims.map(([resourceKey, quantity]) => ({ resourceKey, quantity })),
          segmentKeys: spec.segments,
        };
        const candidates = candidateStarts(cal, mFrom, mTo, days, j);
        const day = ledger.placeOrForce(req, candidates, `${ph.nameZh}·${spec.titleZh}（第${k + 1}月）`);
        const alt = candidates.find((c) => c !== day && ledger.fits(req, c));
        activities.push({
          key: `city-${ph.key}-${k + 1}-${spec.id}`,
          title: `${ph.nameZh}·${spec.titleZh}${ph.months > 1 ? `（第${k + 1}月）` : ''}`,
          type: 'city_promotion',
          ...allDay(day, days, start, lastUsable),
          priority: spec.major ? 'preference' : 'trend',
          major: spec.major ?? false,
          notes: `同城推广·${ph.nameZh}，本阶段第${k + 1}个月。`,
          backupPlan: spec.backup ? `${spec.backup}${alt ? `；备选档期 ${alt}` : ''}。` : '',
          claims: req.claims,
          segmentKeys: spec.segments,
        });
      });
    }
    monthOffset += ph.months;
  }
  const planEnd = phases[phases.length - 1].end;
  activities.sort((a, b) => dayNumber(a.start) - dayNumber(b.start) || a.key.localeCompare(b.key));

  const revenuePerMember = ctx.revenuePerMemberYuan ?? CITY_REVENUE_PER_MEMBER_YUAN;
  const revenueYuan = ctx.scale * revenuePerMember;
  const totalCents =
    ctx.budgetYuan !== undefined
      ? ctx.budgetYuan * YUAN
      : Math.max(10_000, Math.round((revenueYuan * CITY_BUDGET_PERCENT_OF_REVENUE) / 100 / 1000) * 1000) * YUAN;
  const byCategory = splitCents(
    totalCents,
    CITY_BUDGET_SPLIT.map((x) => x[2]),
  );
  const budgetLines: DraftBudgetLine[] = [];
  const phaseCaps: Record<string, number> = Object.fromEntries(CITY_PHASES.map((p) => [p.key, 0]));
  CITY_BUDGET_SPLIT.forEach(([category, description], i) => {
    const parts = splitRounded(
      byCategory[i],
      CITY_PHASES.map((p) => p.budgetWeight),
    );
    CITY_PHASES.forEach((p, k) => {
      const approvers = approversFor(parts[k], false, DEFAULT_PLAN_SETTINGS.approval)
        .map((t) => t.approverZh)
        .join('、');
      budgetLines.push({
        phase: p.key,
        category,
        description: `${p.nameZh}·${description}`,
        plannedCents: parts[k],
        date: phases[k].start,
        notes: `审批：${approvers}`,
      });
      phaseCaps[p.key] += parts[k];
    });
  });

  const tasks: DraftTask[] = [];
  for (let k = 0; k < 14; k++) {
    const monthEnd = addDays(addMonths(planStart, k + 1), -1);
    tasks.push({ title: `第${k + 1}月绩效复盘（KPI达成）`, fixedDate: monthEnd, durationDays: 2, owner: '运营总监' });
    if ((k + 1) % 3 === 0)
      tasks.push({
        title: `第${(k + 1) / 3}季度预算差异分析（计划vs实际）`,
        fixedDate: monthEnd,
        durationDays: 3,
        owner: '财务总监',
        milestone: true,
      });
  }
  tasks.push({
    title: '年度绩效评估',
    fixedDate: addDays(addMonths(planStart, 12), -1),
    durationDays: 5,
    milestone: true,
    owner: '运营总监',
  });
  tasks.push({ title: '供应商分级（A/B/C）与黑名单复核', fixedDate: planStart, durationDays: 5, owner: '采购' });
  const kickoff = activities.find((a) => a.key.endsWith('-kickoff'));
  if (kickoff) {
    tasks.push({
      activityKey: kickoff.key,
      title: '启动发布会筹备',
      offsetDays: -14,
      durationDays: 7,
      leadDays: 5,
      owner: '市场部',
    });
  }

  return {
    templateId: 'city_promotion',
    plan: { name: ctx.planName, startDate: planStart, endDate: maxDay(planEnd, planStart) },
    settings: {
      budgetPhases: CITY_PHASES.map((p) => ({
        key: p.key,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        sharePercent: p.budgetWeight,
      })),
      contingencySharePercent: 0,
      targets: { monthlyActivitiesMin: 0 },
      assumptions: cityAssumptions(ctx.scale, revenuePerMember, totalCents, ctx.budgetYuan !== undefined),
      blackoutDates: ctx.blackoutDates,
    },
    budgetTotalCents: totalCents,
    phaseCaps,
    resources: CITY_RESOURCES,
    segments,
    activities,
    budgetLines,
    risks: cityRisks(cityCac(ctx.scale, totalCents).alarm),
    kpis: cityKpis(ctx.scale, totalCents),
    tasks,
    phases,
    precedence: [],
    notices: [...holidayNotices(cal, planStart, planEnd), ...ledger.forced],
  };
}
