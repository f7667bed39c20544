import { useEffect, useState } from 'react';
import type { Finding, RulesInput } from '../../../../src-shared/rules';
import { useWorkspace } from '../../state/WorkspaceContext';
import { ScheduleModel, byUrgency } from './schedule-model';

export interface Conflicts {
  /** The plan's schedule in the pure engine, for drag previews and one-click fixes; null until read. */
  model: ScheduleModel | null;
  findings: Finding[];
  hard: number;
  soft: number;
}

interface State extends Conflicts {
  planId: string | null;
  input: RulesInput | null;
}

const EMPTY: State = { planId: null, input: null, model: null, findings: [], hard: 0, soft: 0 };

/**
 * The plan's findings as main's warm engine answers them (conflict/list), and a preview model
 * compiled from the very input that engine reads (conflict/preview-input). Both are held by
 * the workspace store and carried across edits by their outcomes, so a drop costs no read here:
 * the edit's response patches the list and the input, and the model follows the patched input
 * by moving what moved (ScheduleModel.advance); it is compiled again only when more changed.
 */
export function useConflicts(planId: string | null): Conflicts {
  const { loadConflicts, loadPreviewInput } = useWorkspace();
  const [state, setState] = useState<State>(EMPTY);

  useEffect(() => {
    if (!planId) return;
    let current = true;
    Promise.all([loadPreviewInput(planId), loadConflicts(planId)]).then(
      ([input, list]) => {
        if (!current) return;
        const findings = [...list.findings].sort(byUrgency);
        let hard = 0;
        for (const f of findings) if (f.severity === 'hard') hard++;
        setState((prev) => ({
          planId,
          input,
          model:
            prev.model && prev.planId === planId && prev.model.advance(input) ? prev.model : new ScheduleModel(input),
          findings,
          hard,
          soft: findings.length - hard,
        }));
      },
      () => undefined, // what is on show stays; the next revision asks again
    );
    return () => {
      current = false;
    };
    // The loaders change with the revision: each revision's held (or patched) reads are taken here.
  }, [planId, loadConflicts, loadPreviewInput]);

  return state.planId === planId ? state : EMPTY;
}
