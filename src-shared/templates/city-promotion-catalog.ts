import type { DraftKpi, DraftResource, DraftRisk } from './draft';
import { SMS_CHANNEL } from './common';

/**
 * Same-city promotion (同城推广, docs/domain.md §4) as data: phases, channel split, early-warning
 * thresholds and emergency levels. Figures not in the source are marked as assumptions.
 */
export const CITY_PHASES = [
  { key: 'launch', nameZh: '启动期', nameEn: 'Launch', months: 2, budgetWeight: 20 },
  { key: 'growth', nameZh: '成长期', nameEn: 'Growth', months: 4, budgetWeight: 30 },
  { key: 'maturity', nameZh: '成熟期', nameEn: 'Maturity', months: 6, budgetWeight: 40 },
  { key: 'expansion', nameZh: '扩张期', nameEn: 'Expansion', months: 2, budgetWeight: 10 },
] as const;
export const CITY_BUFFER_PERCENT = 20;

/** Budget 8-10% of revenue (9% used); revenue assumed at 1,000 CNY per expected member a year. */
export const CITY_BUDGET_PERCENT_OF_REVENUE = 9;
export const CITY_REVENUE_PER_MEMBER_YUAN = 1000;

/** [category, description, share of the total in per-mille]; acquisition 50% split by channel 35/28/12/15 (+10% other). */
export const CITY_BUDGET_SPLIT: [
  'acquisition' | 'contingency' | 'content' | 'technology' | 'operations',
  string,
  number,
][] = [
  ['acquisition', '获客：短视频平台投放（获客预算35%）', 175],
  ['acquisition', '获客：微信朋友圈广告（获客预算28%）', 140],
  ['acquisition', '获客：线下地推（获客预算12%）', 60],
  ['contingency', '获客：渠道机动储备（获客预算15%）', 75],
  ['acquisition', '获客：其他渠道（KOL/搜索，获客预算10%，假设）', 50],
  ['content', '内容制作（18%）', 180],
  ['technology', '技术与数据（12%）', 120],
  ['operations', '运营与人员（20%，源文件未列明的余额）', 200],
];

export const CITY_RESOURCES: DraftResource[] = [
  { key: 'venue_store', name: '门店活动区', kind: 'venue', quantity: 1, notes: '门店活动区' },
  { key: 'staff_ground', name: '地推团队', kind: 'staff', quantity: 12, notes: '地推人员（人，假设）' },
  {
    key: 'ch_short_video',
    name: '短视频平台投放',
    kind: 'channel',
    dailyCapacity: 3,
    notes: '同时进行的短视频投放计划数（假设）',
  },
  {
    key: 'ch_moments',
    name: '朋友圈广告',
    kind: 'channel',
    dailyCapacity: 2,
    notes: '同时进行的朋友圈广告组数（假设）',
  },
  {
    key: 'ch_sms',
    name: '短信通道',
    kind: 'channel',
    ...SMS_CHANNEL,
  },
];

/** 同城运营推广方案 6.2: level 1 is the most severe. */
const LEVELS =
  '应急分级：一级（重大安全事故）立即启动，CEO牵头成立专项工作组；二级（核心系统故障）运营总监指挥，4小时内恢复服务；三级（促销活动效果不达预期）市场总监协调，24小时内完成复盘。';

/** 同城运营推广方案 6.1: operating spend may not exceed the budget by more than 15%. */
export const CITY_FINANCIAL_THRESHOLD_PERCENT = 15;

