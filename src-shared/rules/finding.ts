import { z } from 'zod';
import { Id, IsoDay } from '../model';
import { FIX_KINDS, RULE_IDS } from './catalog';

export const Localized = z.object({ 'zh-CN': z.string(), en: z.string() });

/**
 * One conflict the rules found. `key` is stable across re-checks of an unchanged schedule
 * (rule + scope), so the UI can keep a selection and `conflict/explain` can name a finding.
 */
export const Finding = z.object({
  key: z.string(),
  ruleId: z.enum(RULE_IDS),
  severity: z.enum(['hard', 'soft']),
  weight: z.number(),
  /** Size of the violation in the rule's own unit (units over capacity × days, days outside…). */
  amount: z.number(),
  /** weight × amount: what the finding costs in the score. */
  penalty: z.number(),
  activityIds: z.array(Id),
  resourceIds: z.array(Id),
  segmentIds: z.array(Id),
  planIds: z.array(Id),
  /** Inclusive day span the finding covers, or null for plan-wide findings (backup share). */
  span: z.object({ start: IsoDay, end: IsoDay }).nullable(),
  message: Localized,
  fixes: z.array(z.enum(FIX_KINDS)),
});
export type Finding = z.infer<typeof Finding>;

/** A finding stripped to what must agree between the engine and the naive oracle. */
export function canonicalFinding(f: Finding): string {
  const span = f.span ? `${f.span.start}..${f.span.end}` : '-';
  return [
    f.ruleId,
    [...f.activityIds].sort().join(','),
    [...f.resourceIds].sort().join(','),
    [...f.segmentIds].sort().join(','),
    [...f.planIds].sort().join(','),
    span,
    Math.round(f.amount * 1000) / 1000,
  ].join('|');
}

export function canonicalFindings(fs: readonly Finding[]): string[] {
  return fs.map(canonicalFinding).sort();
}
