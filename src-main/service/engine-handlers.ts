import type { Handlers } from '../../src-shared/contract';
import type { engineChannels, engineEvents } from '../../src-shared/contract-engine';
import { AppError, notFound } from '../../src-shared/errors';
import type { Activity } from '../../src-shared/model';
import { RULE_LABELS, explainFinding, severityOf, type Proposal } from '../../src-shared/rules';
import { previewInputOf } from '../../src-shared/rules/input-schema';
import type { z } from 'zod';
import { activityToRow, findActivity } from '../db/queries/activities';
import { replaceClaims } from './activity-rows';
import { type MoveReasonRow, moveReasonRow } from '../db/queries/baselines';
import { runSolver, type SolverRun } from '../solver/run-in-worker';
import { summarize } from '../solver/solve';
import { loadRulesInput } from './engine-input';
import { requirePlan } from './references';
import type { Workspace } from './workspace';

/**
 * The engine's channels: conflicts, explanations, and the solver's propose/cancel/apply.
 * The solver never writes: a proposal is kept here (the newest few) and applied on request as
 * one edit through the workspace's history, after checking nothing moved underneath it.
 */
// The month baseline is answered by baseline-handlers.ts, on top of conflict/list.
type EngineChannel = Exclude<keyof typeof engineChannels, 'conflict/month-baseline'>;
export type SolverProgressEvent = z.infer<(typeof engineEvents)['solver/progress']>;

interface EngineState {
  proposals: Map<string, Proposal>;
  runs: Map<string, SolverRun>;
  listeners: Set<(e: SolverProgressEvent) => void>;
}

const KEEP_PROPOSALS = 20;
const states = new WeakMap<Workspace, EngineState>();

function stateOf(ws: Workspace): EngineState {
  let s = states.get(ws);
  if (!s) {
    s = { proposals: new Map(), runs: new Map(), listeners: new Set() };
    states.set(ws, s);
  }
  return s;
}

/** The `solver/progress` feed, for the doors to forward like `workspace/changed`. */
export function onSolverProgress(ws: Workspace, listener: (e: SolverProgressEvent) => void): () => void {
  const s = stateOf(ws);
  s.listeners.add(listener);
  return () => s.listeners.delete(listener);
}

/** Runs the solver in-process instead of a worker thread (tests that count on one process). */
export const engineOptions = { inProcess: false };

const stale = (title: string) =>
  new AppError(
    'VALIDATION',
    {
      'zh-CN': `「${title}」在方案生成后已被修改，请重新生成排期方案。`,
      en: `"${title}" changed after the proposal was made; propose again.`,
    },
    { title },
  );

