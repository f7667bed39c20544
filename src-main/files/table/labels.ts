import type { ActivityStatus, ActivityType, BudgetCategory, RiskCategory, RiskStatus } from '../../../src-shared/model';
import { ACTIVITY_STATUS_EN, ACTIVITY_TYPE_EN, BUDGET_CATEGORY_EN } from '../../../src-shared/model/enum-labels-en';

/**
 * Chinese and English names of enum values, for reading planners' spreadsheets and writing
 * our own. The first Chinese name is the one we write; the rest are what planners also type.
 */
export const ACTIVITY_TYPE_NAMES: Record<ActivityType, string[]> = readsEnglish(
  {
    festival: ['节日主题', '节日', '节庆'],
    industry: ['行业特色', '行业'],
    hot_topic: ['热点融合', '热点'],
    birthday: ['会员生日会', '生日会', '生日'],
    vip_day: ['VIP尊享日', 'VIP日', 'VIP'],
    salon: ['会员沙龙', '沙龙'],
    member_day: ['会员日', '限时折扣', '折扣'],
    online: ['线上互动', '线上'],
    cross_brand: ['跨界合作', '跨界', '联名'],
    retention: ['保客活动', '保客'],
    conference: ['会员大会', '大会'],
    city_promotion: ['同城推广', '同城'],
    other: ['其他'],
  },
  ACTIVITY_TYPE_EN,
);

export const ACTIVITY_STATUS_NAMES: Record<ActivityStatus, string[]> = readsEnglish(
  {
    draft: ['草稿'],
    planned: ['已排期', '计划中', '计划', '已计划'],
    confirmed: ['已确认', '确认'],
    in_progress: ['进行中', '执行中'],
    done: ['已完成', '完成', '结束'],
    cancelled: ['已取消', '取消'],
  },
  ACTIVITY_STATUS_EN,
);

export const BUDGET_CATEGORY_NAMES: Record<BudgetCategory, string[]> = readsEnglish(
  {
    venue: ['场地租赁', '场地', '场租'],
    promotion: ['宣传推广', '宣传', '推广', '广告'],
    gifts: ['礼品奖品', '礼品', '奖品'],
    personnel: ['人员费用', '人员', '人工', '劳务'],
    catering: ['餐饮住宿', '餐饮', '住宿'],
    equipment: ['设备租赁', '设备'],
    guests: ['嘉宾费用', '嘉宾'],
    research: ['需求调研', '调研'],
    materials: ['物料制作', '物料'],
    operations: ['现场运营', '运营'],
    analysis: ['数据分析', '分析'],
    compensation: ['会员补偿', '补偿'],
    benefits: ['长期权益', '权益'],
    acquisition: ['用户获取', '拉新', '获客'],
    content: ['内容制作', '内容'],
    technology: ['技术投入', '技术'],
    contingency: ['应急预备金', '预备金', '应急', '不可预见'],
    other: ['其他'],
  },
  BUDGET_CATEGORY_EN,
);

export const RISK_CATEGORY_NAMES: Record<RiskCategory, string> = {
  market: '市场风险',
  technical: '技术风险',
  member_churn: '会员流失',
  legal: '法律风险',
  safety: '安全风险',
  public_opinion: '舆情风险',
  financial: '财务风险',
  supplier: '供应商风险',
  data_security: '数据安全',
  experience: '体验风险',
};

export const RISK_STATUS_NAMES: Record<RiskStatus, string> = {
  open: '待处理',
  monitoring: '监控中',
  triggered: '已触发',
  closed: '已关闭',
};

/**
 * The enum value a cell names: the value itself (festival), or a Chinese name, exactly first,
 * then the longest name the cell contains ("场地租赁费" → venue).
 */
export function valueFromText<K extends string>(names: Record<K, string[]>, text: string): K | null {
  const t = squeeze(text);
  if (t === '') return null;
  const keys = Object.keys(names) as K[];
  const direct = keys.find((k) => k.toLowerCase() === t || k.replace('_', '') === t.replace(/[-_]/g, ''));
  if (direct) return direct;
  const exact = keys.find((k) => names[k].some((n) => squeeze(n) === t));
  if (exact) return exact;
  let best: { key: K; len: number } | null = null;
  for (const k of keys) {
    for (const n of names[k]) {
      if (t.includes(squeeze(n)) && (!best || n.length > best.len)) best = { key: k, len: n.length };
    }
  }
  return best?.key ?? null;
}

function squeeze(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, '');
}

/** The names with each value's English name last, so an English export reads back in as it was written. */
function readsEnglish<K extends string>(names: Record<K, string[]>, english: Record<K, string>): Record<K, string[]> {
  const out = { ...names };
  for (const k of Object.keys(names) as K[]) out[k] = [...names[k], english[k]];
  return out;
}
