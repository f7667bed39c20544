import { BUDGET_CATEGORIES, type BudgetCategory } from '../model';

/** Names planners use for each category (docs/domain.md §2-4), first one shown in the UI. */
export const BUDGET_CATEGORY_NAMES: Record<BudgetCategory, { zh: string[]; en: string }> = {
  venue: { zh: ['场地租赁', '场地', '场租'], en: 'Venue' },
  promotion: { zh: ['宣传推广', '宣传', '推广', '广告'], en: 'Promotion' },
  gifts: { zh: ['礼品奖品', '礼品', '奖品'], en: 'Gifts and prizes' },
  personnel: { zh: ['人员费用', '人员', '人工', '劳务'], en: 'Personnel' },
  catering: { zh: ['餐饮住宿', '餐饮', '住宿'], en: 'Catering and lodging' },
  equipment: { zh: ['设备租赁', '设备'], en: 'Equipment' },
  guests: { zh: ['嘉宾', '嘉宾费用'], en: 'Guests' },
  research: { zh: ['调研', '需求调研'], en: 'Research' },
  materials: { zh: ['物料', '物料制作'], en: 'Materials' },
  operations: { zh: ['现场运营', '运营'], en: 'On-site operations' },
  analysis: { zh: ['数据分析', '分析'], en: 'Analysis' },
  compensation: { zh: ['会员补偿', '补偿'], en: 'Member compensation' },
  benefits: { zh: ['长期权益', '权益'], en: 'Long-term benefits' },
  acquisition: { zh: ['用户获取', '拉新', '获客'], en: 'User acquisition' },
  content: { zh: ['内容制作', '内容'], en: 'Content' },
  technology: { zh: ['技术', '技术投入'], en: 'Technology' },
  contingency: { zh: ['应急预备金', '预备金', '应急', '不可预见费'], en: 'Contingency' },
  other: { zh: ['其他'], en: 'Other' },
};

export function categoryLabel(c: BudgetCategory, lang: 'zh-CN' | 'en'): string {
  return lang === 'en' ? BUDGET_CATEGORY_NAMES[c].en : BUDGET_CATEGORY_NAMES[c].zh[0];
}

/** The category a pasted cell names (Chinese or English, key or label), or null. */
export function categoryFromText(text: string): BudgetCategory | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  for (const c of BUDGET_CATEGORIES) {
    const names = BUDGET_CATEGORY_NAMES[c];
    if (c === t || names.en.toLowerCase() === t || names.zh.includes(t)) return c;
  }
  // "场地租赁费" or "宣传推广（线上）": a known name at the start is enough.
  for (const c of BUDGET_CATEGORIES) {
    if (BUDGET_CATEGORY_NAMES[c].zh.some((z) => z.length >= 2 && t.startsWith(z))) return c;
  }
  return null;
}
