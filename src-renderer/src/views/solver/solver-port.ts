import type { ApiClient } from '../../api/client';
import type { Activity } from '../../../../src-shared/model';
import type { Proposal } from '../../../../src-shared/rules';

export interface SolverProgress {
  elapsedMs: number;
  bestHard: number;
  bestSoft: number;
}

export interface SolveScope {
  planId: string | null;
  activityIds: string[];
  timeLimitMs: number;
}

/** What the dialog needs from the engine's channels (solver/propose, solver/cancel, solver/apply, solver/progress). */
export interface SolverPort {
  propose(scope: SolveScope, onProgress: (p: SolverProgress) => void): Promise<Proposal>;
  cancel(): Promise<void>;
  /** Applies the chosen moves of a proposal. */
  apply(proposal: Proposal, activityIds: string[], activities: Activity[]): Promise<void>;
}

/**
 * The engine's channels behind one small interface. A solve is named by a run id the renderer
 * picks, so progress events and a cancel reach the right run.
 */
export function solverPort(api: ApiClient): SolverPort {
  let running: string | null = null;
  return {
    async propose(scope, onProgress) {
      const runId = crypto.randomUUID();
      running = runId;
      const off = api.on('solver/progress', (p) => p.runId === runId && onProgress(p));
      try {
        return await api.invoke('solver/propose', {
          planId: scope.planId,
          activityIds: scope.activityIds.length > 0 ? scope.activityIds : undefined,
          runId,
          timeLimitMs: scope.timeLimitMs,
        });
      } finally {
        off();
        running = null;
      }
    },
    async cancel() {
      if (running) await api.invoke('solver/cancel', { runId: running });
    },
    async apply(proposal, activityIds, activities) {
      if (activityIds.length === proposal.moves.length) {
        await api.invoke('solver/apply', { proposalId: proposal.id });
        return;
      }
      // solver/apply takes a proposal whole; a subset goes move by move (one history entry each)
      // until the channel accepts a list of activities.
      const chosen = new Set(activityIds);
      for (const m of proposal.moves) {
        if (!chosen.has(m.activityId)) continue;
        const a = activities.find((x) => x.id === m.activityId);
        const claims = a?.claims.map((c) => {
          const swap = m.swaps.find((s) => s.fromResourceId === c.resourceId);
          return swap ? { ...c, resourceId: swap.toResourceId } : c;
        });
        await api.invoke('activity/update', {
          id: m.activityId,
          start: m.newStart,
          end: m.newEnd,
          ...(claims ? { claims } : {}),
        });
      }
    },
  };
}
