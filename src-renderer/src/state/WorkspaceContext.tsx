import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanSnapshot } from '../../../src-shared/contract';
import type { ApiClient } from '../api/client';

/**
 * The renderer keeps no copy of the truth: views fetch what they show and refetch whenever the
 * workspace revision moves. The revision moves after each edit made here and on every
 * `workspace/changed` event from the service (edits from another window, undo, redo).
 */
interface WorkspaceValue {
  api: ApiClient;
  revision: number;
  /** Call after an edit succeeded: every view refetches. */
  changed: () => void;
  /**
   * The plan snapshot for the current revision. The header, the plan view and the conflict
   * counter all show the same plan; they share one request per revision instead of each
   * fetching the whole plan.
   */
  loadSnapshot: (planId: string) => Promise<PlanSnapshot>;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((r) => r + 1), []);
  const requests = useRef(new Map<string, { revision: number; promise: Promise<PlanSnapshot> }>());

  useEffect(() => api.on('workspace/changed', changed), [api, changed]);

  const loadSnapshot = useCallback(
    (planId: string) => {
      const held = requests.current.get(planId);
      if (held && held.revision === revision) return held.promise;
      const promise = api.invoke('plan/get-snapshot', { id: planId });
      requests.current.set(planId, { revision, promise });
      // A failed request is not kept: the next consumer (or a retry) asks again.
      promise.catch(() => {
        if (requests.current.get(planId)?.promise === promise) requests.current.delete(planId);
      });
      return promise;
    },
    [api, revision],
  );

  const value = useMemo(() => ({ api, revision, changed, loadSnapshot }), [api, revision, changed, loadSnapshot]);
  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside WorkspaceProvider');
  return value;
}

export function useApi(): ApiClient {
  return useWorkspace().api;
}
