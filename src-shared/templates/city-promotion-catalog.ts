import type { DraftKpi, DraftResource, DraftRisk } from './draft';

/**
 * Same-city promotion (同城推广, DOMAIN.md §4) as data: phases, channel split, early-warning
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
  { key: 'venue_store', name: '门店活动区', kind: 'venue', quantity: 1, notes: 'Store event area' },
  { key: 'staff_ground', name: '地推团队', kind: 'staff', quantity: 12, notes: 'Street promotion team (people)' },
  {
    key: 'ch_short_video',
    name: '短视频平台投放',
    kind: 'channel',
    dailyCapacity: 3,
    notes: 'Concurrent short-video campaigns',
  },
  {
    key: 'ch_moments',
    name: '朋友圈广告',
    kind: 'channel',
    dailyCapacity: 2,
    notes: 'Concurrent WeChat moments ad sets',
  },
  {
    key: 'ch_sms',
    name: '短信通道',
    kind: 'channel',
    dailyCapacity: 33_000,
    notes: '1,000,000 SMS a month (DOMAIN.md §1), about 33,000 a day',
  },
];

const LEVELS =
  '应急分级：一级（局部轻微）当班负责人当场处置；二级（区域服务中断）4小时内恢复服务；三级（重大事件）立即上报并在24小时内完成复盘。';

/** `cacAlarm`: the CAC (yuan per member) above which the market risk's early warning fires. */
export function cityRisks(cacAlarm: number): DraftRisk[] {
  return [
    {
      title: '履约风险：区域配送延迟投诉',
      category: 'experience',
      probability: 3,
      impact: 4,
      owner: '运营总监',
      mitigation: '预警阈值：同一区域延迟配送投诉占比>20%且连续3天，启动专项调查。',
      contingency: LEVELS,
      triggerKpiKey: 'kpi-late-complaints',
      triggerThreshold: 20,
      triggerDirection: 'above',
      triggerNote: '同一区域延迟配送投诉>20%连续3天',
      emergencyLevel: 2,
      responseMinutes: 240,
      residualProbability: 2,
      residualImpact: 3,
    },
    {
      title: '供应商风险：地推/配送供应商严重失误',
      category: 'supplier',
      probability: 2,
      impact: 3,
      owner: '采购',
      mitigation: '供应商分级（A/B/C）管理；累计2次严重失误列入黑名单。',
      contingency: `启用备选供应商。${LEVELS}`,
      triggerNote: '同一供应商第2次严重失误',
      emergencyLevel: 2,
      responseMinutes: 240,
    },
    {
      title: '舆情风险：同城负面口碑扩散',
      category: 'public_opinion',
      probability: 2,
      impact: 4,
      owner: '市场部',
      mitigation: '预警阈值：负面声量日环比上升>50%或单条负面转发>1,000，30分钟内响应。',
      contingency: LEVELS,
      triggerNote: '负面声量日环比>50%或单条转发>1,000',
      emergencyLevel: 1,
      responseMinutes: 30,
    },
    {
      title: '财务风险：渠道花费偏离预算',
      category: 'financial',
      probability: 3,
      impact: 3,
      owner: '财务总监',
      mitigation: '预警阈值：任一渠道月度实际花费超计划10%；按季度做计划与实际差异分析。超计划支出>10,000元须CEO审批。',
      contingency: '冻结超支渠道，启用渠道机动储备并重新分配。',
      triggerKpiKey: 'kpi-budget-variance',
      triggerThreshold: 10,
      triggerDirection: 'above',
    },
    {
      title: '重大事件：大面积服务中断或安全事故',
      category: 'safety',
      probability: 1,
      impact: 5,
      owner: '运营总监',
      mitigation: '预警阈值：单日服务中断区域≥3个或发生人身安全事件，立即上报。',
      contingency: LEVELS,
      triggerNote: '单日服务中断区域≥3个或人身安全事件',
      emergencyLevel: 3,
      responseMinutes: 1440,
    },
    {
      title: '市场风险：获客成本高于目标',
      category: 'market',
      probability: 3,
      impact: 3,
      owner: '市场部',
      mitigation: '预警阈值：获客成本（CAC）连续2周高于目标30%，暂停低效素材并调整渠道配比。',
      contingency: '将预算转向转化率最高的渠道。',
      triggerKpiKey: 'kpi-cac',
      triggerThreshold: cacAlarm,
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

export function cityKpis(scale: number, budgetCents: number): DraftKpi[] {
  const { newMembers, cac, alarm } = cityCac(scale, budgetCents);
  return [
    { name: '同城新增会员', unit: '人', target: newMembers, phase: 'growth' },
    {
      key: 'kpi-cac',
      name: '获客成本（CAC）',
      unit: '元/人',
      target: cac,
      higherIsBetter: false,
      phase: 'growth',
      triggerThreshold: alarm,
      triggerComparison: 'gt',
      triggerAction: '连续2周高于目标30%：暂停低效素材并调整渠道配比。',
    },
    { name: '月活跃会员占比', unit: '%', target: 35, phase: 'maturity' },
    {
      key: 'kpi-budget-variance',
      name: '预算执行偏差（季度）',
      unit: '%',
      target: 5,
      higherIsBetter: false,
      phase: 'maturity',
      triggerThreshold: 10,
      triggerComparison: 'gt',
      triggerAction: '偏差超10%：冻结超支渠道并做差异分析。',
    },
    {
      key: 'kpi-late-complaints',
      name: '延迟配送投诉占比（单区域）',
      unit: '%',
      target: 10,
      higherIsBetter: false,
      phase: 'maturity',
      triggerThreshold: 20,
      triggerComparison: 'gt',
      triggerAction: '同一区域>20%且连续3天：启动专项调查（二级应急，4小时内恢复服务）。',
    },
    { name: '二级事件服务恢复时长', unit: '小时', target: 4, higherIsBetter: false, phase: 'maturity' },
    { name: '三级事件复盘时限', unit: '小时', target: 24, higherIsBetter: false, phase: 'maturity' },
    { name: '新商圈首月新增会员', unit: '人', target: Math.round(newMembers * 0.1), phase: 'expansion' },
  ];
}
