import { useCallback, useState, useTransition } from 'react';

export const TABS = ['calendar', 'budget', 'risks', 'kpis', 'tasks'] as const;
export type Tab = (typeof TABS)[number];

export type Route = { view: 'plans' } | { view: 'backups' } | { view: 'plan'; planId: string; tab: Tab };

const STORAGE_KEY = 'dangqi.route';

function isTab(value: unknown): value is Tab {
  return typeof value === 'string' && TABS.some((t) => t === value);
}

function readRoute(): Route {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw === 'object' && raw !== null && 'planId' in raw && typeof raw.planId === 'string') {
      const tab = 'tab' in raw && isTab(raw.tab) ? raw.tab : 'calendar';
      return { view: 'plan', planId: raw.planId, tab };
    }
  } catch {
    // A damaged entry just means starting at the plan list.
  }
  return { view: 'plans' };
}

/**
 * Where the planner is, kept in sessionStorage rather than the URL: the browser door's URL
 * fragment carries the token on first load, and a reload should return to the same plan and tab.
 *
 * Moving is a transition: a view whose code has not arrived yet (views are chunks of their own,
 * views/plan/plan-views.ts) keeps the current screen up until it has, and `pending` says so,
 * instead of a loading line flashing in between.
 */
export function useRoute(): [Route, (next: Route) => void, boolean] {
  const [route, setRoute] = useState<Route>(readRoute);
  const [pending, startTransition] = useTransition();
  const go = useCallback((next: Route) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next.view === 'plan' ? next : null));
    startTransition(() => setRoute(next));
  }, []);
  return [route, go, pending];
}
