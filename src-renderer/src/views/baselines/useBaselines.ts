import { useMemo } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { BaselineInfo } from '../../../../src-shared/contract-baselines';
import {
  type ActivityChange,
  type BaselineContent,
  type BaselineDiff,
  changeCount,
  diffBaselines,
  freezeBaseline,
} from '../../../../src-shared/baseline';
import { applyOutcomeToBaselines } from '../../state/apply-outcome';
import { type Fetched, useFetch } from '../../state/useFetch';
import { useWorkspace } from '../../state/WorkspaceContext';

/** The plan's baselines, oldest first; read once, then kept up to date from each edit's outcome. */
export function useBaselineList(planId: string): Fetched<BaselineInfo[]> {
  const { api } = useWorkspace();
  return useFetch(
    `baselines:${planId}`,
    () => api.invoke('baseline/list', { planId }),
    (list, o) => applyOutcomeToBaselines(list, planId, o),
  );
}

/** A baseline's frozen content: it never changes, so it is read once per baseline. */
export function useBaselineContent(id: string | null): Fetched<{ info: BaselineInfo; content: BaselineContent }> {
  const { api } = useWorkspace();
  return useFetch(
    id === null ? null : `baseline:${id}`,
    () => api.invoke('baseline/get', { id: id ?? '' }),
    (v) => v,
  );
}

export interface ReferenceDiff {
  reference: BaselineInfo;
  content: BaselineContent;
  diff: BaselineDiff;
  count: number;
  /** Changed activities by id (moved, resized …), for ghosts, table columns and the filter. */
  changedById: Map<string, ActivityChange>;
  /** Every activity that differs from the reference: changed or added. */
  changedIds: Set<string>;
}

/**
 * The plan as it is now against its reference baseline, computed here from the snapshot the
 * views already hold (the same pure diff main uses), so a drag shows its change at once.
 */
export function useReferenceDiff(snapshot: PlanSnapshot): ReferenceDiff | null {
  const list = useBaselineList(snapshot.plan.id);
  const reference = list.data?.find((b) => b.isReference) ?? null;
  const content = useBaselineContent(reference?.id ?? null);
  const loaded = content.data && reference && content.data.info.id === reference.id ? content.data.content : null;
  return useMemo(() => {
    if (!reference || !loaded) return null;
    const diff = diffBaselines(loaded, freezeBaseline(snapshot));
    const changedById = new Map(diff.activities.changed.map((c) => [c.id, c]));
    const changedIds = new Set([...changedById.keys(), ...diff.activities.added.map((a) => a.id)]);
    return { reference, content: loaded, diff, count: changeCount(diff), changedById, changedIds };
  }, [reference, loaded, snapshot]);
}
