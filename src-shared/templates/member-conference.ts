import type { WorkCalendar } from '../calendar/types';
import { addDays } from '../model';
import { type TemplateContext, allDay, holidayNotices } from './common';
import type { DraftActivity, DraftBudgetLine, DraftSegment, PlanDraftInput } from './draft';
import { CONFERENCE_RESOURCES, RFM_SEGMENTS, conferenceKpis, conferenceRisks } from './member-conference-catalog';
import { conferenceTasks } from './member-conference-tasks';
import { YUAN, percentOf, splitCents } from './money';
import { PlacementLedger, candidateStarts } from './placement';

/**
 * Template 3, member conference (会员大会, DOMAIN.md §3). The plan starts when the venue is booked
 * (three months ahead); the conference day T is the first non-workday 90-104 days later; the
 * 60-day countdown, weekly reviews and the review phase to T+30 are tasks with T-offsets. The
 * day itself is three timed sessions that share cameras and engineers within their quantities.
 */
const BOOK_AHEAD = 90;
export const CONFERENCE_OPERATING_CENTS = 1_000_000 * YUAN;
const PHASES = [
  { key: 'preparation', nameZh: '筹备', nameEn: 'Preparation', sharePercent: 30 },
  { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 50 },
  { key: 'review', nameZh: '复盘', nameEn: 'Review', sharePercent: 20 },
];
/** §3 line items (yuan) per phase; each phase total follows the 30/50/20 split, items in these proportions. */
const ITEMS: Record<string, [DraftBudgetLine['category'], string, number][]> = {
  preparation: [
    ['research', '调研', 100_000],
    ['venue', '场地', 150_000],
    ['materials', '物料', 80_000],
  ],
  execution: [
    ['equipment', '设备租赁', 200_000],
    ['guests', '嘉宾', 150_000],
    ['operations', '现场运营（含应急）', 250_000],
  ],
  review: [
    ['analysis', '数据分析', 80_000],
    ['compensation', '会员补偿', 70_000],
    ['benefits', '长期权益', 50_000],
  ],
};

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
    'the conference day',
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
    'the pressure test',
  );
  const resultClaims = claims([['ch_sms', invite]]);
  const resultDay = ledger.placeOrForce(
    { durationDays: 1, claims: resultClaims, segmentKeys: [] },
    [21, 20, 22, 19, 23, 18, 24].map(at),
    'the results release',
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
      notes: 'Main forum. 邀约按RFM分层：高价值15%/中价值30%。',
      backupPlan: '备选方案：主会场突发不可用时移至分会场并同步线上直播；嘉宾缺席由会员代表圆桌替代。',
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
      expectedParticipants: 400_000,
      notes: 'Live stream for members who cannot attend; target ≥400,000 views.',
      backupPlan: '备选方案：主线路故障1分钟内切换直播服务商B；观看<40万时启用服务商C备用渠道。',
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
      notes: 'VR experience for on-site attendees (same audience as the forum).',
      backupPlan: '备选方案：VR设备故障时由供应商乙30分钟内补位，或改为视频展映。',
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
      notes: 'Full rehearsal of streaming failover, VR and check-in.',
      backupPlan: '备选方案：测试未通过则T-10复测，期间冻结新需求。',
      claims: testClaims,
      segmentKeys: [],
    },
    {
      key: 'conf-results',
      title: '大会成果发布',
      type: 'other',
      ...allDay(resultDay, 1, at(14), at(24)),
      priority: 'normal',
      notes: 'Publish results and the action list from members’ suggestions.',
      backupPlan: '',
      claims: resultClaims,
      segmentKeys: ['rfm_high', 'rfm_mid', 'rfm_low'],
    },
  ];

  const tasks = conferenceTasks(mainKey);

  const reserve = percentOf(CONFERENCE_OPERATING_CENTS, 20);
  const phaseTotals = splitCents(
    CONFERENCE_OPERATING_CENTS,
    PHASES.map((p) => p.sharePercent),
  );
  const budgetLines: DraftBudgetLine[] = [];
  const phaseCaps: Record<string, number> = { reserve };
  PHASES.forEach((p, i) => {
    phaseCaps[p.key] = phaseTotals[i];
    const items = ITEMS[p.key];
    const parts = splitCents(
      phaseTotals[i],
      items.map((x) => x[2]),
    );
    const date = p.key === 'preparation' ? planStart : p.key === 'execution' ? t0 : at(15);
    items.forEach(([category, description, ref], k) => {
      budgetLines.push({
        activityKey: p.key === 'execution' ? mainKey : null,
        phase: p.key,
        category,
        description,
        plannedCents: parts[k],
        date,
        notes: `DOMAIN.md §3 reference figure: ${ref.toLocaleString('en-US')} CNY.`,
      });
    });
  });
  budgetLines.push({
    phase: 'reserve',
    category: 'contingency',
    description: '应急储备金（20%）',
    plannedCents: reserve,
    notes: 'Weekly budget check; overspend needs an approval note.',
  });
  const planEnd = at(30);

  return {
    templateId: 'member_conference',
    plan: { name: ctx.planName, startDate: planStart, endDate: planEnd },
    settings: {
      budgetPhases: PHASES,
      contingencySharePercent: 20,
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
