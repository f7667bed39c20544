import { dayNumber } from '../../../../src-shared/model';
import {
  type Finding,
  MINUTES,
  type MoveProposal,
  onlyTimingOrTitle,
  proposeMove,
  proposeSwap,
  RulesEngine,
  type RulesInput,
  type SwapProposal,
} from '../../../../src-shared/rules';
import { compiledSpan } from '../../../../src-shared/rules/compile';

/** What a drop on a day would add, for the drag preview. */
export interface DropVerdict {
  day: string;
  outside: boolean;
  hard: Finding[];
  soft: Finding[];
}

/** Hard before soft, then the costliest first, then by date, so the panel reads like a to-do list. */
export function byUrgency(a: Finding, b: Finding): number {
  if (a.severity !== b.severity) return a.severity === 'hard' ? -1 : 1;
  if (a.penalty !== b.penalty) return b.penalty - a.penalty;
  return (a.span?.start ?? '').localeCompare(b.span?.start ?? '');
}

/**
 * One plan's schedule held in the pure rules engine, compiled from the input main's warm engine
 * reads for the plan (conflict/preview-input: its stored weights, precedence, phases, channel
 * caps, imported holidays and the other plans' claims on shared resources), so a verdict here
 * is the verdict conflict/list gives after the drop. Built once per input (outside render),
 * then a drag moves (or a resize stretches) one activity in place, asks which findings it would
 * newly be part of, and puts it back: an incremental re-check of the scopes it touches, not a
 * full detection. One-click moves are searched the same way, in the same engine.
 */
export class ScheduleModel {
  readonly engine: RulesEngine;
  private dragIndex = -1;
  private dragOrigin = 0;
  private dragLength = 0;
  private baseline = new Set<string>();

  constructor(public input: RulesInput) {
    // The engine gets its own activity list, so advance() can update it without touching the store's.
    this.engine = new RulesEngine({ ...input, activities: [...input.activities] });
  }

  /**
   * Carries the model to `next` when it differs from the held input only by activities whose
   * timing or title changed (what an edit's outcome patches in after a drop): each is moved in
   * place by the engine's incremental path, instead of compiling the plan again. False when
   * `next` differs in anything else (the caller builds a new model); the model is then spent.
   */
  advance(next: RulesInput): boolean {
    const held = this.input;
    if (next === held) return true;
    for (const key of Object.keys(next) as (keyof RulesInput)[])
      if (key !== 'activities' && next[key] !== held[key]) return false;
    if (next.activities.length !== held.activities.length) return false;
    const span = compiledSpan(next);
    if (span.base !== this.engine.m.base || span.H !== this.engine.m.H) return false;
    const own = this.engine.m.input.activities;
    const base = this.engine.m.base;
    try {
      for (let i = 0; i < next.activities.length; i++) {
        const a = next.activities[i];
        const was = held.activities[i];
        if (a === was) continue;
        if (a.id !== was.id || !onlyTimingOrTitle(was, a)) return false;
        own[i] = a;
        const start = minuteOf(a.start, base);
        const end = minuteOf(a.end, base) + (a.allDay ? MINUTES : 0);
        this.engine.moveActivity(i, start, end - start, a.title !== was.title);
      }
    } catch {
      return false; // a move outside the compiled horizon: compile again
    }
    this.input = next;
    return true;
  }

  findings(): Finding[] {
    return this.engine.findings().sort(byUrgency);
  }

  private keysOf(i: number): Set<string> {
    const keys = new Set<string>();
    for (const r of this.engine.raw()) if (includes(r.acts, i)) keys.add(this.engine.materialize(r).key);
    return keys;
  }

  /** Starts a drag (or an end-edge resize) of activity `id`: remembers where it is and which findings it is already in. */
  begin(id: string): boolean {
    const i = this.engine.m.actIndex.get(id);
    if (i === undefined) return false;
    this.dragIndex = i;
    this.dragOrigin = this.engine.m.startMin[i];
    this.dragLength = this.engine.m.endMin[i] - this.dragOrigin;
    this.baseline = this.keysOf(i);
    return true;
  }

  /** The findings the dragged activity would newly be part of if it started on `day`. */
  preview(day: string): DropVerdict {
    const m = this.engine.m;
    const start = (dayNumber(day) - m.base) * MINUTES + (this.dragOrigin % MINUTES);
    return this.verdict(day, start, this.dragLength);
  }

  /**
   * The findings the resized activity would newly be part of if its last day were `day`; its
   * start stays, and its end keeps its time of day. An end before the start counts as outside.
   */
  previewEnd(day: string): DropVerdict {
    const m = this.engine.m;
    const lastDay = Math.floor((this.dragOrigin + this.dragLength - 1) / MINUTES);
    const len = this.dragLength + (dayNumber(day) - m.base - lastDay) * MINUTES;
    return this.verdict(day, this.dragOrigin, len);
  }

  /**
   * The findings the dragged or resized activity would newly be part of at exactly `timing`:
   * where FullCalendar's time grid puts a timed activity (week view), a new time of day and all.
   * Timed ends are exclusive minutes, all-day ends inclusive days, as stored.
   */
  previewTiming(timing: { start: string; end: string }, allDay: boolean, day = timing.start.slice(0, 10)): DropVerdict {
    const base = this.engine.m.base;
    const start = minuteOf(timing.start, base);
    const end = minuteOf(timing.end, base) + (allDay ? MINUTES : 0);
    return this.verdict(day, start, end - start);
  }

  private verdict(day: string, start: number, len: number): DropVerdict {
    const i = this.dragIndex;
    const verdict: DropVerdict = { day, outside: false, hard: [], soft: [] };
    if (i < 0) return verdict;
    try {
      this.engine.moveActivity(i, start, len);
    } catch {
      verdict.outside = true;
      return verdict;
    }
    for (const r of this.engine.raw()) {
      if (!includes(r.acts, i)) continue;
      const f = this.engine.materialize(r);
      if (this.baseline.has(f.key)) continue;
      (f.severity === 'hard' ? verdict.hard : verdict.soft).push(f);
    }
    return verdict;
  }

  /** Puts the dragged or resized activity back where, and as long as, the input has it. */
  end(): void {
    if (this.dragIndex >= 0) this.engine.moveActivity(this.dragIndex, this.dragOrigin, this.dragLength);
    this.dragIndex = -1;
  }

  /**
   * The move that fixes finding `f`, chosen by every rule of this input (src-shared/rules
   * fix-proposal.ts): what it removes, the soft findings it may add, or why there is none.
   * Not during a drag: the search starts from the schedule as the input has it.
   */
  proposeMove(f: Finding): MoveProposal {
    return proposeMove(this.engine, f);
  }

  /** The resource swap that fixes finding `f`, checked by a full detection of this input. */
  proposeSwap(f: Finding): SwapProposal {
    return proposeSwap(this.engine, f);
  }
}

/** Minutes from day `base` to a YYYY-MM-DD (its midnight) or YYYY-MM-DDTHH:mm value. */
function minuteOf(value: string, base: number): number {
  const day = (dayNumber(value) - base) * MINUTES;
  return value.length > 10 ? day + Number(value.slice(11, 13)) * 60 + Number(value.slice(14, 16)) : day;
}

function includes(acts: ArrayLike<number>, i: number): boolean {
  for (let k = 0; k < acts.length; k++) if (acts[k] === i) return true;
  return false;
}
