import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from './api/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { ViewLoading } from './components/LazyView';
import { StatusBar } from './components/StatusBar';
import { currentLang } from './i18n';
import { NoticeProvider } from './state/NoticeContext';
import { type Route, useRoute } from './state/useRoute';
import { WorkspaceProvider } from './state/WorkspaceContext';
import { BackupsView, useWorkspaceStatus } from './views/backups/BackupsView';
import { PlanView, preloadPlanView } from './views/plan/plan-views';
import { PlanList } from './views/plans/PlanList';

export function App({ api }: { api: ApiClient }) {
  const [route, go, pending] = useRoute();
  // The plan list is the first paint; a plan's code is fetched when a plan is opened, the plan
  // page and its tab together (idempotent, so calling it on every render is harmless).
  if (route.view === 'plan') preloadPlanView(route.tab);
  return (
    <WorkspaceProvider api={api}>
      <NoticeProvider>
        <Shell door={api.door} route={route} go={go} pending={pending} />
      </NoticeProvider>
    </WorkspaceProvider>
  );
}

interface ShellProps {
  door: ApiClient['door'];
  route: Route;
  go: (r: Route) => void;
  pending: boolean;
}

function Shell({ door, route, go, pending }: ShellProps) {
  const { t, i18n } = useTranslation();
  const status = useWorkspaceStatus();
  // A damaged workspace answers nothing but the backup channels: the Backups screen is all there is.
  const view = status?.mode === 'damaged' ? 'backups' : route.view;
  return (
    <div className="app" data-door={door} data-workspace-mode={status?.mode}>
      <Header route={route} go={go} />
      {status?.mode === 'read-only' && status.message && (
        <div role="status" className="read-only-banner" data-testid="read-only-banner">
          {status.message[currentLang(i18n.language)]}
        </div>
      )}
      <main className="app-main" aria-busy={pending}>
        {/* One boundary for every view, mounted once: navigation is a transition (useRoute),
            so a view still loading keeps the current screen; the fallback shows only when
            the app starts on a plan. */}
        <Suspense fallback={<ViewLoading />}>
          {view === 'backups' ? (
            <BackupsView status={status} />
          ) : route.view === 'plan' ? (
            <ErrorBoundary title={t('errors.viewFailed')} retryLabel={t('common.retry')}>
              <PlanView
                planId={route.planId}
                tab={route.tab}
                onTab={(tab) => go({ ...route, tab })}
                onBack={() => go({ view: 'plans' })}
              />
            </ErrorBoundary>
          ) : (
            <PlanList onOpen={(planId) => go({ view: 'plan', planId, tab: 'calendar' })} />
          )}
        </Suspense>
      </main>
      <StatusBar />
    </div>
  );
}
