import type { WorkCalendar } from '../calendar/types';
import { addDays } from '../model';
import { DAYS, PEOPLE, PERCENT, YUAN_UNIT, assumed, membersAssumption, smsAssumptions } from './assumptions';
import {
  SMS_DAILY_CAP,
  SMS_PERIOD_CAP,
  type TemplateContext,
  allDay,
  holidayNotices,
  probabilityScore,
  tierSegments,
} from './common';
import type { DraftTask, PlanDraftInput } from './draft';
import { CAMPAIGN_RESOURCES } from './member-campaign-catalog';
import { YUAN, splitCents } from './money';
import { PlacementLedger, candidateStarts } from './placement';

/**
 * Template 2, retention activity (保客活动, docs/domain.md §2): one customer-care event with its whole
 * lifecycle as tasks hanging off it (research → … → follow-up), the five §2 budget categories
 * and the four risk categories. The event day is the first non-workday six to eight weeks after
 * the start, so every preparation task fits before it with its lead time.
 */
const PREP_DAYS = 42;

/** The lifecycle: [title, offset from the event day, duration, lead days or null, milestone]. */
const LIFECYCLE: [
  key: string,
  title: string,
  offset: number,
  duration: number,
  lead: number | null,
  milestone: boolean,
  dependsOn: string[],
][] = [
  ['research', '需求调研：会员访谈与消费数据分析', -42, 5, 30, false, []],
  ['goals', '设定可衡量目标（参与人数、销售额、满意度）', -37, 2, 30, true, ['research']],
  ['theme', '确定活动主题', -35, 2, 30, false, ['goals']],
  ['content', '策划活动内容与流程', -33, 4, 25, false, ['theme']],
  ['budget', '编制预算（场地、宣传、礼品、人员、餐饮）并提交审批', -29, 5, 20, true, ['content']],
  ['team', '组建筹备小组并明确分工', -24, 2, 20, false, ['budget']],
  ['plan', '制定执行计划：里程碑、日期与负责人', -22, 3, 15, true, ['team']],
  ['materials', '物料清单确认与采购', -19, 7, 10, false, ['plan']],
  ['promotion', '宣传推广倒计时（短信、社群、门店海报）', -14, 12, 2, false, ['plan']],
  ['venue', '场地布置与功能分区（签到、体验、礼品、休息区）', -2, 2, 0, false, ['materials', 'promotion']],
  ['execution', '活动执行', 0, 1, null, true, ['venue']],
  ['evaluation', '效果评估：各项KPI达成率', 1, 5, null, false, ['execution']],
  ['report', '总结报告提交管理层', 6, 3, null, true, ['evaluation']],
  ['follow-up', '后续跟进与客户关怀（回访、专属优惠）', 9, 21, null, false, ['report']],
];

