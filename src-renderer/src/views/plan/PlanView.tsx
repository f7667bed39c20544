import { Suspense, startTransition, useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ViewLoading } from '../../components/LazyView';
import { ApiError } from '../../api/client';
import { usePlanSnapshot } from '../../state/usePlans';
import { TABS, type Tab } from '../../state/useRoute';
import { BaselinesButton } from '../baselines/BaselinesButton';
import { FilesMenu } from '../files/FilesMenu';
import { SettingsTabButton } from '../settings/SettingsTabButton';
import { useSettingsOpen } from '../settings/useSettingsOpen';
import { BudgetView, CalendarView, KpisView, RisksView, SettingsView, TasksView } from './plan-views';

/** Each tab is its own folder under views/, taking the snapshot; later issues replace them one by one. */
function TabContent({ tab, snapshot }: { tab: Tab; snapshot: PlanSnapshot }) {
  switch (tab) {
    case 'calendar':
      return <CalendarView snapshot={snapshot} />;
    case 'budget':
      return <BudgetView snapshot={snapshot} />;
    case 'risks':
      return <RisksView snapshot={snapshot} />;
    case 'kpis':
      return <KpisView snapshot={snapshot} />;
    case 'tasks':
      return <TasksView snapshot={snapshot} />;
  }
}

interface PlanViewProps {
  planId: string;
  tab: Tab;
  onTab: (tab: Tab) => void;
  onBack: () => void;
}

export function PlanView({ planId, tab, onTab, onBack }: PlanViewProps) {
  const { t } = useTranslation();
  const snapshot = usePlanSnapshot(planId);
  const [settingsOpen, setSettingsOpen] = useSettingsOpen(planId);
  // A transition, like moving between routes: a page whose code is still arriving keeps the
  // current one up instead of a loading line standing in for it.
  const openSettings = useCallback((open: boolean) => startTransition(() => setSettingsOpen(open)), [setSettingsOpen]);
  const current = settingsOpen ? 'settings' : tab;
  // A tab chosen from elsewhere (the header's warning badge) leaves the settings page too;
  // only a change counts, so a reload onto the settings page stays there.
  const shownTab = useRef(tab);
  useEffect(() => {
    if (shownTab.current !== tab) openSettings(false);
    shownTab.current = tab;
  }, [tab, openSettings]);

  if (snapshot.error instanceof ApiError && snapshot.error.data.code === 'NOT_FOUND') {
    return (
      <section className="page">
        <p className="empty">{t('errors.planMissing')}</p>
        <button type="button" onClick={onBack}>
          {t('errors.backToPlans')}
        </button>
      </section>
    );
  }

  return (
    <section className="plan-view" data-testid="plan-view" data-plan-id={planId}>
      <div className="tabs" role="tablist" aria-label={snapshot.data?.plan.name}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={current === name}
            aria-controls="plan-tabpanel"
            className={current === name ? 'tab active' : 'tab'}
            onClick={() => {
              openSettings(false);
              onTab(name);
            }}
            data-testid={`tab-${name}`}
          >
            {t(`tabs.${name}`)}
          </button>
        ))}
        <SettingsTabButton active={settingsOpen} onClick={() => openSettings(true)} />
        {snapshot.data && <BaselinesButton snapshot={snapshot.data} />}
        {snapshot.data && <FilesMenu snapshot={snapshot.data} />}
      </div>
      <div className="tab-panel" role="tabpanel" id="plan-tabpanel" aria-labelledby={`tab-${current}`}>
        {snapshot.error !== null && <ErrorPanel error={snapshot.error} />}
        {snapshot.data ? (
          // Outside the per-tab error boundary, so it outlives a change of tab: a tab chosen in a
          // transition keeps the current one up while its chunk arrives, and one that suspends
          // otherwise leaves the tab bar in place.
          <Suspense fallback={<ViewLoading />}>
            <ErrorBoundary key={current} title={t('errors.viewFailed')} retryLabel={t('common.retry')}>
              {settingsOpen ? (
                <SettingsView snapshot={snapshot.data} />
              ) : (
                <TabContent tab={tab} snapshot={snapshot.data} />
              )}
            </ErrorBoundary>
          </Suspense>
        ) : (
          snapshot.error === null && <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    </section>
  );
}
