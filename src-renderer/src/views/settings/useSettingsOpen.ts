import { useCallback, useState } from 'react';

const KEY = 'dangqi.settingsPlan';

/**
 * Whether the plan view shows its settings instead of a tab. Kept in sessionStorage (like the
 * route) so a reload returns to the settings of the same plan rather than to its calendar.
 */
export function useSettingsOpen(planId: string): [boolean, (open: boolean) => void] {
  const [openFor, setOpenFor] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const set = useCallback(
    (open: boolean) => {
      const next = open ? planId : null;
      if (next) sessionStorage.setItem(KEY, next);
      else sessionStorage.removeItem(KEY);
      setOpenFor(next);
    },
    [planId],
  );
  return [openFor === planId, set];
}
