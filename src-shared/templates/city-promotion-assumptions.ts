import type { PlanAssumptionInput } from '../model';
import {
  DOCS,
  MONTHS,
  PEOPLE,
  PERCENT,
  YUAN_UNIT,
  assumed,
  fromDocument,
  membersAssumption,
  smsAssumptions,
} from './assumptions';
import { SMS_DAILY_CAP, SMS_PERIOD_CAP } from './common';
import {
  CITY_BUDGET_PERCENT_OF_REVENUE,
  CITY_BUFFER_PERCENT,
  CITY_DOC_KPIS,
  CITY_FINANCIAL_THRESHOLD_PERCENT,
  CITY_PHASES,
  cityCac,
} from './city-promotion-catalog';

/** What the same-city promotion is built on (同城运营推广方案 unless marked an assumption). */
export function cityAssumptions(
  scale: number,
  revenuePerMember: number,
  totalCents: number,
  budgetGiven: boolean,
): PlanAssumptionInput[] {
  const doc = DOCS.city;
  const { newMembers } = cityCac(scale, totalCents);
  return [
    membersAssumption(scale),
    assumed('revenue.per_member', '每会员年营收', 'Revenue per member a year', revenuePerMember, YUAN_UNIT),
    assumed(
      'budget.share_of_revenue',
      '预算占营收比例',
      'Budget share of revenue',
      CITY_BUDGET_PERCENT_OF_REVENUE,
      PERCENT,
      `${doc} 4.2：8%-10%，取中值`,
    ),
    assumed(
      'budget.total',
      '总预算',
      'Total budget',
      totalCents / 100,
      YUAN_UNIT,
      budgetGiven ? '规划输入' : '营收×9%',
    ),
    fromDocument('budget.acquisition', '用户获取投放占比', 'User acquisition share', 50, PERCENT, `${doc} 4.2`),
    fromDocument(
      'budget.short_video',
      '抖音本地推（占投放）',
      'Short-video platform (of acquisition)',
      35,
      PERCENT,
      `${doc} 4.2`,
    ),
    fromDocument(
      'budget.moments',
      '微信朋友圈广告（占投放）',
      'WeChat moments ads (of acquisition)',
      28,
      PERCENT,
      `${doc} 4.2`,
    ),
    fromDocument(
      'budget.offline',
      '线下地推（占投放）',
      'Offline promotion (of acquisition)',
      12,
      PERCENT,
      `${doc} 4.2`,
    ),
    fromDocument('budget.reserve', '机动资金（占投放）', 'Reserve (of acquisition)', 15, PERCENT, `${doc} 4.2`),
    assumed(
      'budget.other_channels',
      '其他渠道（占投放）',
      'Other channels (of acquisition)',
      10,
      PERCENT,
      '文档未列明的余额',
    ),
    fromDocument('budget.content', '内容制作占比', 'Content share', 18, PERCENT, `${doc} 4.2`),
    fromDocument('budget.technology', '技术系统占比', 'Technology share', 12, PERCENT, `${doc} 4.2`),
    assumed('budget.operations', '运营与人员占比', 'Operations and staff share', 20, PERCENT, '文档未列明的余额'),
    ...CITY_PHASES.map((p) =>
      assumed(`phase.${p.key}.months`, `${p.nameZh}时长`, `${p.nameEn} length`, p.months, MONTHS, `${doc} 3.1`),
    ),
    ...CITY_PHASES.map((p) =>
      assumed(`phase.${p.key}.budget`, `${p.nameZh}预算占比`, `${p.nameEn} budget share`, p.budgetWeight, PERCENT),
    ),
    fromDocument('phase.buffer', '各阶段弹性时间', 'Buffer in each phase', CITY_BUFFER_PERCENT, PERCENT, `${doc} 3.1`),
    fromDocument(
      'risk.financial',
      '财务风险阈值（超预算）',
      'Financial risk threshold',
      CITY_FINANCIAL_THRESHOLD_PERCENT,
      PERCENT,
      `${doc} 6.1`,
    ),
    fromDocument(
      'risk.late_delivery',
      '配送延迟投诉预警',
      'Late-delivery complaint warning',
      20,
      PERCENT,
      `${doc} 6.1`,
    ),
    fromDocument('kpi.active_users', '活跃用户数', 'Active users', CITY_DOC_KPIS.activeUsers, PEOPLE, `${doc} 3.1`),
    fromDocument(
      'kpi.repurchase',
      '年化复购率',
      'Annual repurchase rate',
      CITY_DOC_KPIS.annualRepurchasePercent,
      PERCENT,
      `${doc} 3.1`,
    ),
    fromDocument(
      'kpi.first_half_users',
      '首半年用户增长',
      'New users, first half-year',
      CITY_DOC_KPIS.firstHalfYearNewUsers,
      PEOPLE,
      `${doc} 8.1`,
    ),
    fromDocument(
      'kpi.daily_orders',
      '日均订单量提升',
      'Daily orders growth',
      CITY_DOC_KPIS.dailyOrdersGrowthPercent,
      PERCENT,
      `${doc} 3.2`,
    ),
    assumed('kpi.new_members', '同城新增会员', 'New city members', newMembers, PEOPLE, '会员数×20%'),
    ...smsAssumptions(SMS_DAILY_CAP, SMS_PERIOD_CAP),
  ];
}
