import { NO_DAY, type CompiledModel } from './compile';
import { RULE_CODE, type RuleId } from './catalog';
import type { Finding } from './finding';

/**
 * A finding as detection records it: numbers only. Ids, keys and the zh-CN/en sentences are
 * written on first read (messages.ts), so full detection of 100k activities does not spend its
 * time formatting thousands of sentences nobody has scrolled to yet.
 */
export class RawFinding {
  cached: Finding | undefined = undefined;
  constructor(
    readonly rule: number,
    readonly amount: number,
    /** The activities, or one activity's index (most findings name one: no array to allocate). */
    private readonly actsOrOne: ArrayLike<number> | number,
    /** Resource, segment and plan indexes, -1 when none; a plan of -1 means "the activities' plans". */
    readonly res: number,
    readonly seg: number,
    readonly plan: number,
    /** Inclusive relative days; NO_DAY for plan-wide findings. */
    readonly from: number,
    readonly to: number,
    /** Rule-specific figures for the key and the message (a span's start minute, a task index…). */
    readonly a: number,
    readonly b: number,
    readonly text: string = '',
  ) {}

  get acts(): ArrayLike<number> {
    return typeof this.actsOrOne === 'number' ? [this.actsOrOne] : this.actsOrOne;
  }
}

export const EMPTY: RawFinding[] = [];

export function raw(
  rule: RuleId,
  amount: number,
  acts: ArrayLike<number> | number,
  o: { res?: number; seg?: number; plan?: number; from?: number; to?: number; a?: number; b?: number; text?: string },
): RawFinding {
  return new RawFinding(
    RULE_CODE[rule],
    amount,
    acts,
    o.res ?? -1,
    o.seg ?? -1,
    o.plan ?? -1,
    o.from ?? NO_DAY,
    o.to ?? NO_DAY,
    o.a ?? 0,
    o.b ?? 0,
    o.text ?? '',
  );
}

/** Rules switched off (weight 0) produce no findings at all. */
export function ruleOn(m: CompiledModel, rule: RuleId): boolean {
  return m.weights[RULE_CODE[rule]] > 0;
}
