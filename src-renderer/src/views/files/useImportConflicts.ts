import { useEffect, useState } from 'react';
import type { ImportConflict, PlanImportPreview } from '../../../../src-shared/contract-files';
import { useWorkspace } from '../../state/WorkspaceContext';

type Remap = Record<string, string | null>;

export interface ImportConflicts {
  /** The latest list the service gave, hard ones first; for the current remap only when `state` is `current`. */
  conflicts: ImportConflict[];
  /** `recomputing`: the list is for earlier choices and a new one is on its way; `failed`: asking again failed. */
  state: 'current' | 'recomputing' | 'failed';
  error: unknown;
}

/**
 * The conflicts a previewed plan file would create under the planner's current remap. The
 * preview's own list answers the choices the dialog opened with; every change of a remap (and
 * every edit of the workspace meanwhile) asks main again (file/plan-import-conflicts), and an
 * answer for choices that have since changed is dropped, so the list never passes for the
 * verdict of a mapping it was not computed for.
 */
export function useImportConflicts(preview: PlanImportPreview, resourceMap: Remap, segmentMap: Remap): ImportConflicts {
  const { api, revision } = useWorkspace();
  const key = JSON.stringify([resourceMap, segmentMap, revision]);
  const [answer, setAnswer] = useState<{ key: string; conflicts: ImportConflict[]; error: unknown }>({
    key,
    conflicts: preview.conflicts,
    error: null,
  });

  useEffect(() => {
    if (key === answer.key) return;
    let current = true;
    api.invoke('file/plan-import-conflicts', { token: preview.token, resourceMap, segmentMap }).then(
      (r) => current && setAnswer({ key, conflicts: r.conflicts, error: null }),
      (error: unknown) => current && setAnswer((a) => ({ ...a, key, error })),
    );
    return () => {
      current = false;
    };
    // `key` names the choices and the revision; `answer.key` says whether they are answered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, answer.key]);

  const state = answer.key !== key ? 'recomputing' : answer.error ? 'failed' : 'current';
  return { conflicts: hardFirst(answer.conflicts), state, error: answer.error };
}

const hardFirst = (list: readonly ImportConflict[]) =>
  [...list].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'hard' ? -1 : 1));
