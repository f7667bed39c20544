import type { HistoryState, PlanSnapshot } from '../../../src-shared/contract';
import type { Plan } from '../../../src-shared/model';
import { type Fetched, useFetch } from './useFetch';
import { useWorkspace } from './WorkspaceContext';

export function usePlans(): Fetched<Plan[]> {
  const { api } = useWorkspace();
  // An edit that touched no plan leaves the list as it is; one that did reads it again (its order is the service's).
  return useFetch(
    'plans',
    () => api.invoke('plan/list', {}),
    (plans, o) => (o.created.plans.length + o.updated.plans.length + o.deleted.plans.length === 0 ? plans : null),
  );
}

/** Everything one plan view shows, in one round trip; refetched after every edit. */
export function usePlanSnapshot(planId: string): Fetched<PlanSnapshot> {
  const { loadSnapshot } = useWorkspace();
  return useFetch(`plan:${planId}`, () => loadSnapshot(planId));
}

export function useHistoryState(): Fetched<HistoryState> {
  const { api } = useWorkspace();
  // Every outcome carries the history state after it.
  return useFetch(
    'history',
    () => api.invoke('history/state', {}),
    (_, o) => o.history,
  );
}
