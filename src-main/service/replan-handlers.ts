import type { Handlers } from '../../src-shared/contract';
import type { Disruption } from '../../src-shared/contract-baselines';
import { AppError, notFound } from '../../src-shared/errors';
import type { Activity } from '../../src-shared/model';
import { addDays, dayNumber } from '../../src-shared/model';
import type { Finding, Proposal, ProposedMove, RulesInput } from '../../src-shared/rules';
import { activityToRow, findActivity } from '../db/queries/activities';
import { moveReasonRow, parseContent, referenceBaselineRow } from '../db/queries/baselines';
import { resourceFromRow, resourceToRow } from '../db/queries/resources';
import { runSolver } from '../solver/run-in-worker';
import { DEFAULT_CLASH_PENALTY } from '../solver/search';
import { DEFAULT_DISRUPTION, type DisruptionWeights } from '../solver/weights';
import { engineOptions } from './engine-handlers';
import type { EditRecorder } from './edit-recorder';
import { requirePlan } from './references';
import { replanScope } from './replan-scope';
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

/**
 * A re-plan's objective: the fewest changes. Each move away from the 定稿 costs a hundred times
 * the solver's default, so no soft finding (a festival a day nearer, a month's weekend share) buys
 * a move; moves are made to clear the clashes the disruption causes, and (the slot being free)
 * to bring an activity back to its 定稿 date. Clashes are still weighed first, and what a clash
 * costs the search once it is clash-free scales with the moves: else stepping back into a clash
 * would be cheaper than the move that cleared it, and the search would stay there.
 */
const SCALE = 100;
const REPLAN_DISRUPTION: DisruptionWeights = {
  move: SCALE * DEFAULT_DISRUPTION.move,
  day: SCALE * DEFAULT_DISRUPTION.day,
  swap: SCALE * DEFAULT_DISRUPTION.swap,
};
const REPLAN_CLASH_PENALTY = SCALE * DEFAULT_CLASH_PENALTY;
/** A disruption of a few days is absorbed within weeks, not months. */
const REPLAN_MAX_SHIFT_DAYS = 21;
/** Few activities may move, so the search settles in far fewer tries than a whole-plan solve. */
const REPLAN_STALL_LIMIT = 3_000;

/** A move that lands on the activity's 定稿 date says so, instead of "improves the schedule overall". */
function backHome(mv: ProposedMove, homeStarts: Readonly<Record<string, string>> | undefined): ProposedMove {
  if (!homeStarts || mv.resolves.length > 0 || homeStarts[mv.activityId] !== mv.newStart.slice(0, 10)) return mv;
  return {
    ...mv,
    reason: {
      'zh-CN': `「${mv.title}」回到定稿日期 ${mv.newStart.slice(0, 10)}`,
      en: `"${mv.title}" goes back to its baseline date, ${mv.newStart.slice(0, 10)}`,
    },
  };
}

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

/**
 * The activities of the plan's hard findings before the disruption, which a re-plan leaves where
 * they are; but not one that has left its 定稿 date since: that clash may be the drift's own, and
 * going back is the change a re-plan against the 定稿 is for.
 */
function alreadyClashing(
  input: RulesInput,
  findings: readonly Finding[],
  homeStarts: Readonly<Record<string, string>> | undefined,
): Set<string> {
  const clashing = new Set(findings.filter((f) => f.severity === 'hard').flatMap((f) => f.activityIds));
  if (homeStarts)
    for (const a of input.activities) {
      const home = homeStarts[a.id];
      if (home !== undefined && home !== a.start.slice(0, 10)) clashing.delete(a.id);
    }
  return clashing;
}

export function replanHandlers(ws: Workspace): Pick<Handlers, 'baseline/replan-propose' | 'baseline/replan-apply'> {
  let pending = pendingOf.get(ws);
  if (!pending) pendingOf.set(ws, (pending = new Map()));
  const store = pending;
  return {
    'baseline/replan-propose': async ({ planId, disruption, timeLimitMs, ignoreBaseline }) => {
      await requirePlan(ws.db, planId);
      // The warm engine's input and findings: the header's conflict counts keep it compiled, so
      // a re-plan reads no SQLite for them. The plan's hard findings before the disruption name
      // the activities that were already clashing (see replanScope).
      const warm = await ws.rules();
      const input = warm.input(planId);
      checkDisruption(input, disruption);
      const reference = ignoreBaseline ? undefined : await referenceBaselineRow(ws.db, planId);
      const homeStarts = reference
        ? Object.fromEntries(parseContent(reference.content_json).activities.map((a) => [a.id, a.start.slice(0, 10)]))
        : undefined;
      const scope = replanScope(input, disruption, alreadyClashing(input, warm.findings(planId), homeStarts));
      const run = runSolver(
        // No resource swaps: a re-plan moves dates, and the change list shows them as moves.
        {
          input: disrupted(input, disruption),
          planId,
          activityIds: scope,
          timeLimitMs,
          seed: 1,
          homeStarts,
          allowSwaps: false,
          disruption: REPLAN_DISRUPTION,
          clashPenalty: REPLAN_CLASH_PENALTY,
          maxShiftDays: REPLAN_MAX_SHIFT_DAYS,
          stallLimit: REPLAN_STALL_LIMIT,
        },
        undefined,
        engineOptions.inProcess,
      );
      const solved = await run.promise;
      const proposal = {
        ...solved,
        moves: solved.moves.map((mv) => backHome(mv, homeStarts)),
        id: crypto.randomUUID(),
      };
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
