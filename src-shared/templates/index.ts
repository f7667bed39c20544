import type { WorkCalendar } from '../calendar/types';
import { type TemplateContext, contextFrom } from './common';
import { PlanDraft, TemplateRequest, type TemplateId, type PlanDraftInput } from './draft';
import { cityPromotionDraft } from './city-promotion';
import { memberCampaignDraft } from './member-campaign';
import { memberConferenceDraft } from './member-conference';
import { retentionDraft } from './retention';
import { draftInEnglish } from './english';

export * from './draft';
export * from './materialize';
export { splitCents, yuan } from './money';

type Generator = (ctx: TemplateContext, cal: WorkCalendar) => PlanDraftInput;

const GENERATORS: Record<TemplateId, Generator> = {
  member_campaign: memberCampaignDraft,
  retention: retentionDraft,
  member_conference: memberConferenceDraft,
  city_promotion: cityPromotionDraft,
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
  const draft = GENERATORS[req.templateId](contextFrom(req), calendar);
  return PlanDraft.parse(req.language === 'en' ? draftInEnglish(draft) : draft);
}
