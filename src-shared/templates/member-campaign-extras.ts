import { type BudgetPhase, addDays, dayNumber } from '../model';
import { pad2, probabilityScore } from './common';
import type { DraftBudgetLine, DraftKpi, DraftRisk, DraftTask } from './draft';
import type { CampaignActivity } from './member-campaign';
import { YUAN, percentOf, splitCents, splitRounded } from './money';

/**
 * Budget, risks, KPIs and tasks of the member campaign calendar (docs/domain.md §1): 1,000,000 CNY,
 * a 20% reserve that is the 200,000 CNY market-risk reserve, and the rest split across the
 * planning / execution / monitoring / review phases; execution money follows each activity.
 */
export const CAMPAIGN_TOTAL_CENTS = 1_000_000 * YUAN;
export const CAMPAIGN_RESERVE_PERCENT = 20;
/** The same reserve as a share of the phased budget (200,000 of 800,000). */
export const CAMPAIGN_RESERVE_OF_PHASED_PERCENT = 25;

interface Month {
  index: number;
  year: number;
  month: number;
  from: string;
  to: string;
}

export function campaignBudget(
  activities: CampaignActivity[],
  months: Month[],
  phases: BudgetPhase[],
  totalCents = CAMPAIGN_TOTAL_CENTS,
) {
  const reserve = percentOf(totalCents, CAMPAIGN_RESERVE_PERCENT);
  const phaseTotals = splitCents(
    totalCents - reserve,
    phases.map((p) => p.sharePercent),
  );
  const phaseCaps: Record<string, number> = { reserve };
  const lines: DraftBudgetLine[] = [];
  const start = months[0].from;
  phases.forEach((p, i) => {
    const amount = phaseTotals[i];
    phaseCaps[p.key] = amount;
    if (p.key === 'execution') {
      const parts = splitRounded(
        amount,
        activities.map((a) => a.cost),
      );
      activities.forEach((a, k) => {
        lines.push({
          activityKey: a.key,
          phase: p.key,
          category: a.category,
          description: `${a.title} 执行费用`,
          plannedCents: parts[k],
          date: a.start,
        });
      });
    } else if (p.key === 'monitoring') {
      // Monthly monitoring: data dashboard, channel sends and the weekly fine-tuning.
      const parts = splitRounded(
        amount,
        months.map(() => 1),
      );
      months.forEach((m, k) => {
        lines.push({
          phase: p.key,
          category: 'analysis',
          description: `${m.year}年${m.month}月 活动监控与数据看板`,
          plannedCents: parts[k],
          date: m.from,
        });
      });
    } else if (p.key === 'review') {
      const parts = splitRounded(amount, [1, 1, 1, 1]);
      [2, 5, 8, 11].forEach((mi, k) => {
        lines.push({
          phase: p.key,
          category: 'analysis',
          description: `第${k + 1}季度 复盘与会员调研`,
          plannedCents: parts[k],
          date: months[mi].to,
        });
      });
    } else {
      const parts = splitRounded(amount, [3, 3, 4]);
      const items: [DraftBudgetLine['category'], string][] = [
        ['research', '会员需求调研'],
        ['content', '年度主题与内容策划'],
        ['materials', '物料设计与制作'],
      ];
      items.forEach(([category, description], k) => {
        lines.push({
          phase: p.key,
          category,
          description: `${p.nameZh}：${description}`,
          plannedCents: parts[k],
          date: start,
        });
      });
    }
  });
  lines.push({
    phase: 'reserve',
    category: 'contingency',
    description: `风险准备金（市场风险 ${(reserve / YUAN).toLocaleString('en-US')} 元）`,
    plannedCents: reserve,
    notes: '会员档期策划方案：市场风险应对资金20万元。',
  });
  return { totalCents, lines, phaseCaps };
}

