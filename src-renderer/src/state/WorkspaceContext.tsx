import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanSnapshot } from '../../../src-shared/contract';
import type { ConflictList } from '../../../src-shared/contract-engine';
import type { EditOutcome } from '../../../src-shared/contract-outcome';
import type { ApiClient } from '../api/client';
import { applyOutcomeToConflicts, applyOutcomeToSnapshot } from './apply-outcome';

/**
 * Views read what they show and read again when the workspace revision moves. The revision moves
 * on every `workspace/changed` event from the service (an edit here or in another window, undo,
 * redo) and after each edit made here. The plan snapshot and the plan's conflict list are the
 * two big reads: they are held per revision and, when the event carries the edit's outcome,
 * carried to the next revision with the outcome applied instead of being asked for again.
 */
interface WorkspaceValue {
  api: ApiClient;
  revision: number;
  /** Call after an edit succeeded: views read again; held snapshots wait for the edit's outcome. */
  changed: () => void;
  /**
   * The plan snapshot for the current revision. The header, the plan view and the conflict
   * counter all show the same plan; they share one request per revision instead of each
   * fetching the whole plan.
   */
  loadSnapshot: (planId: string) => Promise<PlanSnapshot>;
  /** The plan's conflict list for the current revision, shared the same way. */
  loadConflicts: (planId: string) => Promise<ConflictList>;
  /**
   * The outcomes that moved the revision from `from` to `to`, oldest first; null when
   * one of those moves had none (changed(), a reconnect) or is no longer remembered, so a view
   * holding data of revision `from` can patch it instead of reading again only when this is a list.
   */
  outcomesSince: (from: number, to: number) => EditOutcome[] | null;
}

/** How many revisions' outcomes are remembered for views that have not caught up yet. */
const OUTCOME_LOG_SIZE = 64;

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

interface Held<T> {
  revision: number;
  promise: Promise<T>;
}

/**
 * Carries each held read to `next`: patched by `apply` when there is an outcome (null from it
 * drops the read, so it is asked for again), unchanged when there is none to apply yet.
 */
function carry<T>(
  held: Map<string, Held<T>>,
  revision: number,
  next: number,
  apply: ((value: T, key: string) => T | null) | null,
): void {
  for (const [key, h] of held) {
    if (h.revision !== revision) {
      held.delete(key);
      continue;
    }
    if (!apply) {
      held.set(key, { revision: next, promise: h.promise });
      continue;
    }
    const promise = h.promise.then((v) => {
      const patched = apply(v, key);
      if (patched === null) throw new Error('ask again');
      return patched;
    });
    // A read the outcome cannot patch is dropped once that is known; the next consumer asks again.
    promise.catch(() => {
      if (held.get(key)?.promise === promise) held.delete(key);
    });
    held.set(key, { revision: next, promise });
  }
}

export function WorkspaceProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const revisionRef = useRef(0);
  const snapshots = useRef(new Map<string, Held<PlanSnapshot>>());
  const conflicts = useRef(new Map<string, Held<ConflictList>>());
  /** The outcome that moved the revision to each remembered revision (null: moved without one). */
  const outcomeLog = useRef(new Map<number, EditOutcome | null>());

  const bump = useCallback((outcome: EditOutcome | null, fromEvent: boolean) => {
    const now = revisionRef.current;
    const next = now + 1;
    outcomeLog.current.set(next, outcome);
    outcomeLog.current.delete(next - OUTCOME_LOG_SIZE);
    if (outcome) {
      carry(snapshots.current, now, next, (s) => applyOutcomeToSnapshot(s, outcome));
      carry(conflicts.current, now, next, (list, planId) => applyOutcomeToConflicts(list, planId, outcome));
    } else if (!fromEvent) {
      // An edit made here: its outcome comes with the service's event, which patches what is held.
      carry(snapshots.current, now, next, null);
      carry(conflicts.current, now, next, null);
    }
    revisionRef.current = next;
    setRevision(next);
  }, []);

  const changed = useCallback(() => bump(null, false), [bump]);
  useEffect(() => api.on('workspace/changed', (e) => bump(e.outcome ?? null, true)), [api, bump]);

  const loadSnapshot = useCallback(
    (planId: string) =>
      hold(snapshots.current, planId, revision, () => api.invoke('plan/get-snapshot', { id: planId })),
    [api, revision],
  );
  const loadConflicts = useCallback(
    (planId: string) => hold(conflicts.current, planId, revision, () => api.invoke('conflict/list', { planId })),
    [api, revision],
  );

  const outcomesSince = useCallback((from: number, to: number): EditOutcome[] | null => {
    const outcomes: EditOutcome[] = [];
    for (let r = from + 1; r <= to; r++) {
      const outcome = outcomeLog.current.get(r);
      if (!outcome) return null;
      outcomes.push(outcome);
    }
    return outcomes;
  }, []);

  const value = useMemo(
    () => ({ api, revision, changed, loadSnapshot, loadConflicts, outcomesSince }),
    [api, revision, changed, loadSnapshot, loadConflicts, outcomesSince],
  );
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

function hold<T>(held: Map<string, Held<T>>, key: string, revision: number, load: () => Promise<T>): Promise<T> {
  const h = held.get(key);
  if (h && h.revision === revision) return h.promise;
  const promise = load();
  held.set(key, { revision, promise });
  // A failed request is not kept: the next consumer (or a retry) asks again.
  promise.catch(() => {
    if (held.get(key)?.promise === promise) held.delete(key);
  });
  return promise;
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

export function useApi(): ApiClient {
  return useWorkspace().api;
}
