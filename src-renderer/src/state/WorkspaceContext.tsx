import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanSnapshot } from '../../../src-shared/contract';
import type { ConflictList } from '../../../src-shared/contract-engine';
import type { EditOutcome } from '../../../src-shared/contract-outcome';
import type { ApiClient } from '../api/client';
import type { RulesInput } from '../../../src-shared/rules';
import { applyOutcomeToConflicts, applyOutcomeToPreviewInput, applyOutcomeToSnapshot } from './apply-outcome';

/**
 * The renderer's one copy of the workspace. Every edit's outcome moves the revision once: the
 * outcome of an edit made here as its response arrives (before the call resolves), an edit in
 * another window (or an undo there) by the `workspace/changed` event that carries the same
 * outcome; an outcome already applied is not applied again. The plan snapshot, the plan's
 * conflict list and its preview input are held per revision and carried to the next one with
 * the outcome applied instead of being asked for again; views holding other reads patch them
 * through `outcomesSince` (useFetch's `carry`). Nobody refreshes after an edit.
 */
interface WorkspaceValue {
  api: ApiClient;
  revision: number;
  /**
   * The plan snapshot for the current revision. The header, the plan view and the conflict
   * counter all show the same plan; they share one request per revision instead of each
   * fetching the whole plan.
   */
  loadSnapshot: (planId: string) => Promise<PlanSnapshot>;
  /** The plan's conflict list for the current revision, shared the same way. */
  loadConflicts: (planId: string) => Promise<ConflictList>;
  /** What main's warm engine reads for the plan (conflict/preview-input), for drag previews and fixes. */
  loadPreviewInput: (planId: string) => Promise<RulesInput>;
  /**
   * The outcomes that moved the revision from `from` to `to`, oldest first; null when
   * one of those moves had none (an event without one, a reconnect) or is no longer remembered, so a view
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
 * Carries each held read to `next`, patched by `apply` (null from it drops the read, so it is
 * asked for again); without an outcome to apply, every held read is dropped.
 */
function carry<T>(
  held: Map<string, Held<T>>,
  revision: number,
  next: number,
  apply: ((value: T, key: string) => T | null) | null,
): void {
  for (const [key, h] of held) {
    if (h.revision !== revision || !apply) {
      held.delete(key);
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
  const previewInputs = useRef(new Map<string, Held<RulesInput>>());
  /** The outcome that moved the revision to each remembered revision (null: moved without one). */
  const outcomeLog = useRef(new Map<number, EditOutcome | null>());
  /** Ids of the outcomes applied (the newest few hundred), so the event after a response is not applied twice. */
  const applied = useRef(new Set<string>());

  const bump = useCallback((outcome: EditOutcome | null) => {
    if (outcome) {
      if (applied.current.has(outcome.id)) return;
      applied.current.add(outcome.id);
      const oldest = applied.current.values().next();
      if (applied.current.size > OUTCOME_LOG_SIZE * 4 && !oldest.done) applied.current.delete(oldest.value);
    }
    const now = revisionRef.current;
    const next = now + 1;
    outcomeLog.current.set(next, outcome);
    outcomeLog.current.delete(next - OUTCOME_LOG_SIZE);
    // Without an outcome (an event from an older service, a reconnect) every held read is asked again.
    carry(snapshots.current, now, next, outcome && ((s) => applyOutcomeToSnapshot(s, outcome)));
    carry(conflicts.current, now, next, outcome && ((list, id) => applyOutcomeToConflicts(list, id, outcome)));
    carry(previewInputs.current, now, next, outcome && ((i, id) => applyOutcomeToPreviewInput(i, id, outcome)));
    revisionRef.current = next;
    setRevision(next);
  }, []);

  useEffect(() => api.onOutcome((outcome) => bump(outcome)), [api, bump]);
  useEffect(() => api.on('workspace/changed', (e) => bump(e.outcome ?? null)), [api, bump]);

  const loadSnapshot = useCallback(
    (planId: string) =>
      hold(snapshots.current, planId, revision, () => api.invoke('plan/get-snapshot', { id: planId })),
    [api, revision],
  );
  const loadConflicts = useCallback(
    (planId: string) => hold(conflicts.current, planId, revision, () => api.invoke('conflict/list', { planId })),
    [api, revision],
  );

  const loadPreviewInput = useCallback(
    (planId: string) =>
      hold(previewInputs.current, planId, revision, () => api.invoke('conflict/preview-input', { planId })),
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
    () => ({ api, revision, loadSnapshot, loadConflicts, loadPreviewInput, outcomesSince }),
    [api, revision, loadSnapshot, loadConflicts, loadPreviewInput, outcomesSince],
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
