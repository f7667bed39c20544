import type { Handlers } from '../../src-shared/contract';
import type { Disruption } from '../../src-shared/contract-baselines';
import { AppError, notFound } from '../../src-shared/errors';
import type { Activity } from '../../src-shared/model';
import { addDays, dayNumber } from '../../src-shared/model';
import type { Proposal, RulesInput } from '../../src-shared/rules';
import { activityToRow, findActivity } from '../db/queries/activities';
import { moveReasonRow, parseContent, referenceBaselineRow } from '../db/queries/baselines';
import { resourceFromRow, resourceToRow } from '../db/queries/resources';
import { runSolver } from '../solver/run-in-worker';
import { engineOptions } from './engine-handlers';
import { loadRulesInput } from './engine-input';
import type { EditRecorder } from './edit-recorder';
import { requirePlan } from './references';
import type { Workspace } from './workspace';

/**
 * 突发调整: re-plan a disruption against the reference 定稿. The disruption is applied to the
 * rules input the solver sees (a closed venue's days become unavailable, a channel's daily cap
 * drops, a cancelled activity leaves the schedule); the solver measures every move from the
 * baseline's days, so what it proposes is the fewest changes against what was published. Apply
 * writes the disruption itself and the moves as one edit.
 */
interface Pending {
  planId: string;
  disruption: Disruption;
  proposal: Proposal;
}

const KEEP = 10;
const pendingOf = new WeakMap<Workspace, Map<string, Pending>>();

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; dayNumber(day) <= dayNumber(to); day = addDays(day, 1)) days.push(day);
  return days;
}

function disrupted(input: RulesInput, d: Disruption): RulesInput {
  switch (d.kind) {
    case 'resource-closed': {
      const days = daysOf(d.from, d.to);
      return {
        ...input,
        resources: input.resources.map((r) =>
          r.id === d.resourceId ? { ...r, unavailableDates: [...new Set([...r.unavailableDates, ...days])].sort() } : r,
        ),
      };
    }
    case 'channel-capped':
      return {
        ...input,
        resources: input.resources.map((r) => (r.id === d.resourceId ? { ...r, dailyCapacity: d.dailyCapacity } : r)),
      };
    case 'activity-cancelled':
      return { ...input, activities: input.activities.filter((a) => a.id !== d.activityId) };
  }
}

/**
 * The activities a re-plan may move: those the disruption touches (claiming the closed or capped
 * resource, or sharing a resource with the cancelled activity), pins excepted by the solver. The
 * rest of the plan's open findings are not this re-plan's business: fixing them all would move far
 * more than the disruption asks for.
 */
function affected(input: RulesInput, d: Disruption): string[] {
  const resources =
    d.kind === 'activity-cancelled'
      ? new Set(input.activities.find((a) => a.id === d.activityId)?.claims.map((c) => c.resourceId) ?? [])
      : new Set([d.resourceId]);
  return input.activities
    .filter(
      (a) =>
        a.id !== (d.kind === 'activity-cancelled' ? d.activityId : '') &&
        a.claims.some((c) => resources.has(c.resourceId)),
    )
    .map((a) => a.id);
}

function checkDisruption(input: RulesInput, d: Disruption): void {
  if (d.kind === 'activity-cancelled') {
    if (!input.activities.some((a) => a.id === d.activityId)) throw notFound('activity', d.activityId);
    return;
  }
  if (!input.resources.some((r) => r.id === d.resourceId)) throw notFound('resource', d.resourceId);
  if (d.kind === 'resource-closed') {
    const span = dayNumber(d.to) - dayNumber(d.from);
    if (span < 0 || span > 366) {
      throw new AppError(
        'VALIDATION',
        {
          'zh-CN': '停用日期需从开始日到结束日，且不超过一年。',
          en: 'The closed days must run from the first day to the last, a year at most.',
        },
        { from: d.from, to: d.to },
      );
    }
  }
}

