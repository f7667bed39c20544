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
    stopped: z.enum(['time', 'stall', 'cancelled', 'evaluations', 'optimal']),
  }),
});
export type Proposal = z.infer<typeof Proposal>;
