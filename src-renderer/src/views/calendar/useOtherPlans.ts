import { useEffect, useState } from 'react';
import type { Activity } from '../../../../src-shared/model';
import { useWorkspace } from '../../state/WorkspaceContext';

/** The plan filter: only this plan, every plan, or this plan beside one other. */
export type PlanFilter = '' | 'all' | string;

/**
 * Activities of the other plans the plan filter brings in, shown beside this plan's (read-only:
 * each plan is edited in its own view). Refetched whenever the workspace revision moves.
 */
export function useOtherPlans(filter: PlanFilter, planId: string): Activity[] {
  const { api, revision } = useWorkspace();
  const [activities, setActivities] = useState<Activity[]>([]);
  useEffect(() => {
    if (filter === '') {
      setActivities([]);
      return;
    }
    let current = true;
    (async () => {
      const ids = filter === 'all' ? (await api.invoke('plan/list', {})).map((p) => p.id) : [filter];
      const others = ids.filter((id) => id !== planId);
      const snaps = await Promise.all(others.map((id) => api.invoke('plan/get-snapshot', { id })));
      if (current) setActivities(snaps.flatMap((s) => s.activities));
    })().catch(() => current && setActivities([]));
    return () => {
      current = false;
    };
  }, [api, filter, planId, revision]);
  return activities;
}
