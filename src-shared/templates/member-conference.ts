import type { WorkCalendar } from '../calendar/types';
import { addDays } from '../model';
import {
  DOCS,
  MINUTES,
  PEOPLE,
  PERCENT,
  YUAN_UNIT,
  assumed,
  fromDocument,
  membersAssumption,
  smsAssumptions,
} from './assumptions';
import { SMS_DAILY_CAP, SMS_PERIOD_CAP, type TemplateContext, allDay, holidayNotices } from './common';
import type { DraftActivity, DraftBudgetLine, DraftSegment, PlanDraftInput } from './draft';
import { CONFERENCE_RESOURCES, RFM_SEGMENTS, conferenceKpis, conferenceRisks } from './member-conference-catalog';
import { conferenceTasks } from './member-conference-tasks';
import { YUAN, percentOf } from './money';
import { PlacementLedger, candidateStarts } from './placement';

/**
 * Template 3, member conference (会员大会, docs/domain.md §3). The plan starts when the venue is booked
 * (three months ahead); the conference day T is the first non-workday 90-104 days later; the
 * 60-day countdown, weekly reviews and the review phase to T+30 are tasks with T-offsets. The
 * day itself is three timed sessions that share cameras and engineers within their quantities.
 */
const BOOK_AHEAD = 90;
/** The 30/50/20 split is the document's target; the line items below are its own amounts. */
const PHASES = [
  { key: 'preparation', nameZh: '筹备', nameEn: 'Preparation', sharePercent: 30 },
  { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 50 },
  { key: 'review', nameZh: '复盘', nameEn: 'Review', sharePercent: 20 },
];
/**
 * 实施方案 7.3, line items in yuan exactly as written. They add up to 1,130,000 (330,000 /
 * 600,000 / 200,000, i.e. 29.2% / 53.1% / 17.7%), not to the 30/50/20 the same paragraph
 * states: the items are kept and the budget view shows the resulting shares against 30/50/20.
 */
const ITEMS: Record<string, [DraftBudgetLine['category'], string, number, string][]> = {
  preparation: [
    ['research', '议题调研费', 100_000, '用于会员需求分析'],
    ['venue', '场地预订费', 150_000, '需提前3个月锁定档期'],
    ['materials', '物料制作费', 80_000, '含定制手册、伴手礼等'],
  ],
  execution: [
    ['equipment', '技术设备租赁', 200_000, '含直播系统、VR设备'],
    ['guests', '嘉宾邀请费', 150_000, '高管与行业专家'],
    ['operations', '现场运营费', 250_000, '含人员、餐饮、应急备用金'],
  ],
  review: [
    ['analysis', '数据分析费', 80_000, '用于效果评估'],
    ['compensation', '会员补偿费', 70_000, '针对体验问题补偿'],
    ['benefits', '长期权益投入', 50_000, '用于大会成果转化'],
  ],
};
/** The operating budget the document's items add up to (1,130,000 CNY). */
export const CONFERENCE_OPERATING_CENTS =
  Object.values(ITEMS)
    .flat()
    .reduce((s, x) => s + x[2], 0) * YUAN;
/** 实施方案 5.1: finance keeps 20% back as contingency. */
export const CONFERENCE_RESERVE_PERCENT = 20;
/** 实施方案 3.3: online views target 500,000; below 400,000 the backup channels open. */
export const CONFERENCE_VIEWS_TARGET = 500_000;
export const CONFERENCE_VIEWS_TRIGGER = 400_000;

type Claims = [string, number][];
const claims = (list: Claims) => list.map(([resourceKey, quantity]) => ({ resourceKey, quantity }));

