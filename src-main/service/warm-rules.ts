import type { FindingsDelta } from '../../src-shared/contract-outcome';
import { dayFromNumber, dayNumber } from '../../src-shared/model/dates';
import type { Activity } from '../../src-shared/model';
import {
  MINUTES,
  RulesEngine,
  horizonOf,
  onlyTimingOrTitle,
  toRuleActivity,
  type Finding,
  type RuleActivity,
  type RulesInput,
} from '../../src-shared/rules';
import { minuteOf } from '../../src-shared/rules/compile';
import { loadImportedYears } from '../db/queries/holiday-years';
import { listPlans } from '../db/queries/plans';
import { listResources, listSegments } from '../db/queries/resources';
import type { DbOrTrx } from '../db/schema';
import { planBudgetLines, planTasks, readStoredPlanSettings, rulesInputOf, type RulesData } from './engine-input';

/** What one edit touched, as the warm engine needs to know it (built by edit-outcome.ts). */
export interface RulesTouch {
  /** Each touched activity as it is now inside the edit's transaction; null when it is gone. */
  activities: Map<string, Activity | null>;
  plans: boolean;
  resources: boolean;
  segments: boolean;
  tasks: boolean;
  budgetLines: boolean;
  calendar: boolean;
}

/** One focus the engine is warm for: a plan's weights and targets, or the workspace defaults (''). */
interface Scope {
  planId: string | null;
  engine: RulesEngine;
  /** The current findings by key, kept by each delta. */
  byKey: Map<string, Finding>;
  /** What conflict/list answers for the focus, in the engine's order; listed again after an edit only when asked. */
  list: Finding[] | null;
}

/**
 * The warm rules engine of one open workspace. It holds what the rules read (compiled from
 * SQLite once, on the first conflict question) and, per focus asked for, a compiled engine with
 * its findings. Each edit hands it what the edit touched, read inside the edit's transaction:
 * moves and retitles of activities take the engine's incremental path (only the scopes the
 * activity touches are re-checked), anything else that the rules read (claims, plans, settings,
 * resources, tasks, budget lines, holiday years) re-reads that part and recompiles. Either way
 * the answer is the change of each focus's findings, which goes into the edit's outcome.
 */
export class WarmRules {
  private scopes = new Map<string, Scope>();
  /** Index of each activity in data.activities (the engines' activity numbering). */
  private index = new Map<string, number>();
  /** Day numbers of each activity's start and end, to tell whether a move changes the horizon. */
  private startDn = new Int32Array(0);
  private endDn = new Int32Array(0);
  /** The earliest start and latest end day over startDn/endDn (Infinity/-Infinity when there are none). */
  private lo = Infinity;
  private hi = -Infinity;
  /** The span the horizon was last computed from. */
  private horizonSpan: [number, number] = [Infinity, -Infinity];
  private horizon: [string, string] = ['', ''];

  constructor(private data: RulesData) {
    this.reindex();
  }

  /** What conflict/list answers: findings touching the plan (all of them for a workspace check). */
  findings(planId: string | null): Finding[] {
    const s = this.scope(planId);
    // Listed again only after an edit changed the findings; a plan's scope keeps its filtered list.
    return (s.list ??= planId ? s.engine.findings().filter((f) => f.planIds.includes(planId)) : s.engine.findings());
  }

  hasPlan(planId: string): boolean {
    return this.data.plans.some((p) => p.id === planId);
  }

  /** The compiled input of a focus (for explanations). */
  input(planId: string | null): RulesInput {
    return this.scope(planId).engine.m.input;
  }

  private scope(planId: string | null): Scope {
    const key = planId ?? '';
    let s = this.scopes.get(key);
    if (!s) {
      const engine = new RulesEngine(rulesInputOf(this.data, planId));
      const all = engine.findings();
      s = { planId, engine, list: null, byKey: new Map(all.map((f) => [f.key, f])) };
      this.scopes.set(key, s);
    }
    return s;
  }

  /** Forgets the scope of a plan that no longer exists. */
  private dropGoneScopes(): void {
    const ids = new Set(this.data.plans.map((p) => p.id));
    for (const [key, s] of this.scopes) if (s.planId !== null && !ids.has(s.planId)) this.scopes.delete(key);
  }

  /** Applies one edit (read through `trx`, inside it) and answers each warm focus's findings delta. */
  async apply(trx: DbOrTrx, touch: RulesTouch): Promise<FindingsDelta[]> {
    const moves: [number, RuleActivity, boolean][] = [];
    let structural = touch.plans || touch.resources || touch.segments || touch.tasks || touch.budgetLines;
    structural ||= touch.calendar;
    const replaced = new Map<string, RuleActivity | null>();
    for (const [id, a] of touch.activities) {
      const next = a && a.status !== 'cancelled' ? toRuleActivity(a) : null;
      const i = this.index.get(id);
      const prev = i === undefined ? null : this.data.activities[i];
      if (prev === null && next === null) continue;
      if (prev && next && i !== undefined && onlyTimingOrTitle(prev, next))
        moves.push([i, next, prev.title !== next.title]);
      else structural = true;
      replaced.set(id, next);
    }
    if (!structural && moves.length === 0) return [];
    if (touch.plans) {
      this.data.plans = await listPlans(trx);
      this.data.stored = await readStoredPlanSettings(trx);
    }
    if (touch.resources) this.data.resources = await listResources(trx);
    if (touch.segments) this.data.segments = await listSegments(trx);
    if (touch.tasks || touch.plans) this.data.tasks = await planTasks(trx, this.data.plans);
    if (touch.budgetLines || touch.plans) this.data.budgetLines = await planBudgetLines(trx, this.data.plans);
    if (touch.calendar) this.data.importedYears = await loadImportedYears(trx);

    if (!structural && this.movesKeepHorizon(moves)) return this.applyMoves(moves);
    return this.recompile(replaced);
  }

