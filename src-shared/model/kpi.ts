import { z } from 'zod';
import { Id, LongText, Name, ShortText, patchShape, staleGuard } from './ids';

const Measure = z.number().finite().min(-1e12).max(1e12);

/** How the actual is compared with the trigger threshold: `lt` fires when actual < threshold. */
export const TRIGGER_COMPARISONS = ['lt', 'lte', 'gt', 'gte'] as const;
export const TriggerComparison = z.enum(TRIGGER_COMPARISONS);
export type TriggerComparison = z.infer<typeof TriggerComparison>;

/** A measurable target (participants, satisfaction, new members, sales…) with baseline and actual. */
const kpiFields = {
  activityId: Id.nullable().default(null),
  phase: ShortText.default(''),
  name: Name,
  unit: ShortText.default(''),
  baseline: Measure.nullable().default(null),
  target: Measure,
  actual: Measure.nullable().default(null),
  /** Whether more is better (participants) or less is (complaints). */
  higherIsBetter: z.boolean().default(true),
  /** Trigger rule (docs/domain.md §3: topic match < 85% → extend topic collection by 3 days). */
  triggerThreshold: Measure.nullable().default(null),
  triggerComparison: TriggerComparison.default('lt'),
  triggerAction: LongText.default(''),
};
export const KpiInput = z.object({ planId: Id, ...kpiFields });
export type KpiInput = z.input<typeof KpiInput>;
export const KpiPatch = z.object({ id: Id, ...patchShape(kpiFields), ...staleGuard });
export type KpiPatch = z.input<typeof KpiPatch>;
export const Kpi = z.object({ id: Id, planId: Id, ...kpiFields, createdAt: z.string(), updatedAt: z.string() });
export type Kpi = z.infer<typeof Kpi>;