/** `participantsAlarm`: monthly participants below which the market risk's early warning fires. */
export function campaignRisks(participantsAlarm: number, reserveCents = 200_000 * YUAN): DraftRisk[] {
  return [
    {
      title: '市场风险：竞品同期大促分流会员',
      category: 'market',
      probability: probabilityScore(30),
      impact: 4,
      owner: '市场部',
      mitigation: '发生概率约30%。节日档期提前两周锁定会员权益，监测竞品动态，必要时加码会员专属折扣。',
      contingency: `启用${(reserveCents / YUAN).toLocaleString('en-US')}元市场风险准备金，追加定向优惠券与短信触达。`,
      reserveCents,
      status: 'monitoring',
      triggerKpiKey: 'kpi-participants',
      triggerThreshold: participantsAlarm,
      triggerDirection: 'below',
      residualProbability: 2,
      residualImpact: 2,
    },
    {
      title: '技术风险：会员系统/小程序在高峰期故障',
      category: 'technical',
      probability: probabilityScore(20),
      impact: 4,
      owner: '技术部',
      mitigation: '发生概率约20%。大促前压测，核心链路双机热备，活动页面降级预案。',
      contingency: '切换备用报名通道（线下登记+短信链接），延长活动时间补偿会员。',
      triggerNote: '报名/支付接口错误率>1%持续5分钟',
      responseMinutes: 30,
      status: 'open',
    },
    {
      title: '会员流失风险：触达过密导致沉默与退订',
      category: 'member_churn',
      probability: probabilityScore(10),
      impact: 3,
      owner: '会员运营',
      mitigation: '发生概率约10%。按会员分层控制触达间隔（同一分层至少间隔3天、每周不超过2次），沉默会员定向唤醒。',
      contingency: '流失率超预警线时暂停非必要推送，发放回流礼包并回访高价值会员。',
      triggerNote: '月退订率>2%或沉默会员占比月增>5个百分点',
      status: 'open',
    },
  ];
}

/** Monthly participants target: ≥1,000 a month (会员档期策划方案 01), whatever the membership. */
export const CAMPAIGN_MONTHLY_PARTICIPANTS = 1000;
export function campaignParticipants(_scale: number): number {
  return CAMPAIGN_MONTHLY_PARTICIPANTS;
}

export function campaignKpis(scale: number): DraftKpi[] {
  const monthly = campaignParticipants(scale);
  return [
    {
      key: 'kpi-participants',
      name: '月均参与人数',
      unit: '人/月',
      target: monthly,
      phase: 'execution',
      triggerThreshold: Math.round(monthly * 0.8),
      triggerComparison: 'lt',
      triggerAction: '低于目标80%：启用市场风险准备金，追加定向优惠券与短信触达。',
    },
    { name: '参与人数同比增长', unit: '%', target: 20, phase: 'review' },
    {
      key: 'kpi-satisfaction',
      name: '会员满意度',
      unit: '%',
      target: 90,
      phase: 'review',
      triggerThreshold: 85,
      triggerComparison: 'lt',
      triggerAction: '低于85%：48小时内回访不满意会员并调整下月活动。',
    },
    { name: '新增会员增长', unit: '%', target: 10, phase: 'review' },
    { name: '会员销售额增长', unit: '%', target: 15, phase: 'review' },
    { name: '档期冲突月降幅', unit: '%', target: 10, phase: 'monitoring' },
    { name: '活动参与人数（全年）', unit: '人', target: 5000, phase: 'monitoring' },
    { name: '大型节日活动会员参与率', unit: '%', target: 50, phase: 'execution' },
    { name: '生日会参与会员占比（全年）', unit: '%', target: 15, phase: 'execution' },
    { name: '会员沙龙参与会员占比（全年）', unit: '%', target: 30, phase: 'execution' },
    { name: '备选方案覆盖率', unit: '%', target: 30, phase: 'planning' },
    { name: '非工作日活动占比', unit: '%', target: 20, phase: 'planning' },
  ];
}

export function campaignTasks(activities: CampaignActivity[], months: Month[]): DraftTask[] {
  const tasks: DraftTask[] = [];
  for (let q = 0; q < 4; q++) {
    const first = months[q * 3];
    tasks.push({
      title: `第${q + 1}季度排期表定稿（4-5个重点活动）`,
      fixedDate: addDays(first.from, -30),
      durationDays: 5,
      milestone: true,
      owner: '活动策划',
    });
  }
  for (const m of months) {
    // The monthly schedule is fixed one month ahead (docs/domain.md §1).
    const lock = addDays(m.from, -30);
    tasks.push({
      title: `锁定${m.year}年${pad2(m.month)}月档期（≥10个活动）`,
      fixedDate: lock,
      durationDays: 3,
      milestone: true,
      owner: '活动策划',
    });
    tasks.push({
      title: `${m.month}月每周排期微调`,
      fixedDate: m.from,
      durationDays: dayNumber(m.to) - dayNumber(m.from) + 1,
      owner: '活动策划',
    });
  }
  for (const a of activities.filter((x) => x.major)) {
    tasks.push({
      activityKey: a.key,
      title: `${a.title}：方案与资源确认`,
      offsetDays: -21,
      durationDays: 3,
      leadDays: 14,
      owner: '活动策划',
    });
    tasks.push({
      activityKey: a.key,
      title: `${a.title}：物料到位与宣传倒计时`,
      offsetDays: -10,
      durationDays: 3,
      leadDays: 7,
      owner: '市场部',
    });
    tasks.push({ activityKey: a.key, title: `${a.title}：复盘`, offsetDays: 3, durationDays: 2, owner: '活动策划' });
  }
  return tasks;
}
