import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from './api/client';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Header } from './components/Header';
import { ViewLoading } from './components/LazyView';
import { StatusBar } from './components/StatusBar';
import { NoticeProvider } from './state/NoticeContext';
import { useRoute } from './state/useRoute';
import { WorkspaceProvider } from './state/WorkspaceContext';
import { PlanView, preloadPlanView } from './views/plan/plan-views';
import { PlanList } from './views/plans/PlanList';

export function App({ api }: { api: ApiClient }) {
  const [route, go, pending] = useRoute();
  const { t } = useTranslation();
  // The plan list is the first paint; a plan's code is fetched when a plan is opened, the plan
  // page and its tab together (idempotent, so calling it on every render is harmless).
  if (route.view === 'plan') preloadPlanView(route.tab);
  return (
    <WorkspaceProvider api={api}>
      <NoticeProvider>
        <div className="app" data-door={api.door}>
          <Header route={route} go={go} />
          <main className="app-main" aria-busy={pending}>
            {/* One boundary for every view, mounted once: navigation is a transition (useRoute),
                so a view still loading keeps the current screen; the fallback shows only when
                the app starts on a plan. */}
            <Suspense fallback={<ViewLoading />}>
              {route.view === 'plans' ? (
                <PlanList onOpen={(planId) => go({ view: 'plan', planId, tab: 'calendar' })} />
              ) : (
                <ErrorBoundary title={t('errors.viewFailed')} retryLabel={t('common.retry')}>
                  <PlanView
                    planId={route.planId}
                    tab={route.tab}
                    onTab={(tab) => go({ ...route, tab })}
                    onBack={() => go({ view: 'plans' })}
                  />
                </ErrorBoundary>
              )}
            </Suspense>
          </main>
          <StatusBar />
        </div>
      </NoticeProvider>
    </WorkspaceProvider>
  );
}
