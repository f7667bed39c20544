import { z } from 'zod';
import { Id, IsoDayOrDateTime } from '../model';
import { RULE_IDS } from './catalog';
import { Finding, Localized } from './finding';

/** What the solver proposes. Nothing is written until the planner applies it (solver/apply). */
export const ResourceSwap = z.object({ fromResourceId: Id, toResourceId: Id, quantity: z.number().int() });

export const ProposedMove = z.object({
  activityId: Id,
  planId: Id,
  title: z.string(),
  oldStart: IsoDayOrDateTime,
  oldEnd: IsoDayOrDateTime,
  newStart: IsoDayOrDateTime,
  newEnd: IsoDayOrDateTime,
  shiftDays: z.number().int(),
  swaps: z.array(ResourceSwap),
  /** Keys of the findings before the move that this activity was part of and that are gone after. */
  resolves: z.array(z.string()),
  reason: Localized,
});
export type ProposedMove = z.infer<typeof ProposedMove>;

export const ScoreSummary = z.object({
  hard: z.number(),
  soft: z.number(),
  byRule: z.partialRecord(z.enum(RULE_IDS), z.number()),
});
export type ScoreSummary = z.infer<typeof ScoreSummary>;

/**
 * Findings counted as the header and the conflicts panel count them (one finding, one
 * conflict), by severity and by rule, over the scope of the solve (the plan, or the workspace).
 */
export const FindingCounts = z.object({
  hard: z.number().int(),
  soft: z.number().int(),
  byRule: z.partialRecord(z.enum(RULE_IDS), z.number().int()),
});
export type FindingCounts = z.infer<typeof FindingCounts>;

export const Unplaced = z.object({
  activityId: Id,
  title: z.string(),
  ruleIds: z.array(z.enum(RULE_IDS)),
  message: Localized,
});

export const Proposal = z.object({
  id: z.string(),
  planId: Id.nullable(),
  status: z.enum(['solved', 'improved', 'unchanged', 'infeasible']),
  moves: z.array(ProposedMove),
  /** The findings before the solve and after all its moves, in the header's units. */
  counts: z.object({ before: FindingCounts, after: FindingCounts }),
  /** The weighted score (weight × amount per finding) before and after: a detail, not the headline. */
  before: ScoreSummary,
  after: ScoreSummary,
  solvedKeys: z.array(z.string()),
  remaining: z.array(Finding),
  /** Activities still caught in a hard finding when the time ran out: what could not be placed. */
  unplaced: z.array(Unplaced),
  stats: z.object({
    seed: z.number().int(),
    evaluations: z.number().int(),
    elapsedMs: z.number(),
    timeToZeroHardMs: z.number().nullable(),
    /** When the best schedule was first reached (a stall stops a while after it). */
    timeToBestMs: z.number(),
    /** Why it stopped: 'optimal' = nothing left to fix; 'stall' = no improvement for a while. */
    stopped: z.enum(['time', 'stall', 'cancelled', 'evaluations', 'optimal']),
  }),
});
export type Proposal = z.infer<typeof Proposal>;