export function retentionDraft(ctx: TemplateContext, cal: WorkCalendar): PlanDraftInput {
  const planStart = ctx.startDate;
  const resources = CAMPAIGN_RESOURCES.filter((r) => ['venue_hall', 'ch_sms'].includes(r.key)).concat([
    { key: 'staff_retention', name: '保客筹备小组', kind: 'staff', quantity: 6, notes: '筹备小组（人）' },
  ]);
  const segments = tierSegments(ctx.scale).filter((s) => s.key === 'tier_silver' || s.key === 'tier_gold');
  segments.push({
    key: 'life_churn_risk',
    name: '流失预警会员',
    dimension: 'lifecycle',
    size: Math.max(1, Math.round(ctx.scale * 0.1)),
    minGapDays: 3,
    weeklyMax: 2,
  });
  const participants = Math.max(50, Math.min(300, Math.round(ctx.scale * 0.02)));
  const ledger = new PlacementLedger(resources, segments, ctx.blackoutDates);
  const req = {
    durationDays: 1,
    claims: [
      { resourceKey: 'venue_hall', quantity: 1 },
      { resourceKey: 'staff_retention', quantity: 6 },
      {
        resourceKey: 'ch_sms',
        quantity: Math.min(
          16_000,
          segments.reduce((s, x) => s + (x.size ?? 0), 0),
        ),
      },
    ],
    segmentKeys: segments.map((s) => s.key),
  };
  const wFrom = addDays(planStart, PREP_DAYS);
  const wTo = addDays(planStart, PREP_DAYS + 21);
  const candidates = candidateStarts(cal, wFrom, addDays(wFrom, 14), 1);
  const day = ledger.placeOrForce(req, candidates, '保客活动');
  const alt = candidates.find((c) => c !== day && ledger.fits(req, c));
  const planEnd = addDays(day, 30);

  const key = 'retention-event';
  const totalCents =
    ctx.budgetYuan !== undefined ? ctx.budgetYuan * YUAN : Math.round((participants * 500) / 1000) * 1000 * YUAN;
  const cats = [
    ['promotion', '宣传推广', 'preparation', 20],
    ['venue', '场地租赁', 'execution', 20],
    ['gifts', '礼品奖品', 'execution', 30],
    ['personnel', '人员费用', 'execution', 15],
    ['catering', '餐饮住宿', 'execution', 15],
  ] as const;
  const parts = splitCents(
    totalCents,
    cats.map((c) => c[3]),
  );
  // Each step waits for the one before it (materials and promotion run side by side).
  const tasks: DraftTask[] = LIFECYCLE.map(([taskKey, title, offsetDays, durationDays, leadDays, milestone, deps]) => ({
    key: taskKey,
    activityKey: key,
    title,
    offsetDays,
    durationDays,
    leadDays,
    milestone,
    owner: offsetDays < 0 ? '筹备小组' : '活动负责人',
    dependsOnKeys: deps,
    raci: [
      { person: '活动负责人', role: 'A' },
      { person: '筹备小组', role: 'R' },
      ...(milestone ? [{ person: '管理层', role: 'I' as const }] : []),
    ],
  }));
  tasks.push({
    activityKey: key,
    title: '风险复核（市场、法律、安全、舆情）',
    offsetDays: -7,
    durationDays: 1,
    leadDays: 6,
    owner: '筹备小组',
  });

  return {
    templateId: 'retention',
    plan: { name: ctx.planName, startDate: planStart, endDate: planEnd },
    settings: {
      budgetPhases: [
        { key: 'preparation', nameZh: '筹备', nameEn: 'Preparation', sharePercent: 20 },
        { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 80 },
      ],
      contingencySharePercent: 0,
      targets: { monthlyActivitiesMin: 0 },
      // 保客活动管理办法 gives the steps and budget categories but no figures: every number is assumed.
      assumptions: [
        membersAssumption(ctx.scale),
        assumed('participants', '参与人数', 'Participants', participants, PEOPLE, '会员数×2%，50-300'),
        assumed(
          'budget.total',
          '总预算',
          'Total budget',
          totalCents / YUAN,
          YUAN_UNIT,
          ctx.budgetYuan !== undefined ? '规划输入' : '每人约500元',
        ),
        ...cats.map(([key, name, , share]) => assumed(`budget.${key}`, `${name}占比`, `${key} share`, share, PERCENT)),
        assumed('prep.days', '筹备期', 'Preparation time', PREP_DAYS, DAYS),
        assumed('churn_risk.share', '流失预警会员占比', 'At-risk members share', 10, PERCENT),
        ...smsAssumptions(SMS_DAILY_CAP, SMS_PERIOD_CAP),
      ],
      blackoutDates: ctx.blackoutDates,
    },
    budgetTotalCents: totalCents,
    phaseCaps: { preparation: parts[0], execution: parts.slice(1).reduce((a, b) => a + b, 0) },
    resources,
    segments,
    activities: [
      {
        key,
        title: '会员答谢保客活动',
        type: 'retention',
        ...allDay(day, 1, wFrom, wTo),
        priority: 'preference',
        expectedParticipants: participants,
        notes: '保客活动（保客活动管理办法）。面向银卡、金卡及流失预警会员。',
        backupPlan: `报名不足70%时改为小规模分场答谢并加发专属券${alt ? `；备选档期 ${alt}` : ''}。`,
        claims: req.claims,
        segmentKeys: req.segmentKeys,
        major: true,
      },
    ],
    budgetLines: cats.map(([category, zh, phase], i) => ({
      activityKey: key,
      phase,
      category,
      description: zh,
      plannedCents: parts[i],
      date: i === 0 ? addDays(day, -14) : day,
    })),
    risks: [
      {
        activityKey: key,
        title: '市场风险：同期竞品活动分流',
        category: 'market',
        probability: probabilityScore(30),
        impact: 3,
        mitigation: '错开竞品档期，提前锁定核心会员报名；每两周复核一次。',
        contingency: '追加定向邀约与到场礼。',
        triggerKpiKey: 'kpi-signups',
        triggerThreshold: Math.round(participants * 0.7),
        triggerDirection: 'below',
      },
      {
        activityKey: key,
        title: '法律风险：抽奖与个人信息合规',
        category: 'legal',
        probability: probabilityScore(10),
        impact: 4,
        mitigation: '抽奖规则与隐私告知经法务审核；每两周复核一次。',
        contingency: '暂停相关环节并发布更正说明。',
      },
      {
        activityKey: key,
        title: '安全风险：现场拥挤与餐饮安全',
        category: 'safety',
        probability: probabilityScore(20),
        impact: 5,
        mitigation: '限流分时入场，餐饮供应商资质审查，现场安保与医疗点；每两周复核一次。',
        contingency: '启动现场疏散与医疗应急预案。',
        responseMinutes: 5,
      },
      {
        activityKey: key,
        title: '舆情风险：会员投诉在社交媒体发酵',
        category: 'public_opinion',
        probability: probabilityScore(20),
        impact: 3,
        mitigation: '设立现场客服与线上舆情监测；每两周复核一次。',
        contingency: '30分钟内响应并一对一安抚，必要时发布说明。',
        triggerNote: '出现会员投诉或负面帖文',
        responseMinutes: 30,
      },
    ],
    kpis: [
      {
        key: 'kpi-signups',
        activityKey: key,
        name: '参与人数',
        unit: '人',
        target: participants,
        phase: 'execution',
        triggerThreshold: Math.round(participants * 0.7),
        triggerComparison: 'lt',
        triggerAction: '报名不足目标70%：启动备选方案（分场答谢、加发专属券）。',
      },
      { activityKey: key, name: '活动期间销售额', unit: '元', target: participants * 2000, phase: 'execution' },
      { activityKey: key, name: '会员满意度', unit: '%', target: 90, phase: 'review' },
      { activityKey: key, name: '30天复购率', unit: '%', target: 25, phase: 'review' },
    ],
    tasks,
    phases: [],
    precedence: [],
    notices: [...holidayNotices(cal, planStart, planEnd), ...ledger.forced],
  };
}