/** Writes the disruption itself, recorded with the moves so one undo takes both back. */
async function writeDisruption(rec: EditRecorder, d: Disruption, now: string): Promise<void> {
  if (d.kind === 'activity-cancelled') {
    const a = await findActivity(rec.trx, d.activityId);
    if (!a) throw notFound('activity', d.activityId);
    await rec.update('activities', a.id, { status: 'cancelled', updated_at: now });
    return;
  }
  const row = await rec.trx.selectFrom('resources').selectAll().where('id', '=', d.resourceId).executeTakeFirst();
  if (!row) throw notFound('resource', d.resourceId);
  const r = resourceFromRow(row);
  const unavailableDates =
    d.kind === 'resource-closed'
      ? [...new Set([...r.unavailableDates, ...daysOf(d.from, d.to)])].sort()
      : r.unavailableDates;
  const dailyCapacity = d.kind === 'channel-capped' ? d.dailyCapacity : r.dailyCapacity;
  await rec.update('resources', r.id, resourceToRow({ ...r, unavailableDates, dailyCapacity, updatedAt: now }));
}

export function replanHandlers(ws: Workspace): Pick<Handlers, 'baseline/replan-propose' | 'baseline/replan-apply'> {
  let pending = pendingOf.get(ws);
  if (!pending) pendingOf.set(ws, (pending = new Map()));
  const store = pending;
  return {
    'baseline/replan-propose': async ({ planId, disruption, timeLimitMs, ignoreBaseline }) => {
      await requirePlan(ws.db, planId);
      const input = await loadRulesInput(ws.db, planId);
      checkDisruption(input, disruption);
      const reference = ignoreBaseline ? undefined : await referenceBaselineRow(ws.db, planId);
      const homeStarts = reference
        ? Object.fromEntries(parseContent(reference.content_json).activities.map((a) => [a.id, a.start.slice(0, 10)]))
        : undefined;
      const run = runSolver(
        // No resource swaps: a re-plan moves dates, and the change list shows them as moves.
        {
          input: disrupted(input, disruption),
          planId,
          activityIds: affected(input, disruption),
          timeLimitMs,
          seed: 1,
          homeStarts,
          allowSwaps: false,
        },
        undefined,
        engineOptions.inProcess,
      );
      const proposal = { ...(await run.promise), id: crypto.randomUUID() };
      store.set(proposal.id, { planId, disruption, proposal });
      while (store.size > KEEP) store.delete(store.keys().next().value as string);
      return proposal;
    },

    'baseline/replan-apply': async ({ proposalId }) => {
      const p = store.get(proposalId);
      if (!p) throw notFound('proposal', proposalId);
      const { moves } = p.proposal;
      const label = {
        'zh-CN': `突发调整（调整 ${moves.length} 项活动）`,
        en: `Re-plan a disruption (${moves.length} activit${moves.length === 1 ? 'y' : 'ies'} changed)`,
      };
      const planIds = await ws.edit(label, async (rec) => {
        const now = ws.now();
        await writeDisruption(rec, p.disruption, now);
        const touched = new Set<string>([p.planId]);
        const reasons = [];
        for (const mv of moves) {
          const current = await findActivity(rec.trx, mv.activityId);
          if (!current) throw notFound('activity', mv.activityId);
          if (current.start !== mv.oldStart || current.end !== mv.oldEnd || mv.swaps.length > 0) {
            throw new AppError(
              'VALIDATION',
              {
                'zh-CN': `「${current.title}」在方案生成后已被修改，请重新生成调整方案。`,
                en: `"${current.title}" changed after the proposal was made; propose again.`,
              },
              { title: current.title },
            );
          }
          const next: Activity = { ...current, start: mv.newStart, end: mv.newEnd, updatedAt: now };
          await rec.update('activities', next.id, activityToRow(next));
          reasons.push(moveReasonRow(next, mv.reason, now));
          touched.add(next.planId);
        }
        await rec.insertMany('move_reasons', reasons);
        for (const id of touched) rec.touchPlan(id);
        return [...touched];
      });
      store.delete(proposalId);
      return { applied: moves.length, planIds };
    },
  };
}
