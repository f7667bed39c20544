import { z } from 'zod';
import { Id, Name, ShortText, patchShape } from './ids';

const Measure = z.number().finite().min(-1e12).max(1e12);

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
};
export const KpiInput = z.object({ planId: Id, ...kpiFields });
export type KpiInput = z.input<typeof KpiInput>;
export const KpiPatch = z.object({ id: Id, ...patchShape(kpiFields) });
export type KpiPatch = z.input<typeof KpiPatch>;
export const Kpi = z.object({ id: Id, planId: Id, ...kpiFields, createdAt: z.string(), updatedAt: z.string() });
export type Kpi = z.infer<typeof Kpi>;
