import { z } from 'zod';
import { IsoDay } from './dates';
import { Cents, ShortText } from './ids';

/**
 * Per-plan settings, editable in the UI, defaulted from docs/domain.md and overridden by templates.
 * Time zone and currency live on the plan itself (PlanInput). Money is integer cents; shares are
 * integer percents so a split like 30/50/20 sums exactly.
 */

const Percent = z.number().int().min(0).max(100);
const Weekday = z.number().int().min(0).max(6);

/** One approval tier (审批层级): spend up to `upToCents` (inclusive; null = no upper bound). */
export const ApprovalTier = z.object({
  upToCents: Cents.nullable(),
  approverZh: ShortText.min(1),
  approverEn: ShortText.min(1),
});
export type ApprovalTier = z.infer<typeof ApprovalTier>;

const CNY = 100; // cents per yuan

/** docs/domain.md §4: <50,000 the operations director; 50,000-200,000 + finance co-sign; above, the board. */
export const DEFAULT_APPROVAL_TIERS: ApprovalTier[] = [
  { upToCents: 50_000 * CNY - 1, approverZh: '运营总监', approverEn: 'Operations director' },
  {
    upToCents: 200_000 * CNY,
    approverZh: '运营总监 + 财务总监会签',
    approverEn: 'Operations director + finance director co-sign',
  },
  { upToCents: null, approverZh: '董事会', approverEn: 'Board' },
];

export const ApprovalSettings = z.object({
  tiers: z.array(ApprovalTier).min(1).max(10).default(DEFAULT_APPROVAL_TIERS),
  /** Unplanned spend above this needs the CEO whatever the tier (docs/domain.md §4: 10,000 CNY). */
  unplannedCeoAboveCents: Cents.default(10_000 * CNY),
});

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RiskLevel = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof RiskLevel>;

/** Bands over probability × impact (1-25) of the 5×5 matrix: a score up to `maxScore` gets `level`. */
export const RiskBand = z.object({ level: RiskLevel, maxScore: z.number().int().min(1).max(25) });
export const DEFAULT_RISK_BANDS: z.infer<typeof RiskBand>[] = [
  { level: 'low', maxScore: 4 },
  { level: 'medium', maxScore: 12 },
  { level: 'high', maxScore: 25 },
];

export const BudgetPhase = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: ShortText.min(1),
  nameEn: ShortText.min(1),
  sharePercent: Percent,
});
export type BudgetPhase = z.infer<typeof BudgetPhase>;

/** docs/domain.md §1: planning/execution/monitoring/review; §3 uses preparation/execution/review 30/50/20. */
export const DEFAULT_BUDGET_PHASES: BudgetPhase[] = [
  { key: 'planning', nameZh: '策划', nameEn: 'Planning', sharePercent: 20 },
  { key: 'execution', nameZh: '执行', nameEn: 'Execution', sharePercent: 50 },
  { key: 'monitoring', nameZh: '监控', nameEn: 'Monitoring', sharePercent: 15 },
  { key: 'review', nameZh: '总结', nameEn: 'Review', sharePercent: 15 },
];

export const PREFERRED_SLOTS = ['weekend', 'holiday', 'weekday'] as const;
export const PreferredSlot = z.enum(PREFERRED_SLOTS);
export type PreferredSlot = z.infer<typeof PreferredSlot>;

export const CustomHolidaySetting = z.object({
  date: IsoDay,
  nameZh: ShortText.min(1),
  nameEn: ShortText.optional(),
  kind: z.enum(['holiday', 'workday']).default('holiday'),
});

/**
 * A figure the plan was built on (members, budget, revenue per member, a share…), with where it
 * comes from: one of the planners' documents, or an assumption the planner may change. Kept in
 * the plan's settings so the planner sees and edits them with the rest of the plan.
 */
export const ASSUMPTION_SOURCES = ['document', 'assumption'] as const;
export const PlanAssumption = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_.]*$/),
  nameZh: ShortText.min(1),
  nameEn: ShortText.min(1),
  value: z.number().finite().min(-1e12).max(1e12),
  unitZh: ShortText.default(''),
  unitEn: ShortText.default(''),
  source: z.enum(ASSUMPTION_SOURCES),
  /** The document and section a document figure is quoted from (e.g. 会员大会实施方案 7.3). */
  reference: ShortText.default(''),
});
export type PlanAssumption = z.infer<typeof PlanAssumption>;
export type PlanAssumptionInput = z.input<typeof PlanAssumption>;

