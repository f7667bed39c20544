import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
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
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider({ api, children }: { api: ApiClient; children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((r) => r + 1), []);

  useEffect(() => api.on('workspace/changed', changed), [api, changed]);

  const value = useMemo(() => ({ api, revision, changed }), [api, revision, changed]);
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
