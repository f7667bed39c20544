import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanCalendar } from '../../../../src-shared/calendar';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Finding } from '../../../../src-shared/rules';
import { useWorkspace } from '../../state/WorkspaceContext';
import { ScheduleModel, byUrgency } from './schedule-model';

export interface Conflicts {
  /** The plan's schedule in the pure engine, for drag previews and one-click fixes; null until built. */
  model: ScheduleModel | null;
  findings: Finding[];
  hard: number;
  soft: number;
  /** Who computed the list on show: the main process (the authority) or the renderer's engine. */
  source: 'main' | 'local';
  /**
   * Moves an activity in the local engine (and, given `end`, resizes it: an inclusive day or an
   * exclusive date-time, as the activity stores it) and lists the findings at once, while the
   * edit is on its way to the main process; the snapshot and conflict/list that follow replace them.
   */
  applyLocal: (id: string, start: string, end?: string) => void;
}

type State = Omit<Conflicts, 'applyLocal'>;
const EMPTY: State = { model: null, findings: [], hard: 0, soft: 0, source: 'local' };

function stateOf(model: ScheduleModel, findings: Finding[], source: State['source']): State {
  let hard = 0;
  for (const f of findings) if (f.severity === 'hard') hard++;
  return { model, findings, hard, soft: findings.length - hard, source };
}

/**
 * The plan's findings. The renderer's pure engine answers first (in an effect, never during
 * render) and stays for drag previews and fixes; `conflict/list` then replaces the list, since
 * the main process also sees other plans' claims on shared resources and the stored rule weights.
 */
export function useConflicts(snapshot: PlanSnapshot | null, calendar?: PlanCalendar): Conflicts {
  const { loadConflicts } = useWorkspace();
  const [state, setState] = useState<State>(EMPTY);
  // Bumped by every local move, so a list the main process computed before it cannot overwrite it.
  const generation = useRef(0);

  useEffect(() => {
    if (!snapshot) return;
    // The same calendar the view shades with, so an imported holiday year also counts in previews.
    const model = new ScheduleModel(snapshot, calendar);
    setState(stateOf(model, model.findings(), 'local'));
    const asked = ++generation.current;
    let current = true;
    loadConflicts(snapshot.plan.id).then(
      (list) => {
        if (!current || asked !== generation.current) return;
        setState(stateOf(model, [...list.findings].sort(byUrgency), 'main'));
      },
      () => undefined, // the local list stays; an error here is not the planner's to handle
    );
    return () => {
      current = false;
    };
  }, [loadConflicts, snapshot, calendar]);

  const applyLocal = useCallback(
    (id: string, start: string, end?: string) => {
      const model = state.model;
      if (!model) return;
      try {
        model.engine.moveActivityTo(id, start);
        if (end !== undefined) model.engine.resizeActivityTo(id, end);
      } catch {
        return; // outside the horizon or not scheduled by the rules: wait for the main process
      }
      generation.current++;
      setState(stateOf(model, model.findings(), 'local'));
    },
    [state.model],
  );
  return useMemo(() => ({ ...state, applyLocal }), [state, applyLocal]);
}
