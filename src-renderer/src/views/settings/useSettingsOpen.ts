import { useCallback, useEffect, useState } from 'react';

const KEY = 'dangqi.settingsPlan';

/**
 * Whether the plan view shows its settings instead of a tab. Kept in sessionStorage (like the
 * route) so a reload returns to the settings of the same plan; leaving the plan inside the app
 * forgets it, so opening the plan again from the list shows its calendar as usual.
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
  // A page reload runs no effect cleanup, so only in-app navigation away from the plan clears it.
  useEffect(
    () => () => {
      if (sessionStorage.getItem(KEY) === planId) sessionStorage.removeItem(KEY);
    },
    [planId],
  );
  return [openFor === planId, set];
}
