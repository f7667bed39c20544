import { AsyncLocalStorage } from 'node:async_hooks';
import type { EditOutcome } from '../../src-shared/contract-outcome';

/**
 * One channel call, as the edits it makes see it: dispatch opens a scope around the handler and
 * the workspace leaves each edit's outcome in it, so the response carries the outcome without
 * every handler having to pass it along. A call that makes several edits answers the last one's.
 */
export interface CallScope {
  outcome: EditOutcome | null;
}

const scopes = new AsyncLocalStorage<CallScope>();

export function inCallScope<T>(run: () => T): { scope: CallScope; value: T } {
  const scope: CallScope = { outcome: null };
  return { scope, value: scopes.run(scope, run) };
}

export function reportOutcome(outcome: EditOutcome): void {
  const scope = scopes.getStore();
  if (scope) scope.outcome = outcome;
}
