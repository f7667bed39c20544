import type { WorkCalendar } from '../calendar/types';
import { contextFrom } from './common';
import { PlanDraft, TemplateRequest, type TemplateId, type PlanDraftInput } from './draft';
import { memberCampaignDraft } from './member-campaign';
import { memberConferenceDraft } from './member-conference';
import { retentionDraft } from './retention';
import type { TemplateContext } from './common';

export * from './draft';
export { splitCents, yuan } from './money';

type Generator = (ctx: TemplateContext, cal: WorkCalendar) => PlanDraftInput;

const GENERATORS: Partial<Record<TemplateId, Generator>> = {
  member_campaign: memberCampaignDraft,
  retention: retentionDraft,
  member_conference: memberConferenceDraft,
};

export const TEMPLATE_INFO: Record<TemplateId, { nameZh: string; nameEn: string; unit: 'year' | 'start_date' }> = {
  member_campaign: { nameZh: '会员档期', nameEn: 'Member campaign calendar', unit: 'year' },
  retention: { nameZh: '保客活动', nameEn: 'Retention activity', unit: 'start_date' },
  member_conference: { nameZh: '会员大会', nameEn: 'Member conference', unit: 'start_date' },
  city_promotion: { nameZh: '同城推广', nameEn: 'City promotion', unit: 'start_date' },
};

/**
 * Builds a plan draft from a template. Pure and deterministic: the same request and calendar
 * always give the same draft. Throws a ZodError for a bad request; the result is validated
 * against PlanDraft (a failure there is a template bug, caught by the unit tests).
 */
export function createPlanDraft(request: TemplateRequest, calendar: WorkCalendar): PlanDraft {
  const req = TemplateRequest.parse(request);
  const generate = GENERATORS[req.templateId];
  if (!generate) throw new Error(`template ${req.templateId} is not available yet`);
  return PlanDraft.parse(generate(contextFrom(req), calendar));
}
export * from './materialize';
