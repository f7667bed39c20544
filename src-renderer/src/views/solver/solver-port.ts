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

/** The engine's channels, or null while they are not in the contract yet. */
export function solverPort(api: ApiClient): SolverPort | null {
  void api;
  return null;
}
