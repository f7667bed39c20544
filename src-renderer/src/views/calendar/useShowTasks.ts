import { useCallback, useState } from 'react';

const keyOf = (planId: string) => `dangqi.calendarTasks.${planId}`;

/**
 * Whether the calendar also shows the plan's tasks. Remembered per plan in localStorage (not
 * the session like the view mode): a planner who runs one plan by its countdown wants the
 * tasks there every time, while a plan with hundreds of tasks stays uncluttered.
 */
export function useShowTasks(planId: string): [boolean, (show: boolean) => void] {
  const [state, setState] = useState(() => ({ planId, show: localStorage.getItem(keyOf(planId)) === '1' }));
  const show = state.planId === planId ? state.show : localStorage.getItem(keyOf(planId)) === '1';
  const set = useCallback(
    (next: boolean) => {
      if (next) localStorage.setItem(keyOf(planId), '1');
      else localStorage.removeItem(keyOf(planId));
      setState({ planId, show: next });
    },
    [planId],
  );
  return [show, set];
}
