import { z } from 'zod';
import { RiskCategory, RiskStatus } from './enums';
import { Cents, Id, LongText, Name, ShortText, patchShape } from './ids';

/** Probability and impact on the 1-5 scales of the 5×5 risk matrix. */
export const Score5 = z.number().int().min(1).max(5);

const riskFields = {
  activityId: Id.nullable().default(null),
  title: Name,
  category: RiskCategory,
  probability: Score5,
  impact: Score5,
  owner: ShortText.default(''),
  mitigation: LongText.default(''),
  contingency: LongText.default(''),
  /** Reserve set aside for this risk (e.g. 200,000 CNY for market risk, DOMAIN.md §1). */
  reserveCents: Cents.default(0),
  status: RiskStatus.default('open'),
};
export const RiskInput = z.object({ planId: Id, ...riskFields });
export type RiskInput = z.input<typeof RiskInput>;
export const RiskPatch = z.object({ id: Id, ...patchShape(riskFields) });
export type RiskPatch = z.input<typeof RiskPatch>;
export const Risk = z.object({ id: Id, planId: Id, ...riskFields, createdAt: z.string(), updatedAt: z.string() });
export type Risk = z.infer<typeof Risk>;
