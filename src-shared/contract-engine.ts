import { z } from 'zod';
import { Id, IsoDayOrDateTime } from './model';
import { Finding, Localized, Proposal, RULE_IDS, ScoreSummary } from './rules';
import { RulesInputSchema } from './rules/input-schema';

/**
 * The scheduling engine's channels, spread into `contract` (contract.ts). Conflicts are for a
 * plan (findings touching it, resources checked across every plan) or the whole workspace.
 * A solve is long: the caller picks a `runId`, watches `solver/progress` events carrying it and
 * may `solver/cancel` it; the proposal it returns is applied with `solver/apply` as ONE undoable edit.
 */
const Scope = { planId: Id.nullable() };

/** contract.ts's HistoryState, restated: importing it from there would make the two modules a cycle. */
const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: Localized.nullable(),
  redoLabel: Localized.nullable(),
  undoPlans: z.array(z.object({ id: Id, name: z.string() })),
  redoPlans: z.array(z.object({ id: Id, name: z.string() })),
});

export const ConflictList = z.object({ findings: z.array(Finding), summary: ScoreSummary });
export type ConflictList = z.infer<typeof ConflictList>;

export const ConflictExplanation = z.object({
  finding: Finding,
  rule: z.object({ id: z.enum(RULE_IDS), label: Localized, severity: z.enum(['hard', 'soft']), weight: z.number() }),
  activities: z.array(
    z.object({
      id: Id,
      planId: Id,
      title: z.string(),
      start: IsoDayOrDateTime,
      end: IsoDayOrDateTime,
      pinned: z.boolean(),
    }),
  ),
  /** Why this is a conflict, with the figures behind it. */
  why: Localized,
  /** What to do about it, most useful first. */
  suggestions: z.array(Localized),
});
export type ConflictExplanation = z.infer<typeof ConflictExplanation>;

export const SolverRequest = z
  .object({
    ...Scope,
    /** Only these activities may move (a selection); others stay where they are. */
    activityIds: z.array(Id).max(100_000).optional(),
    runId: z.string().min(1).max(100),
    timeLimitMs: z
      .number()
      .int()
      .min(100, 'time limit must be at least 100 ms')
      .max(600_000, 'time limit must be at most 10 minutes')
      .default(5_000),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    allowSwaps: z.boolean().default(true),
    maxShiftDays: z.number().int().min(1).max(366).default(60),
  })
  .strict();
export type SolverRequest = z.input<typeof SolverRequest>;

export const engineChannels = {
  /** Findings of every rule for a plan (or the workspace when planId is null). Errors: NOT_FOUND (plan). */
  'conflict/list': { request: z.object(Scope).strict(), response: ConflictList },
  /**
   * The first count of hard and soft findings seen this month (in the plan's time zone), recorded
   * on the first call of the month, so the header can show the change since the month started.
   * Errors: NOT_FOUND (plan).
   */
  'conflict/month-baseline': {
    request: z.object(Scope).strict(),
    response: z.object({ month: z.string(), hard: z.number().int(), soft: z.number().int(), recordedAt: z.string() }),
  },
  /**
   * What the warm engine reads for a plan, trimmed to the plan and the other plans' activities
   * sharing its resources or segments: the renderer's drag preview and one-click fixes judge
   * with it, so they agree with conflict/list. Errors: NOT_FOUND (plan).
   */
  'conflict/preview-input': { request: z.object({ planId: Id }).strict(), response: RulesInputSchema },
  /** One finding by its key, with the rule, the activities involved and what to do. Errors: NOT_FOUND (plan or finding). */
  'conflict/explain': {
    request: z.object({ ...Scope, key: z.string().min(1).max(500) }).strict(),
    response: ConflictExplanation,
  },
  /** Runs the solver and answers a proposal (nothing is written). Errors: NOT_FOUND (plan, activity), VALIDATION, CANCELLED (only if cancelled before it started). */
  'solver/propose': { request: SolverRequest, response: Proposal },
  /** Asks a running solve to stop; it then answers the best proposal so far. */
  'solver/cancel': {
    request: z.object({ runId: z.string().min(1).max(100) }).strict(),
    response: z.object({ cancelled: z.boolean() }),
  },
  /**
   * Applies a proposal (or only the moves of `activityIds`) as one undoable edit.
   * Errors: NOT_FOUND (unknown or expired proposal), VALIDATION (the schedule changed since).
   */
  'solver/apply': {
    request: z
      .object({ proposalId: z.string().min(1).max(100), activityIds: z.array(Id).max(100_000).optional() })
      .strict(),
    response: z.object({ applied: z.number().int(), planIds: z.array(Id), history: HistoryState }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export const engineEvents = {
  /** Progress of a running solve: best score so far and time spent. */
  'solver/progress': z.object({
    runId: z.string(),
    elapsedMs: z.number(),
    bestHard: z.number(),
    bestSoft: z.number(),
    evaluations: z.number().int(),
    phase: z.enum(['construct', 'search', 'done']),
  }),
} as const satisfies Record<string, z.ZodType>;
