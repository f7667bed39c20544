import type { ApiClient } from './api/client';
import { Header } from './components/Header';
import { StatusBar } from './components/StatusBar';
import { NoticeProvider } from './state/NoticeContext';
import { useRoute } from './state/useRoute';
import { WorkspaceProvider } from './state/WorkspaceContext';
import { PlanView } from './views/plan/PlanView';
import { PlanList } from './views/plans/PlanList';

export function App({ api }: { api: ApiClient }) {
  const [route, go] = useRoute();
  return (
    <WorkspaceProvider api={api}>
      <NoticeProvider>
        <div className="app" data-door={api.door}>
          <Header route={route} go={go} />
          <main className="app-main">
            {route.view === 'plans' ? (
              <PlanList onOpen={(planId) => go({ view: 'plan', planId, tab: 'calendar' })} />
            ) : (
              <PlanView
                planId={route.planId}
                tab={route.tab}
                onTab={(tab) => go({ ...route, tab })}
                onBack={() => go({ view: 'plans' })}
              />
            )}
          </main>
          <StatusBar />
        </div>
      </NoticeProvider>
    </WorkspaceProvider>
  );
}
