import type { CompiledModel } from './compile';
import { RULE_CODE, type RuleId } from './catalog';
import type { Finding } from './finding';
import type { FindingStore } from './finding-store';

/**
 * A finding as detection recorded it: numbers only, read from its slot in a FindingStore.
 * Ids, keys and the zh-CN/en sentences are written on first read (messages.ts), so full
 * detection of 100k activities does not spend its time formatting thousands of sentences
 * nobody has scrolled to yet. A view is two fields: handing out thousands costs little, and
 * the store's slot never changes, so a view stays right after later re-checks.
 */
export class RawFinding {
  constructor(
    readonly store: FindingStore,
    readonly slot: number,
  ) {}

  get rule(): number {
    return this.store.rule[this.slot];
  }
  /** Size of the violation in the rule's own unit. */
  get amount(): number {
    return this.store.amount[this.slot];
  }
  /** The activities the finding names. */
  get acts(): ArrayLike<number> {
    const s = this.store;
    return s.actPool.subarray(s.actOff[this.slot], s.actOff[this.slot + 1]);
  }
  /** Resource, segment and plan indexes, -1 when none; a plan of -1 means "the activities' plans". */
  get res(): number {
    return this.store.res[this.slot];
  }
  get seg(): number {
    return this.store.seg[this.slot];
  }
  get plan(): number {
    return this.store.plan[this.slot];
  }
  /** Inclusive relative days; NO_DAY for plan-wide findings. */
  get from(): number {
    return this.store.from[this.slot];
  }
  get to(): number {
    return this.store.to[this.slot];
  }
  /** Rule-specific figures for the key and the message (a span's start minute, a task index…). */
  get a(): number {
    return this.store.a[this.slot];
  }
  get b(): number {
    return this.store.b[this.slot];
  }
  get text(): string {
    return this.store.text(this.slot);
  }
  /** The finding written out, once someone has asked for it. */
  get cached(): Finding | undefined {
    return this.store.writtenAt(this.slot);
  }
  set cached(f: Finding) {
    this.store.keepWritten(this.slot, f);
  }
}

/** Rules switched off (weight 0) produce no findings at all. */
export function ruleOn(m: CompiledModel, rule: RuleId): boolean {
  return m.weights[RULE_CODE[rule]] > 0;
}
