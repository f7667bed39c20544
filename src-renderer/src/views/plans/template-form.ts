import { TEMPLATE_IDS, TEMPLATE_INFO, type TemplateId, type TemplateRequest } from '../../../../src-shared/templates';
import { isValidDay } from '../../../../src-shared/model';
import type { Lang } from '../../i18n';

/** What the template dialog edits: text as typed, turned into a TemplateRequest on submit. */
export interface TemplateForm {
  templateId: TemplateId;
  year: string;
  startDate: string;
  planName: string;
  /** False until the planner types a name: until then the name follows template and date. */
  nameEdited: boolean;
  scale: string;
  /** '' = the template's own figure (the document's, or an estimate). */
  budget: string;
  /** City promotion only; '' = the assumed revenue per member. */
  revenue: string;
}

export type TemplateErrors = Partial<
  Record<'templateId' | 'year' | 'startDate' | 'planName' | 'scale' | 'budget' | 'revenue' | '_', string>
>;

/** How each template's budget is set: the document's figure, fixed by the document, or estimated. */
export const BUDGET_SOURCE: Record<TemplateId, { kind: 'document' | 'fixed' | 'derived'; yuan?: number }> = {
  member_campaign: { kind: 'document', yuan: 1_000_000 },
  member_conference: { kind: 'fixed', yuan: 1_130_000 },
  retention: { kind: 'derived' },
  city_promotion: { kind: 'derived' },
};
export const DEFAULT_REVENUE_PER_MEMBER = 1000;

export { TEMPLATE_IDS, TEMPLATE_INFO };

/** First day of the month after `today`: planners build the next campaign, not one already running. */
export function nextMonthStart(today: string): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function initialForm(today: string): TemplateForm {
  return {
    templateId: 'member_campaign',
    // A year plan is usually drawn up in the autumn before: default to next year.
    year: String(Number(today.slice(0, 4)) + 1),
    startDate: nextMonthStart(today),
    planName: '',
    nameEdited: false,
    scale: '10000',
    budget: '',
    revenue: '',
  };
}

/** The name suggested until the planner types one: "2027年会员档期" / "Member campaign calendar 2027". */
export function suggestedName(
  f: TemplateForm,
  pattern: (vars: { year: string; template: string }) => string,
  lang: Lang,
): string {
  const info = TEMPLATE_INFO[f.templateId];
  const year = info.unit === 'year' ? f.year : f.startDate.slice(0, 4);
  return pattern({ year, template: lang === 'zh-CN' ? info.nameZh : info.nameEn });
}

export interface FormMessages {
  required: string;
  day: string;
  yearRange: string;
  scaleRange: string;
  budgetRange: string;
  revenueRange: string;
}

/** The request, or the fields that are wrong. The service checks again; this only saves a round trip. */
export function toRequest(
  f: TemplateForm,
  name: string,
  msg: FormMessages,
): { ok: true; request: TemplateRequest } | { ok: false; errors: TemplateErrors } {
  const errors: TemplateErrors = {};
  const unit = TEMPLATE_INFO[f.templateId].unit;
  const year = Number(f.year);
  if (unit === 'year' && !(/^\d{4}$/.test(f.year.trim()) && year >= 2000 && year <= 2100)) errors.year = msg.yearRange;
  if (unit === 'start_date' && !isValidDay(f.startDate)) errors.startDate = msg.day;
  if (!name.trim()) errors.planName = msg.required;
  const scale = Number(f.scale);
  if (!/^\d+$/.test(f.scale.trim()) || scale < 100 || scale > 100_000_000) errors.scale = msg.scaleRange;
  const source = BUDGET_SOURCE[f.templateId];
  const budgetText = f.budget.trim().replace(/,/g, '');
  const budget = Number(budgetText);
  if (source.kind !== 'fixed' && budgetText !== '' && !(/^\d+$/.test(budgetText) && budget >= 1000))
    errors.budget = msg.budgetRange;
  const revenueText = f.revenue.trim().replace(/,/g, '');
  const revenue = Number(revenueText);
  if (f.templateId === 'city_promotion' && revenueText !== '' && !(Number.isFinite(revenue) && revenue > 0))
    errors.revenue = msg.revenueRange;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const base = {
    templateId: f.templateId,
    planName: name.trim(),
    scale,
    ...(source.kind !== 'fixed' && budgetText !== '' ? { budgetYuan: budget } : {}),
    ...(f.templateId === 'city_promotion' && revenueText !== '' ? { revenuePerMemberYuan: revenue } : {}),
  };
  return { ok: true, request: unit === 'year' ? { ...base, year } : { ...base, startDate: f.startDate } };
}
