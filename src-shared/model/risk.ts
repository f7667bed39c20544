import { z } from 'zod';
import { RiskCategory, RiskStatus } from './enums';
import { Cents, Id, LongText, Name, ShortText, patchShape, staleGuard } from './ids';

/** Probability and impact on the 1-5 scales of the 5×5 risk matrix. */
export const Score5 = z.number().int().min(1).max(5);

/** Which side of the threshold raises the alarm: `below` for "match rate under 85%", `above` for complaints. */
export const TRIGGER_DIRECTIONS = ['below', 'above'] as const;
export const TriggerDirection = z.enum(TRIGGER_DIRECTIONS);
export type TriggerDirection = z.infer<typeof TriggerDirection>;

/** docs/domain.md §4: emergency levels 1/2/3, each with a response-time target. */
export const EmergencyLevel = z.number().int().min(1).max(3);

const riskFields = {
  activityId: Id.nullable().default(null),
  title: Name,
  category: RiskCategory,
  probability: Score5,
  impact: Score5,
  owner: ShortText.default(''),
  mitigation: LongText.default(''),
  contingency: LongText.default(''),
  /** Reserve set aside for this risk (e.g. 200,000 CNY for market risk, docs/domain.md §1). */
  reserveCents: Cents.default(0),
  status: RiskStatus.default('open'),
  /** Early warning (预警): the KPI watched, its threshold and which side of it is bad. */
  triggerKpiId: Id.nullable().default(null),
  triggerThreshold: z.number().finite().min(-1e12).max(1e12).nullable().default(null),
  triggerDirection: TriggerDirection.default('below'),
  /** A warning sign no KPI measures (e.g. "late-delivery complaints >20% for 3 days in one area"). */
  triggerNote: ShortText.default(''),
  emergencyLevel: EmergencyLevel.nullable().default(null),
  /** Response-time target in minutes (30 for negative opinion, 240 for level 2, docs/domain.md §3-4). */
  responseMinutes: z.number().int().min(0).max(525_600).nullable().default(null),
  /** Probability and impact left once mitigation is in place. */
  residualProbability: Score5.nullable().default(null),
  residualImpact: Score5.nullable().default(null),
  /** Further activities the risk concerns, beside the one it hangs off (`activityId`). */
  linkedActivityIds: z.array(Id).max(200).default([]),
};
export const RiskInput = z.object({ planId: Id, ...riskFields });
export type RiskInput = z.input<typeof RiskInput>;
export const RiskPatch = z.object({ id: Id, ...patchShape(riskFields), ...staleGuard });
export type RiskPatch = z.input<typeof RiskPatch>;
export const Risk = z.object({ id: Id, planId: Id, ...riskFields, createdAt: z.string(), updatedAt: z.string() });
export type Risk = z.infer<typeof Risk>;