export function engineHandlers(ws: Workspace): Pick<Handlers, EngineChannel> {
  const st = stateOf(ws);
  return {
    'conflict/list': async ({ planId }) => {
      // Answered by the warm engine: no SQLite read once it is compiled.
      const warm = await ws.rules();
      if (planId && !warm.hasPlan(planId)) throw notFound('plan', planId);
      const findings = warm.findings(planId);
      return { findings, summary: summarize(findings) };
    },

    'conflict/preview-input': async ({ planId }) => {
      const warm = await ws.rules();
      if (!warm.hasPlan(planId)) throw notFound('plan', planId);
      return previewInputOf(warm.input(planId), planId);
    },

    'conflict/explain': async ({ planId, key }) => {
      if (planId) await requirePlan(ws.db, planId);
      const warm = await ws.rules();
      const findings = warm.findings(planId);
      const input = warm.input(planId);
      const finding = findings.find((f) => f.key === key);
      if (!finding) throw notFound('conflict', key);
      const { why, suggestions } = explainFinding(finding, input);
      const acts = input.activities.filter((a) => finding.activityIds.includes(a.id));
      return {
        finding,
        rule: {
          id: finding.ruleId,
          label: RULE_LABELS[finding.ruleId],
          severity: severityOf(finding.ruleId),
          weight: finding.weight,
        },
        activities: acts.map((a) => ({
          id: a.id,
          planId: a.planId,
          title: a.title,
          start: a.start,
          end: a.end,
          pinned: a.pinned,
        })),
        why,
        suggestions,
      };
    },

    'solver/propose': async (args) => {
      if (args.planId) await requirePlan(ws.db, args.planId);
      if (st.runs.has(args.runId)) {
        throw new AppError(
          'VALIDATION',
          { 'zh-CN': '该运行编号已在使用中。', en: 'That run id is already in use.' },
          { runId: args.runId },
        );
      }
      const input = await loadRulesInput(ws.db, args.planId);
      if (args.activityIds) {
        const known = new Set(input.activities.map((a) => a.id));
        const missing = args.activityIds.filter((id) => !known.has(id));
        if (missing.length > 0) throw notFound('activity', missing.join(', '));
      }
      const run = runSolver(
        {
          input,
          planId: args.planId,
          activityIds: args.activityIds,
          timeLimitMs: args.timeLimitMs,
          seed: args.seed,
          allowSwaps: args.allowSwaps,
          maxShiftDays: args.maxShiftDays,
        },
        (p) => {
          const event = { runId: args.runId, ...p };
          for (const l of st.listeners) l(event);
        },
        engineOptions.inProcess,
      );
      st.runs.set(args.runId, run);
      try {
        const proposal = { ...(await run.promise), id: crypto.randomUUID() };
        st.proposals.set(proposal.id, proposal);
        while (st.proposals.size > KEEP_PROPOSALS) st.proposals.delete(st.proposals.keys().next().value as string);
        return proposal;
      } finally {
        st.runs.delete(args.runId);
      }
    },

    'solver/cancel': ({ runId }) => {
      const run = st.runs.get(runId);
      run?.cancel();
      return { cancelled: !!run };
    },

    'solver/apply': async ({ proposalId, activityIds }) => {
      const proposal = st.proposals.get(proposalId);
      if (!proposal) throw notFound('proposal', proposalId);
      const chosen = activityIds ? new Set(activityIds) : null;
      const moves = proposal.moves.filter((mv) => !chosen || chosen.has(mv.activityId));
      const label = {
        'zh-CN': `应用排期方案（调整 ${moves.length} 项活动）`,
        en: `Apply the solver's proposal (${moves.length} activit${moves.length === 1 ? 'y' : 'ies'} changed)`,
      };
      const { value: planIds, outcome } = await ws.editWithOutcome(label, async (rec) => {
        const touched = new Set<string>();
        const reasons: MoveReasonRow[] = [];
        for (const mv of moves) {
          const current = await findActivity(rec.trx, mv.activityId);
          if (!current) throw notFound('activity', mv.activityId);
          const swapped = new Map(mv.swaps.map((s) => [s.fromResourceId, s.toResourceId]));
          const claimsOk = mv.swaps.every((s) => current.claims.some((c) => c.resourceId === s.fromResourceId));
          if (current.start !== mv.oldStart || current.end !== mv.oldEnd || !claimsOk) throw stale(current.title);
          const next: Activity = {
            ...current,
            start: mv.newStart,
            end: mv.newEnd,
            claims: current.claims.map((c) => ({ ...c, resourceId: swapped.get(c.resourceId) ?? c.resourceId })),
            updatedAt: ws.now(),
          };
          await rec.update('activities', next.id, activityToRow(next));
          if (mv.swaps.length > 0) await replaceClaims(rec, next);
          reasons.push(moveReasonRow(next, mv.reason, next.updatedAt));
          rec.touchPlan(next.planId);
          touched.add(next.planId);
        }
        // Why each activity moved, kept with the move: the change list against a 定稿 quotes it.
        await rec.insertMany('move_reasons', reasons);
        return [...touched];
      });
      return { applied: moves.length, planIds, history: outcome.history };
    },
  };
}