export function memberConferenceDraft(ctx: TemplateContext, cal: WorkCalendar): PlanDraftInput {
  const planStart = ctx.startDate;
  const segments: DraftSegment[] = RFM_SEGMENTS.map((s) => ({
    key: s.key,
    name: s.name,
    dimension: 'rfm',
    size: Math.max(1, Math.round(ctx.scale * s.share)),
    minGapDays: 3,
    weeklyMax: 2,
  }));
  const ledger = new PlacementLedger(CONFERENCE_RESOURCES, segments, ctx.blackoutDates);
  const invite = Math.min(16_000, (segments[0].size ?? 0) + (segments[1].size ?? 0));
  const mainReq = {
    durationDays: 1,
    claims: claims([
      ['venue_conf', 1],
      ['staff_pm', 1],
      ['staff_agenda', 3],
      ['staff_engineer', 5],
      ['staff_site', 8],
      ['staff_reps', 10],
      ['staff_volunteer', 20],
      ['eq_camera', 6],
      ['eq_vr', 20],
      ['eq_checkin', 3],
      ['ch_sms', invite],
    ]),
    segmentKeys: ['rfm_high', 'rfm_mid', 'rfm_low'],
  };
  // Place the day as a whole (everything it needs), then split it into sessions below.
  const t0 = ledger.placeOrForce(
    mainReq,
    candidateStarts(cal, addDays(planStart, BOOK_AHEAD), addDays(planStart, BOOK_AHEAD + 14), 1),
    '会员大会·主论坛',
  );
  const at = (offset: number) => addDays(t0, offset);
  const attendees = Math.max(200, Math.min(2000, Math.round(ctx.scale * 0.02)));
  const mainKey = 'conf-main';
  // The pressure test sits at T-14 unless a blackout moves it a day or two; results go out around T+21.
  const testClaims = claims([
    ['staff_engineer', 5],
    ['eq_camera', 6],
    ['eq_vr', 20],
    ['eq_checkin', 3],
    ['vendor_stream_a', 1],
    ['vendor_stream_b', 1],
  ]);
  const testDay = ledger.placeOrForce(
    { durationDays: 1, claims: testClaims, segmentKeys: [] },
    [at(-14), at(-15), at(-13), at(-16), at(-12)],
    '技术压力测试（T-14）',
  );
  const resultClaims = claims([['ch_sms', invite]]);
  const resultDay = ledger.placeOrForce(
    { durationDays: 1, claims: resultClaims, segmentKeys: [] },
    [21, 20, 22, 19, 23, 18, 24].map(at),
    '大会成果发布',
  );
  const timed = (day: string, from: string, to: string) => ({
    allDay: false,
    start: `${day}T${from}`,
    end: `${day}T${to}`,
    windowStart: day,
    windowEnd: day,
  });

  const activities: DraftActivity[] = [
    {
      key: mainKey,
      title: '会员大会·主论坛',
      type: 'conference',
      ...timed(t0, '09:00', '12:00'),
      priority: 'preference',
      pinned: true,
      major: true,
      expectedParticipants: attendees,
      notes: '主论坛。邀约按RFM分层：高价值15%、中价值30%、低价值55%。',
      backupPlan: '主会场突发不可用时移至分会场并同步线上直播；嘉宾缺席由会员代表圆桌替代。',
      claims: claims([
        ['venue_conf', 1],
        ['staff_pm', 1],
        ['staff_agenda', 3],
        ['staff_engineer', 2],
        ['staff_site', 6],
        ['staff_reps', 10],
        ['staff_volunteer', 12],
        ['eq_camera', 4],
        ['eq_checkin', 3],
        ['ch_sms', invite],
      ]),
      segmentKeys: ['rfm_high', 'rfm_mid'],
    },
    {
      key: 'conf-stream',
      title: '会员大会·线上直播',
      type: 'conference',
      ...timed(t0, '09:00', '17:00'),
      priority: 'preference',
      pinned: true,
      expectedParticipants: CONFERENCE_VIEWS_TARGET,
      notes: '面向无法到场会员的线上直播：观看目标50万人次；不足40万时启用备用推广渠道。',
      backupPlan: '主线路故障1分钟内切换直播服务商B；观看不足40万时启用服务商C备用渠道。',
      claims: claims([
        ['staff_engineer', 3],
        ['eq_camera', 2],
        ['vendor_stream_a', 1],
      ]),
      segmentKeys: ['rfm_low'],
    },
    {
      key: 'conf-vr',
      title: '会员大会·VR体验分会场',
      type: 'conference',
      ...timed(t0, '13:00', '17:00'),
      priority: 'preference',
      pinned: true,
      expectedParticipants: Math.round(attendees / 2),
      notes: '到场会员的VR沉浸式体验（与主论坛同一批会员）。',
      backupPlan: 'VR设备故障时由供应商乙30分钟内补位，或改为视频展映。',
      claims: claims([
        ['venue_conf_sub', 1],
        ['staff_engineer', 2],
        ['staff_site', 2],
        ['staff_volunteer', 8],
        ['eq_vr', 20],
        ['vendor_vr_a', 1],
      ]),
      segmentKeys: [],
    },
    {
      key: 'conf-pressure-test',
      title: '技术压力测试（T-14）',
      type: 'other',
      ...allDay(testDay, 1, at(-16), at(-12)),
      priority: 'preference',
      notes: '直播主备切换、VR与签到系统的全流程压力测试（按观看量预估50万、承受80万并发）。',
      backupPlan: '测试未通过则T-10复测，期间冻结新需求。',
      claims: testClaims,
      segmentKeys: [],
    },
    {
      key: 'conf-results',
      title: '大会成果发布',
      type: 'other',
      ...allDay(resultDay, 1, at(14), at(24)),
      priority: 'normal',
      notes: '向会员公开大会成果与建议落实清单。',
      backupPlan: '',
      claims: resultClaims,
      segmentKeys: ['rfm_high', 'rfm_mid', 'rfm_low'],
    },
  ];

  const tasks = conferenceTasks(mainKey);

  const reserve = percentOf(CONFERENCE_OPERATING_CENTS, CONFERENCE_RESERVE_PERCENT);
  const budgetLines: DraftBudgetLine[] = [];
  const phaseCaps: Record<string, number> = { reserve };
  for (const p of PHASES) {
    const items = ITEMS[p.key];
    phaseCaps[p.key] = items.reduce((s, x) => s + x[2], 0) * YUAN;
    const date = p.key === 'preparation' ? planStart : p.key === 'execution' ? t0 : at(15);
    for (const [category, description, amount, detail] of items) {
      budgetLines.push({
        activityKey: p.key === 'execution' ? mainKey : null,
        phase: p.key,
        category,
        description,
        plannedCents: amount * YUAN,
        date,
        notes: `会员大会实施方案7.3：${description}${amount / 10_000}万元，${detail}。`,
      });
    }
  }
  budgetLines.push({
    phase: 'reserve',
    category: 'contingency',
    description: `应急储备金（${CONFERENCE_RESERVE_PERCENT}%）`,
    plannedCents: reserve,
    notes: '会员大会实施方案5.1：财务部预留20%应急预算；每周核查预算执行，超支部分需提交审批说明。',
  });
  const planEnd = at(30);

  return {
    templateId: 'member_conference',
    plan: { name: ctx.planName, startDate: planStart, endDate: planEnd },
    settings: {
      budgetPhases: PHASES,
      contingencySharePercent: CONFERENCE_RESERVE_PERCENT,
      assumptions: [
        membersAssumption(ctx.scale),
        assumed('attendees', '现场出席人数', 'On-site attendees', attendees, PEOPLE, '会员数×2%，200-2000'),
        fromDocument(
          'budget.operating',
          '运营预算（明细合计）',
          'Operating budget (items)',
          CONFERENCE_OPERATING_CENTS / YUAN,
          YUAN_UNIT,
          `${DOCS.conference} 7.3`,
        ),
        fromDocument(
          'budget.phase.preparation',
          '筹备阶段目标占比',
          'Preparation target share',
          30,
          PERCENT,
          `${DOCS.conference} 7.3`,
        ),
        fromDocument(
          'budget.phase.execution',
          '执行阶段目标占比',
          'Execution target share',
          50,
          PERCENT,
          `${DOCS.conference} 7.3`,
        ),
        fromDocument(
          'budget.phase.review',
          '复盘阶段目标占比',
          'Review target share',
          20,
          PERCENT,
          `${DOCS.conference} 7.3`,
        ),
        fromDocument(
          'budget.reserve_share',
          '应急预算',
          'Contingency reserve',
          CONFERENCE_RESERVE_PERCENT,
          PERCENT,
          `${DOCS.conference} 5.1`,
        ),
        fromDocument(
          'kpi.online_views',
          '线上观看目标',
          'Online views target',
          CONFERENCE_VIEWS_TARGET,
          PEOPLE,
          `${DOCS.conference} 3.3`,
        ),
        fromDocument(
          'kpi.online_views_trigger',
          '启用备用渠道的观看量',
          'Views that open backup channels',
          CONFERENCE_VIEWS_TRIGGER,
          PEOPLE,
          `${DOCS.conference} 3.3`,
        ),
        fromDocument(
          'rfm.high',
          '高价值会员占比（RFM）',
          'High-value share (RFM)',
          15,
          PERCENT,
          `${DOCS.conference} 5.1`,
        ),
        fromDocument(
          'rfm.mid',
          '中价值会员占比（RFM）',
          'Mid-value share (RFM)',
          30,
          PERCENT,
          `${DOCS.conference} 5.1`,
        ),
        fromDocument(
          'rfm.low',
          '低价值会员占比（RFM）',
          'Low-value share (RFM)',
          55,
          PERCENT,
          `${DOCS.conference} 5.1`,
        ),
        fromDocument(
          'response.opinion',
          '负面舆情响应时限',
          'Negative opinion response',
          30,
          MINUTES,
          `${DOCS.conference} 3.4`,
        ),
        fromDocument('response.failover', '备用系统切换时限', 'Failover time', 1, MINUTES, `${DOCS.conference} 3.4`),
        assumed('response.vr_vendor', 'VR供应商补位时限', 'VR vendor replacement time', 30, MINUTES),
        assumed('response.data_breach', '数据安全事件隔离时限', 'Data incident isolation time', 15, MINUTES),
        ...smsAssumptions(SMS_DAILY_CAP, SMS_PERIOD_CAP),
      ],
      // The month-share targets are the campaign calendar's; a conference plan is one day plus a test and a release.
      targets: { monthlyActivitiesMin: 0, nonWorkdaySharePercentMin: 0, preferredSlotSharePercentMin: 0 },
      blackoutDates: ctx.blackoutDates,
    },
    budgetTotalCents: CONFERENCE_OPERATING_CENTS + reserve,
    phaseCaps,
    resources: CONFERENCE_RESOURCES,
    segments,
    activities,
    budgetLines,
    risks: conferenceRisks(mainKey),
    kpis: conferenceKpis(mainKey, attendees),
    tasks,
    phases: [
      {
        key: 'preparation',
        nameZh: '筹备期',
        nameEn: 'Preparation',
        start: planStart,
        end: at(-1),
        bufferSharePercent: 10,
      },
      { key: 'execution', nameZh: '执行日', nameEn: 'Conference day', start: t0, end: t0, bufferSharePercent: 0 },
      { key: 'review', nameZh: '复盘期', nameEn: 'Review', start: at(1), end: planEnd, bufferSharePercent: 20 },
    ],
    precedence: [{ beforeKey: 'conf-pressure-test', afterKey: mainKey, minGapDays: 7 }],
    notices: [...holidayNotices(cal, planStart, planEnd), ...ledger.forced],
  };
}