  /** Records the moves in the data; false when one of them changes the horizon (a recompile then). */
  private movesKeepHorizon(moves: [number, RuleActivity, boolean][]): boolean {
    let rescan = false;
    for (const [i, a] of moves) {
      this.data.activities[i] = a;
      const s = dayNumber(a.start);
      const e = dayNumber(a.end);
      // Only a move off the earliest start or the latest end can shrink the span: then look again.
      if ((this.startDn[i] === this.lo && s > this.lo) || (this.endDn[i] === this.hi && e < this.hi)) rescan = true;
      this.startDn[i] = s;
      this.endDn[i] = e;
      if (s < this.lo) this.lo = s;
      if (e > this.hi) this.hi = e;
    }
    if (rescan) this.spanNow();
    // The plans are unchanged on this path, so an unchanged span keeps the horizon.
    if (this.lo === this.horizonSpan[0] && this.hi === this.horizonSpan[1]) return true;
    const [from, to] = this.horizonNow();
    return from === this.horizon[0] && to === this.horizon[1];
  }

  /**
   * Moves each activity in every warm focus's engine. The delta is composed step by step over the
   * keys the re-checks touched (a later move may re-check what an earlier one just added), against
   * the findings as they were before the edit: nothing here walks the whole finding list.
   */
  private applyMoves(moves: [number, RuleActivity, boolean][]): FindingsDelta[] {
    const out: FindingsDelta[] = [];
    for (const s of this.scopes.values()) {
      const { engine, byKey } = s;
      const original = new Map<string, Finding | undefined>();
      for (const [i, a, retitled] of moves) {
        const start = minuteOf(a.start, engine.m.base);
        const end = a.allDay ? minuteOf(a.end, engine.m.base) + MINUTES : minuteOf(a.end, engine.m.base);
        const d = engine.moveActivity(i, start, end - start, retitled);
        for (const r of d.removed) {
          const key = engine.materialize(r).key;
          if (!original.has(key)) original.set(key, byKey.get(key));
          byKey.delete(key);
        }
        for (const r of d.added) {
          const f = engine.materialize(r);
          if (!original.has(f.key)) original.set(f.key, byKey.get(f.key));
          byKey.set(f.key, f);
        }
      }
      s.list = null;
      const now = new Map<string, Finding>();
      const was = new Map<string, Finding>();
      for (const [key, f] of original) {
        const current = byKey.get(key);
        if (current) now.set(key, current);
        if (f) was.set(key, f);
      }
      const { added, removed } = deltaOf(s.planId, was, now);
      out.push({ planId: s.planId, added, removed });
    }
    return out;
  }

  /** Rebuilds the activity list in a cold read's order and every warm focus's engine; diffs the findings. */
  private recompile(replaced: Map<string, RuleActivity | null>): FindingsDelta[] {
    const acts = this.data.activities.filter((a) => !replaced.has(a.id));
    for (const a of replaced.values()) if (a) acts.push(a);
    // The order listRuleActivities reads them in (start, then id), so the engine numbers them as a cold check.
    acts.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    this.data.activities = acts;
    this.reindex();
    this.dropGoneScopes();
    const out: FindingsDelta[] = [];
    for (const s of this.scopes.values()) {
      const engine = new RulesEngine(rulesInputOf(this.data, s.planId));
      const byKey = new Map(engine.findings().map((f) => [f.key, f]));
      out.push(deltaOf(s.planId, s.byKey, byKey));
      Object.assign(s, { engine, list: null, byKey });
    }
    return out;
  }

  private reindex(): void {
    const acts = this.data.activities;
    this.index = new Map(acts.map((a, i) => [a.id, i]));
    this.startDn = new Int32Array(acts.length);
    this.endDn = new Int32Array(acts.length);
    acts.forEach((a, i) => {
      this.startDn[i] = dayNumber(a.start);
      this.endDn[i] = dayNumber(a.end);
    });
    this.spanNow();
    this.horizon = this.horizonNow();
    this.horizonSpan = [this.lo, this.hi];
  }

  /** The earliest start and latest end day over every activity, from the kept day numbers. */
  private spanNow(): void {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < this.startDn.length; i++) {
      if (this.startDn[i] < lo) lo = this.startDn[i];
      if (this.endDn[i] > hi) hi = this.endDn[i];
    }
    this.lo = lo;
    this.hi = hi;
  }

  /** horizonOf over the current data, from the kept span instead of re-parsing every date. */
  private horizonNow(): [string, string] {
    // Plans and the padding exactly as horizonOf applies them.
    const probe = this.lo === Infinity ? [] : [{ start: dayFromNumber(this.lo), end: dayFromNumber(this.hi) }];
    return horizonOf(this.data.plans, probe);
  }
}

/** The net change from `before` to `after`: keys gone, and findings new or different. */
function deltaOf(planId: string | null, old: Map<string, Finding>, now: Map<string, Finding>): FindingsDelta {
  // A plan's scope shows the findings touching the plan: one that stops touching it is removed there.
  const shown = (f: Finding | undefined): f is Finding => !!f && (planId === null || f.planIds.includes(planId));
  const removed = [...old.keys()].filter((k) => shown(old.get(k)) && !shown(now.get(k)));
  const added = [...now.values()].filter((f) => {
    if (!shown(f)) return false;
    const o = old.get(f.key);
    return !shown(o) || JSON.stringify(o) !== JSON.stringify(f);
  });
  return { planId, added, removed };
}
