import type { HistoryState, PlanSnapshot } from '../../../src-shared/contract';
import type { Plan } from '../../../src-shared/model';
import { type Fetched, useFetch } from './useFetch';
import { useWorkspace } from './WorkspaceContext';

export function usePlans(): Fetched<Plan[]> {
  const { api } = useWorkspace();
  // An edit that touched no plan leaves the list as it is. Most edits touch one: every edit inside a
  // plan moves its 最后修改 stamp; such an update (same start and name, so the same place in the
  // service's order) is taken from the outcome. A plan created, deleted, renamed or moved reads the
  // list again, since its order is the service's.
  return useFetch(
    'plans',
    () => api.invoke('plan/list', {}),
    (plans, o) => {
      if (o.created.plans.length + o.deleted.plans.length > 0) return null;
      if (o.updated.plans.length === 0) return plans;
      const byId = new Map(plans.map((p) => [p.id, p]));
      for (const u of o.updated.plans) {
        const old = byId.get(u.id);
        if (!old || old.startDate !== u.startDate || old.name !== u.name) return null;
      }
      const updated = new Map(o.updated.plans.map((p) => [p.id, p]));
      return plans.map((p) => updated.get(p.id) ?? p);
    },
  );
}

/** Everything one plan view shows, in one round trip; carried across edits by their outcomes (WorkspaceContext). */
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
