import type { PlanSnapshot } from '../../../src-shared/contract';
import type { BaselineInfo } from '../../../src-shared/contract-baselines';
import type { EditOutcome } from '../../../src-shared/contract-outcome';
import type { ConflictList } from '../../../src-shared/contract-engine';
import {
  onlyTimingOrTitle,
  toRuleActivity,
  type Finding,
  type RuleActivity,
  type RulesInput,
} from '../../../src-shared/rules';

/**
 * Applying an edit's outcome to what the renderer already holds, instead of asking again: a
 * plan snapshot and a plan's conflict list. Both are pure and keyed by id (or finding key), so
 * applying one outcome twice gives what applying it once gives. Lists keep the order the service
 * answers them in, so a patched snapshot reads exactly like a fresh one.
 */

type Stamped = { id: string; createdAt: string };
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byCreated = (a: Stamped, b: Stamped) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id);

function merge<T extends { id: string }>(
  list: readonly T[],
  upserts: readonly T[],
  deleted: readonly string[],
  keep: (t: T) => boolean,
  order: (a: T, b: T) => number,
): T[] {
  if (upserts.length === 0 && deleted.length === 0) return list as T[];
  const byId = new Map(list.map((t) => [t.id, t]));
  for (const id of deleted) byId.delete(id);
  for (const t of upserts) {
    if (keep(t)) byId.set(t.id, t);
    else byId.delete(t.id); // moved to another plan
  }
  return [...byId.values()].sort(order);
}

/** The snapshot after the outcome; null when the plan itself was deleted. */
export function applyOutcomeToSnapshot(s: PlanSnapshot, o: EditOutcome): PlanSnapshot | null {
  const planId = s.plan.id;
  if (o.deleted.plans.includes(planId)) return null;
  const up = <K extends Exclude<keyof EditOutcome['created'], 'baselines'>>(k: K) => [...o.created[k], ...o.updated[k]];
  const mine = (t: { planId: string }) => t.planId === planId;
  const all = () => true;
  return {
    plan: up('plans').find((p) => p.id === planId) ?? s.plan,
    settings: up('planSettings').find((p) => p.planId === planId)?.settings ?? s.settings,
    activities: merge(
      s.activities,
      up('activities'),
      o.deleted.activities,
      mine,
      (a, b) => cmp(a.start, b.start) || cmp(a.id, b.id),
    ),
    budgetLines: merge(
      s.budgetLines,
      up('budgetLines'),
      o.deleted.budgetLines,
      mine,
      (a, b) => cmp(a.phase, b.phase) || byCreated(a, b),
    ),
    risks: merge(s.risks, up('risks'), o.deleted.risks, mine, byCreated),
    kpis: merge(s.kpis, up('kpis'), o.deleted.kpis, mine, byCreated),
    tasks: merge(s.tasks, up('tasks'), o.deleted.tasks, mine, byCreated),
    resources: merge(
      s.resources,
      up('resources'),
      o.deleted.resources,
      all,
      (a, b) => cmp(a.kind, b.kind) || cmp(a.name, b.name),
    ),
    segments: merge(
      s.segments,
      up('segments'),
      o.deleted.segments,
      all,
      (a, b) => cmp(a.dimension, b.dimension) || cmp(a.name, b.name),
    ),
    history: o.history,
  };
}

/**
 * A plan's baselines (定稿) after the outcome, oldest first as `baseline/list` answers them. Every
 * write of a baseline (a freeze, a new reference, a rename, a delete, a plan deleted with its
 * baselines, and the undo of each) lists the baselines it touched, so the list is never read again.
 */
export function applyOutcomeToBaselines(list: BaselineInfo[], planId: string, o: EditOutcome): BaselineInfo[] {
  return merge(
    list,
    [...(o.created.baselines ?? []), ...(o.updated.baselines ?? [])],
    o.deleted.baselines ?? [],
    (b) => b.planId === planId,
    byCreated,
  );
}

