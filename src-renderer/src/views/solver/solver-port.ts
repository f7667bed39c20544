import type { ApiClient } from '../../api/client';
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
  /** Applies the chosen moves of a proposal as one undoable edit. */
  apply(proposal: Proposal, activityIds: string[]): Promise<void>;
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
    async apply(proposal, activityIds) {
      // Accepting all or some moves is ONE undoable edit either way: the service applies the subset.
      const all = activityIds.length === proposal.moves.length;
      await api.invoke('solver/apply', { proposalId: proposal.id, ...(all ? {} : { activityIds }) });
    },
  };
}
