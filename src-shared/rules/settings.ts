import { z } from 'zod';
import { Id, IsoDay } from '../model';
import { RULE_IDS, type RuleId } from './catalog';

/**
 * Everything the rules need that the domain model does not carry: weights, blackout dates,
 * precedence pairs, phases and budget caps. One plain serialisable object so it can be stored
 * as plan settings, sent to the solver worker and validated at the contract's door.
 */
const Weight = z.number().finite().min(0).max(1_000_000);
const Share = z.number().min(0).max(1);
const Cents = z.number().int().min(0).max(1e13);
const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

export const RuleWeights = z.partialRecord(z.enum(RULE_IDS), Weight);
export type RuleWeights = z.infer<typeof RuleWeights>;

/** Activity A (`before`) must end at least `minGapDays` days before activity B (`after`) starts. */
export const Precedence = z.object({ before: Id, after: Id, minGapDays: z.number().int().min(0).max(365).default(0) });
export type Precedence = z.infer<typeof Precedence>;

/** A plan phase (策划/执行/监控/总结, launch/growth/…): its last `bufferShare` is kept free (缓冲时间). */
export const Phase = z
  .object({ name: z.string().trim().min(1).max(200), start: IsoDay, end: IsoDay, bufferShare: Share.default(0.2) })
  .refine((p) => p.start <= p.end, { message: 'phase end must not be before its start', path: ['end'] });
export type Phase = z.infer<typeof Phase>;

export const PlanRuleSettings = z.object({
  blackoutDates: z.array(IsoDay).max(3660).default([]),
  precedence: z.array(Precedence).max(10_000).default([]),
  phases: z.array(Phase).max(100).default([]),
  /** Caps in integer cents by budget-line phase name and by month (YYYY-MM). */
  phaseCaps: z.record(z.string().max(200), Cents).default({}),
  monthCaps: z.record(MonthKey, Cents).default({}),
});
export type PlanRuleSettings = z.infer<typeof PlanRuleSettings>;
export type PlanRuleSettingsInput = z.input<typeof PlanRuleSettings>;

export const RuleSettings = z.object({
  weights: RuleWeights.default({}),
  /** Weekdays counted as preferred slots (0 = Sunday … 6 = Saturday); docs/domain.md: weekends. */
  preferredWeekdays: z.array(z.number().int().min(0).max(6)).max(7).default([0, 6]),
  /** Public holidays count as preferred slots too. */
  holidaysPreferred: z.boolean().default(true),
  nonWorkdayShareMin: Share.default(0.2),
  preferredShareMin: Share.default(0.8),
  minActivitiesPerMonth: z.number().int().min(0).max(10_000).default(10),
  /** A festival-theme activity should touch [festival - before, festival + after]. */
  festivalDaysBefore: z.number().int().min(0).max(60).default(7),
  festivalDaysAfter: z.number().int().min(0).max(60).default(3),
  backupShareMin: Share.default(0.3),
  /** Which budget figure counts as spending against a cap. */
  budgetBasis: z.enum(['planned', 'committed', 'actual']).default('planned'),
  plans: z.record(Id, PlanRuleSettings).default({}),
});
export type RuleSettings = z.infer<typeof RuleSettings>;
export type RuleSettingsInput = z.input<typeof RuleSettings>;

export function defaultRuleSettings(): RuleSettings {
  return RuleSettings.parse({});
}

export const EMPTY_PLAN_SETTINGS: PlanRuleSettings = PlanRuleSettings.parse({});

export function planSettings(s: RuleSettings, planId: string): PlanRuleSettings {
  return s.plans[planId] ?? EMPTY_PLAN_SETTINGS;
}

export function weightOf(s: RuleSettings, id: RuleId, defaults: Record<RuleId, number>): number {
  return s.weights[id] ?? defaults[id];
}