/** The plan's conflict list after the outcome; null when the outcome carries no delta for it (ask again). */
export function applyOutcomeToConflicts(
  list: ConflictList,
  planId: string | null,
  o: EditOutcome,
): ConflictList | null {
  const delta = o.findings.find((d) => d.planId === planId);
  if (!delta) return null;
  const byKey = new Map(list.findings.map((f) => [f.key, f]));
  for (const key of delta.removed) byKey.delete(key);
  for (const f of delta.added) byKey.set(f.key, f);
  const findings = [...byKey.values()];
  return { findings, summary: summaryOf(findings) };
}

/** The score summary conflict/list answers (as the service sums it): penalties by severity and by rule. */
function summaryOf(findings: readonly Finding[]): ConflictList['summary'] {
  const byRule: ConflictList['summary']['byRule'] = {};
  let hard = 0;
  let soft = 0;
  for (const f of findings) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + f.penalty;
    if (f.severity === 'hard') hard += f.penalty;
    else soft += f.penalty;
  }
  return { hard, soft, byRule };
}

/**
 * A plan's preview input after the outcome, or null to ask main again. Only moves, resizes and
 * retitles of activities the input already holds (and deletions) are patched here, exactly as
 * the warm engine takes them incrementally; anything else the rules read (a new activity, new
 * claims or segments, plans, settings, resources, tasks, budget lines, holidays) is main's to
 * compile, so the input is read again.
 */
export function applyOutcomeToPreviewInput(input: RulesInput, planId: string, o: EditOutcome): RulesInput | null {
  const structural =
    o.calendarChanged ||
    o.created.activities.length > 0 ||
    o.updated.plans.some((p) => !samePlan(input, p)) ||
    (['plans', 'planSettings', 'resources', 'segments', 'tasks', 'budgetLines'] as const).some(
      (k) => o.created[k].length > 0 || (k !== 'plans' && o.updated[k].length > 0),
    ) ||
    (['plans', 'resources', 'segments', 'tasks', 'budgetLines'] as const).some((k) => o.deleted[k].length > 0);
  if (structural) return null;
  if (o.updated.activities.length === 0 && o.deleted.activities.length === 0) return input;
  const index = new Map(input.activities.map((a, i) => [a.id, i]));
  const activities = [...input.activities];
  const gone = new Set(o.deleted.activities);
  for (const a of o.updated.activities) {
    const i = index.get(a.id);
    const next = a.status === 'cancelled' ? null : toRuleActivity(a);
    if (i === undefined) {
      // Not held: another plan's activity that shares nothing with this plan stays out, unless it now does.
      if (next && (next.planId === planId || sharesWithPlan(input, planId, next))) return null;
      continue;
    }
    if (next === null) gone.add(a.id);
    else if (onlyTimingOrTitle(activities[i], next)) activities[i] = next;
    else return null;
  }
  return { ...input, activities: activities.filter((a) => !gone.has(a.id)) };
}

/** Whether an activity claims a resource or reaches a segment that one of the plan's activities uses. */
function sharesWithPlan(input: RulesInput, planId: string, a: RuleActivity): boolean {
  const resources = new Set(a.claims.map((c) => c.resourceId));
  const segments = new Set(a.segmentIds);
  if (resources.size === 0 && segments.size === 0) return false;
  return input.activities.some(
    (b) =>
      b.planId === planId &&
      (b.claims.some((c) => resources.has(c.resourceId)) || b.segmentIds.some((s) => segments.has(s))),
  );
}

/** Whether the rules see the plan as they did: every edit inside a plan moves only its 最后修改 stamp. */
function samePlan(input: RulesInput, p: EditOutcome['updated']['plans'][number]): boolean {
  const held = input.plans.find((x) => x.id === p.id);
  return !!held && held.name === p.name && held.startDate === p.startDate && held.endDate === p.endDate;
}
