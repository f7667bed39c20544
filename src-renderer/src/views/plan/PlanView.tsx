import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { ErrorPanel } from '../../components/ErrorPanel';
import { ApiError } from '../../api/client';
import { usePlanSnapshot } from '../../state/usePlans';
import { TABS, type Tab } from '../../state/useRoute';
import { BudgetView } from '../budget/BudgetView';
import { CalendarView } from '../calendar/CalendarView';
import { FilesMenu } from '../files/FilesMenu';
import { KpisView } from '../kpis/KpisView';
import { RisksView } from '../risks/RisksView';
import { SettingsTabButton } from '../settings/SettingsTabButton';
import { SettingsView } from '../settings/SettingsView';
import { useSettingsOpen } from '../settings/useSettingsOpen';
import { TasksView } from '../tasks/TasksView';

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
  const [settingsOpen, openSettings] = useSettingsOpen(planId);
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
        {snapshot.data && <FilesMenu snapshot={snapshot.data} />}
      </div>
      <div className="tab-panel" role="tabpanel" id="plan-tabpanel" aria-labelledby={`tab-${current}`}>
        {snapshot.error !== null && <ErrorPanel error={snapshot.error} />}
        {snapshot.data ? (
          <ErrorBoundary key={current} title={t('errors.viewFailed')} retryLabel={t('common.retry')}>
            {settingsOpen ? (
              <SettingsView snapshot={snapshot.data} />
            ) : (
              <TabContent tab={tab} snapshot={snapshot.data} />
            )}
          </ErrorBoundary>
        ) : (
          snapshot.error === null && <p className="muted">{t('app.loading')}</p>
        )}
      </div>
    </section>
  );
}