/** `cacAlarm`: the CAC (yuan per member) above which the market risk's early warning fires. */
export function cityRisks(cacAlarm: number): DraftRisk[] {
  return [
    {
      title: '重大安全事故',
      category: 'safety',
      probability: 1,
      impact: 5,
      owner: 'CEO',
      mitigation: '门店与地推活动安全检查；每年至少2次不同场景的应急演练。',
      contingency: `一级应急：立即启动，由CEO牵头成立专项工作组。${LEVELS}`,
      triggerNote: '发生人身安全事故或重大安全隐患',
      emergencyLevel: 1,
      responseMinutes: 0,
    },
    {
      title: '技术风险：核心系统故障',
      category: 'technical',
      probability: 2,
      impact: 4,
      owner: '运营总监',
      mitigation: '灾备系统与备用服务器、备用支付渠道；支付接口稳定性99.9%。',
      contingency: `二级应急：运营总监指挥，4小时内恢复服务。${LEVELS}`,
      triggerNote: '核心交易或支付系统不可用',
      emergencyLevel: 2,
      responseMinutes: 240,
    },
    {
      title: '市场风险：促销活动效果不达预期（获客成本高于目标）',
      category: 'market',
      probability: 3,
      impact: 3,
      owner: '市场总监',
      mitigation: '每周一次行业情报收集；获客成本（CAC）连续2周高于目标30%时暂停低效素材并调整渠道配比（阈值为假设）。',
      contingency: `三级应急：市场总监协调，24小时内完成复盘，将预算转向转化率最高的渠道。${LEVELS}`,
      triggerKpiKey: 'kpi-cac',
      triggerThreshold: cacAlarm,
      triggerDirection: 'above',
      emergencyLevel: 3,
      responseMinutes: 1440,
    },
    {
      title: '运营风险：区域配送延迟投诉',
      category: 'experience',
      probability: 3,
      impact: 4,
      owner: '运营总监',
      mitigation: '预警阈值：连续3天在某区域“配送延迟”投诉超20%，立即启动原因排查流程。',
      contingency: '排查原因并调整该区域配送供应商；用户投诉2小时内初步回应、24小时内给出解决方案。',
      triggerKpiKey: 'kpi-late-complaints',
      triggerThreshold: 20,
      triggerDirection: 'above',
      triggerNote: '同一区域“配送延迟”投诉超20%，连续3天',
      responseMinutes: 120,
      residualProbability: 2,
      residualImpact: 3,
    },
    {
      title: '供应商风险：核心供应商重大服务问题',
      category: 'supplier',
      probability: 2,
      impact: 3,
      owner: '采购',
      mitigation: '供应商分级分类管理，核心供应商月度沟通；连续2次出现重大服务问题的供应商列入黑名单。',
      contingency: '立即中止合作并启动替代供应商寻找流程。',
      triggerNote: '同一供应商连续第2次出现重大服务问题',
    },
    {
      title: '舆情风险：同城负面口碑扩散',
      category: 'public_opinion',
      probability: 2,
      impact: 4,
      owner: '市场部',
      mitigation: '实时监测网络舆情；发现涉及品牌的不实信息立即启动法律程序。',
      contingency: '发布官方说明，一对一回访投诉用户。',
      triggerNote: '出现涉及品牌的负面或不实信息',
    },
    {
      title: '财务风险：运营支出超出预算',
      category: 'financial',
      probability: 3,
      impact: 3,
      owner: '财务总监',
      mitigation: `预警阈值：运营支出超出预算${CITY_FINANCIAL_THRESHOLD_PERCENT}%；每季度做一次计划与实际差异分析。超过1万元的非计划支出须CEO审批。`,
      contingency: '冻结超支项目，暂停实际ROI低于预期的投入并重新分配预算。',
      triggerKpiKey: 'kpi-budget-variance',
      triggerThreshold: CITY_FINANCIAL_THRESHOLD_PERCENT,
      triggerDirection: 'above',
    },
  ];
}

/** Acquisition is half the budget; the CAC target spends it on the new members expected. */
export function cityCac(scale: number, budgetCents: number): { newMembers: number; cac: number; alarm: number } {
  const newMembers = Math.max(500, Math.round(scale * 0.2));
  const cac = Math.max(1, Math.round(budgetCents / 100 / 2 / newMembers));
  return { newMembers, cac, alarm: Math.round(cac * 1.3) };
}

/** 同城运营推广方案 3.1, 3.2 and 8.1: the document's own targets, whatever the membership. */
export const CITY_DOC_KPIS = {
  activeUsers: 100_000,
  annualRepurchasePercent: 30,
  firstHalfYearNewUsers: 500_000,
  dailyOrdersGrowthPercent: 200,
} as const;

export function cityKpis(scale: number, budgetCents: number): DraftKpi[] {
  const { newMembers, cac, alarm } = cityCac(scale, budgetCents);
  return [
    { name: '活跃用户数（3-4个月内）', unit: '人', target: CITY_DOC_KPIS.activeUsers, phase: 'growth' },
    { name: '首半年用户增长', unit: '人', target: CITY_DOC_KPIS.firstHalfYearNewUsers, phase: 'growth' },
    { name: '年化复购率', unit: '%', target: CITY_DOC_KPIS.annualRepurchasePercent, phase: 'maturity' },
    {
      name: '日均订单量较基线提升（满12个月）',
      unit: '%',
      target: CITY_DOC_KPIS.dailyOrdersGrowthPercent,
      phase: 'expansion',
    },
    { name: '同城新增会员（假设）', unit: '人', target: newMembers, phase: 'growth' },
    {
      key: 'kpi-cac',
      name: '获客成本（CAC，假设）',
      unit: '元/人',
      target: cac,
      higherIsBetter: false,
      phase: 'growth',
      triggerThreshold: alarm,
      triggerComparison: 'gt',
      triggerAction: '连续2周高于目标30%：暂停低效素材并调整渠道配比（三级应急，24小时内复盘）。',
    },
    {
      key: 'kpi-budget-variance',
      name: '运营支出超出预算',
      unit: '%',
      target: 0,
      higherIsBetter: false,
      phase: 'maturity',
      triggerThreshold: CITY_FINANCIAL_THRESHOLD_PERCENT,
      triggerComparison: 'gt',
      triggerAction: `超出预算${CITY_FINANCIAL_THRESHOLD_PERCENT}%：冻结超支项目并做差异分析。`,
    },
    {
      key: 'kpi-late-complaints',
      name: '“配送延迟”投诉占比（单区域）',
      unit: '%',
      target: 10,
      higherIsBetter: false,
      phase: 'maturity',
      triggerThreshold: 20,
      triggerComparison: 'gt',
      triggerAction: '同一区域连续3天超20%：立即启动原因排查流程。',
    },
    { name: '二级应急服务恢复时长', unit: '小时', target: 4, higherIsBetter: false, phase: 'maturity' },
    { name: '三级应急复盘时限', unit: '小时', target: 24, higherIsBetter: false, phase: 'maturity' },
    { name: '新商圈首月新增会员（假设）', unit: '人', target: Math.round(newMembers * 0.1), phase: 'expansion' },
  ];
}
