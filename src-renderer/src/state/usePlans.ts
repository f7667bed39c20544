import type { HistoryState, PlanSnapshot } from '../../../src-shared/contract';
import type { Plan } from '../../../src-shared/model';
import { type Fetched, useFetch } from './useFetch';
import { useWorkspace } from './WorkspaceContext';

export function usePlans(): Fetched<Plan[]> {
  const { api } = useWorkspace();
  return useFetch('plans', () => api.invoke('plan/list', {}));
}

/** Everything one plan view shows, in one round trip; refetched after every edit. */
export function usePlanSnapshot(planId: string): Fetched<PlanSnapshot> {
  const { loadSnapshot } = useWorkspace();
  return useFetch(`plan:${planId}`, () => loadSnapshot(planId));
}

export function useHistoryState(): Fetched<HistoryState> {
  const { api } = useWorkspace();
  return useFetch('history', () => api.invoke('history/state', {}));
}
