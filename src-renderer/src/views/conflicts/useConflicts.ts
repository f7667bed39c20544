import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Finding } from '../../../../src-shared/rules';
import { ScheduleModel } from './schedule-model';

export interface Conflicts {
  /** The plan's schedule in the pure engine, for drag previews and one-click fixes; null until built. */
  model: ScheduleModel | null;
  findings: Finding[];
  hard: number;
  soft: number;
  /**
   * Moves an activity in the local engine and lists the findings at once, while the edit is on
   * its way to the main process; the snapshot that follows replaces the model wholesale.
   */
  applyLocal: (id: string, start: string) => void;
}

type State = Omit<Conflicts, 'applyLocal'>;
const EMPTY: State = { model: null, findings: [], hard: 0, soft: 0 };

function stateOf(model: ScheduleModel): State {
  const findings = model.findings();
  let hard = 0;
  for (const f of findings) if (f.severity === 'hard') hard++;
  return { model, findings, hard, soft: findings.length - hard };
}

/**
 * The plan's findings, computed by the same pure rules the main process runs, in an effect so
 * detection never sits on the render path. Rebuilt whenever a new snapshot replaces the old one.
 */
export function useConflicts(snapshot: PlanSnapshot | null): Conflicts {
  const [state, setState] = useState<State>(EMPTY);
  useEffect(() => {
    if (snapshot) setState(stateOf(new ScheduleModel(snapshot)));
  }, [snapshot]);
  const applyLocal = useCallback(
    (id: string, start: string) => {
      const model = state.model;
      if (!model) return;
      try {
        model.engine.moveActivityTo(id, start);
      } catch {
        return; // outside the horizon or not scheduled by the rules: wait for the main process
      }
      setState(stateOf(model));
    },
    [state.model],
  );
  return useMemo(() => ({ ...state, applyLocal }), [state, applyLocal]);
}
