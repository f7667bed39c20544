import { useEffect, useState } from 'react';
import type { Activity } from '../../../../src-shared/model';
import { usePlans } from '../../state/usePlans';
import { useWorkspace } from '../../state/WorkspaceContext';

/** The plan filter: only this plan, every plan, or this plan beside one other. */
export type PlanFilter = '' | 'all' | string;

/**
 * Activities of the other plans the plan filter brings in, shown beside this plan's (read-only:
 * each plan is edited in its own view). Their snapshots are the workspace's held ones, carried
 * across edits by the outcomes; the plan list is usePlans', carried the same way.
 */
export function useOtherPlans(filter: PlanFilter, planId: string): Activity[] {
  const { loadSnapshot } = useWorkspace();
  const plans = usePlans();
  const [activities, setActivities] = useState<Activity[]>([]);
  const ids = filter === 'all' ? (plans.data ?? []).map((p) => p.id).join() : filter;
  useEffect(() => {
    const others = ids.split(',').filter((id) => id !== '' && id !== planId);
    if (others.length === 0) {
      setActivities([]);
      return;
    }
    let current = true;
    Promise.all(others.map((id) => loadSnapshot(id))).then(
      (snaps) => current && setActivities(snaps.flatMap((s) => s.activities)),
      () => current && setActivities([]),
    );
    return () => {
      current = false;
    };
  }, [loadSnapshot, ids, planId]);
  return activities;
}
