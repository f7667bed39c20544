import { type LazyView, lazyView } from '../../components/LazyView';
import type { Tab } from '../../state/useRoute';

// A plan's page and each of its tabs are chunks of their own, fetched when first shown, so the
// plan list paints without them: the schedule brings FullCalendar, the budget AG Grid and
// ECharts (shared with the KPIs), the plan page the lunar calendar and printing. The plan page
// counts as arrived once the tab it opens on has too (see preloadPlanView).
let openingTab: Promise<unknown> = Promise.resolve();
export const PlanView = lazyView(async () => (await Promise.all([import('./PlanView'), openingTab]))[0].PlanView);
export const CalendarView = lazyView(() => import('../calendar/CalendarView').then((m) => m.CalendarView));
export const BudgetView = lazyView(() => import('../budget/BudgetView').then((m) => m.BudgetView));
export const RisksView = lazyView(() => import('../risks/RisksView').then((m) => m.RisksView));
export const KpisView = lazyView(() => import('../kpis/KpisView').then((m) => m.KpisView));
export const TasksView = lazyView(() => import('../tasks/TasksView').then((m) => m.TasksView));
export const SettingsView = lazyView(() => import('../settings/SettingsView').then((m) => m.SettingsView));

const TAB_VIEWS: Record<Tab, LazyView<never>> = {
  calendar: CalendarView,
  budget: BudgetView,
  risks: RisksView,
  kpis: KpisView,
  tasks: TasksView,
};

/**
 * Starts fetching the plan page and the tab it opens on together, and has the plan page wait for
 * that tab: left to themselves, the tab's chunk would only be asked for once the plan page had
 * arrived and loaded its snapshot, and the tab would then suspend, showing a loading line that
 * React keeps for at least 300 ms. A failure is left for the view to show, in its error boundary.
 */
export function preloadPlanView(tab: Tab): void {
  openingTab = TAB_VIEWS[tab].preload().catch(() => undefined);
  PlanView.preload().catch(() => undefined);
}