/** Soft targets the rules report on (docs/domain.md §1). */
export const PlanTargets = z.object({
  monthlyActivitiesMin: z.number().int().min(0).max(1000).default(10),
  nonWorkdaySharePercentMin: Percent.default(20),
  preferredSlotSharePercentMin: Percent.default(80),
  backupPlanSharePercentMin: Percent.default(30),
  /** Goal: ≥10% fewer conflicts every month. */
  monthlyConflictReductionPercent: Percent.default(10),
});

export const PlanSettings = z
  .object({
    /** Month (1-12) the fiscal year's first quarter starts in. */
    fiscalQuarterStartMonth: z.number().int().min(1).max(12).default(1),
    approval: ApprovalSettings.prefault({}),
    riskBands: z.array(RiskBand).min(1).max(5).default(DEFAULT_RISK_BANDS),
    budgetPhases: z.array(BudgetPhase).min(1).max(10).default(DEFAULT_BUDGET_PHASES),
    /** Share of the total held back as contingency reserve (docs/domain.md §3: 20%). */
    contingencySharePercent: Percent.default(20),
    /** Defaults for new segments: minimum days between two activities, and a weekly maximum. */
    segmentMinGapDays: z.number().int().min(0).max(365).default(3),
    segmentWeeklyMax: z.number().int().min(1).max(100).default(2),
    preferredSlots: z.array(PreferredSlot).max(3).default(['weekend', 'holiday']),
    /** Working weekdays (0 = Sunday) when no holiday rule applies. */
    workingWeekdays: z.array(Weekday).max(7).default([1, 2, 3, 4, 5]),
    blackoutDates: z.array(IsoDay).max(3660).default([]),
    customHolidays: z.array(CustomHolidaySetting).max(3660).default([]),
    targets: PlanTargets.prefault({}),
    /** The figures a template built the plan on, each marked document or assumption. */
    assumptions: z.array(PlanAssumption).max(100).default([]),
  })
  .superRefine((s, ctx) => {
    const sum = s.budgetPhases.reduce((acc, p) => acc + p.sharePercent, 0);
    if (sum !== 100)
      ctx.addIssue({ code: 'custom', path: ['budgetPhases'], message: `phase shares sum to ${sum}%, not 100%` });
    if (new Set(s.budgetPhases.map((p) => p.key)).size !== s.budgetPhases.length) {
      ctx.addIssue({ code: 'custom', path: ['budgetPhases'], message: 'phase keys must be unique' });
    }
    const scores = s.riskBands.map((b) => b.maxScore);
    if (scores.some((v, i) => i > 0 && v <= scores[i - 1]) || scores[scores.length - 1] !== 25) {
      ctx.addIssue({ code: 'custom', path: ['riskBands'], message: 'bands must rise and the last must reach 25' });
    }
    const caps = s.approval.tiers.map((t) => t.upToCents);
    if (
      caps[caps.length - 1] !== null ||
      caps.slice(0, -1).some((c, i) => c === null || (i > 0 && c <= (caps[i - 1] ?? 0)))
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['approval', 'tiers'],
        message: 'tiers must rise and only the last may be unbounded',
      });
    }
  });
export type PlanSettings = z.infer<typeof PlanSettings>;
export type PlanSettingsInput = z.input<typeof PlanSettings>;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = PlanSettings.parse({});

/** Level of a risk on the plan's matrix. */
export function riskLevelOf(probability: number, impact: number, bands: PlanSettings['riskBands']): RiskLevel {
  const score = probability * impact;
  return (bands.find((b) => score <= b.maxScore) ?? bands[bands.length - 1]).level;
}

/** Who approves an amount: the tier's approver, plus the CEO for unplanned spend above the threshold. */
export function approversFor(
  amountCents: number,
  unplanned: boolean,
  approval: PlanSettings['approval'],
): ApprovalTier[] {
  const tier =
    approval.tiers.find((t) => t.upToCents === null || amountCents <= t.upToCents) ??
    approval.tiers[approval.tiers.length - 1];
  if (unplanned && amountCents > approval.unplannedCeoAboveCents) {
    return [tier, { upToCents: null, approverZh: 'CEO', approverEn: 'CEO' }];
  }
  return [tier];
}
