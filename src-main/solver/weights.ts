import { RULE_CODE, type RuleId } from '../../src-shared/rules';
import type { CompiledModel } from '../../src-shared/rules/compile';

/**
 * The solver's objective: rule weights from the plan's settings, plus disruption. Hard and
 * soft are kept apart and compared lexicographically, so no soft gain ever buys a clash.
 */
export interface DisruptionWeights {
  /** Per moved activity, times its priority factor. */
  move: number;
  /** Per day shifted, times its priority factor. */
  day: number;
  /** Per claim moved to another resource, times its priority factor. */
  swap: number;
}

export const DEFAULT_DISRUPTION: DisruptionWeights = { move: 1, day: 0.25, swap: 0.5 };

/** Festivals move last, then member preference, then market trend, then the rest (docs/domain.md §1). */
export const PRIORITY_FACTOR = Float64Array.from([1, 2, 4, 8]); // indexed by CompiledModel.rank

export interface Weights {
  capacity: number;
  channel: number;
  /** channel.period_capacity: sends over a channel's monthly cap. */
  period: number;
  unavailable: number;
  blackout: number;
  window: number;
  lead: number;
  precedence: number;
  gap: number;
  weekly: number;
  nonWork: number;
  preferred: number;
  minMonth: number;
  festival: number;
  monthCap: number;
  buffer: number;
}

export function weightsOf(m: CompiledModel): Weights {
  const w = (id: RuleId) => m.weights[RULE_CODE[id]];
  return {
    capacity: w('resource.capacity'),
    channel: w('channel.capacity'),
    period: w('channel.period_capacity'),
    unavailable: w('resource.unavailable'),
    blackout: w('plan.blackout'),
    window: w('activity.window'),
    lead: w('task.lead_time'),
    precedence: w('activity.precedence'),
    gap: w('segment.min_gap'),
    weekly: w('segment.weekly_max'),
    nonWork: w('month.nonworkday_share'),
    preferred: w('month.preferred_share'),
    minMonth: w('month.min_activities'),
    festival: w('festival.window'),
    monthCap: w('budget.month_cap'),
    buffer: w('phase.buffer'),
  };
}

export interface Score {
  hard: number;
  soft: number;
}

const EPS = 1e-9;
/** a better than b, lexicographically (hard first). */
export function better(aHard: number, aSoft: number, bHard: number, bSoft: number): boolean {
  if (aHard < bHard - EPS) return true;
  if (aHard > bHard + EPS) return false;
  return aSoft < bSoft - EPS;
}
