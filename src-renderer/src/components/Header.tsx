import { useTranslation } from 'react-i18next';
import { LANGS, currentLang, setLang } from '../i18n';
import { useUndoRedo } from '../state/useUndoRedo';
import { OtherPlanStepDialog } from './OtherPlanStepDialog';
import { usePlanSnapshot } from '../state/usePlans';
import type { Route } from '../state/useRoute';
import { BaselineBadge } from '../views/baselines/BaselineBadge';
import { ConflictCounter } from '../views/conflicts/ConflictCounter';
import { RiskFlagBadge } from '../views/risks/RiskFlagBadge';

function PlanCrumb({ planId }: { planId: string }) {
  const snapshot = usePlanSnapshot(planId);
  const plan = snapshot.data?.plan;
  if (!plan) return null;
  return (
    <>
      <span className="crumb-sep">/</span>
      <span className="crumb-current" data-testid="header-plan-name">
        {plan.name}
      </span>
      <span className="crumb-range">
        {plan.startDate} – {plan.endDate}
      </span>
    </>
  );
}

export function Header({ route, go }: { route: Route; go: (r: Route) => void }) {
  const { t, i18n } = useTranslation();
  const planOnScreen = route.view === 'plan' ? route.planId : null;
  const { history, undo, redo, lang, named, pending, confirmPending, dismissPending } = useUndoRedo(planOnScreen);
  // The buttons name the step's plans too: "撤销：〔2027年会员档期〕修改活动「会员沙龙」".
  const undoLabel = history?.undoLabel
    ? t('history.undoWhat', { label: named(history.undoLabel, history.undoPlans) })
    : t('history.nothingUndo');
  const redoLabel = history?.redoLabel
    ? t('history.redoWhat', { label: named(history.redoLabel, history.redoPlans) })
    : t('history.nothingRedo');

  return (
    <header className="app-header">
      <div className="brand" aria-label={t('app.subtitle')}>
        <span className="brand-mark">档</span>
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <nav className="crumbs" aria-label={t('app.plans')}>
        <button type="button" className="link-button" onClick={() => go({ view: 'plans' })} data-testid="nav-plans">
          {t('app.plans')}
        </button>
        {route.view === 'plan' && <PlanCrumb planId={route.planId} />}
        <span className="crumb-sep">·</span>
        <button
          type="button"
          className="link-button"
          onClick={() => go({ view: 'backups' })}
          aria-current={route.view === 'backups' ? 'page' : undefined}
          data-testid="nav-backups"
        >
          {t('backups.title')}
        </button>
      </nav>
      <div className="header-tools">
        {route.view === 'plan' && <ConflictCounter planId={route.planId} />}
        {route.view === 'plan' && <BaselineBadge planId={route.planId} />}
        {route.view === 'plan' && (
          <RiskFlagBadge planId={route.planId} onOpen={(planId) => go({ view: 'plan', planId, tab: 'risks' })} />
        )}
        <button
          type="button"
          onClick={() => void undo()}
          disabled={!history?.canUndo}
          title={`${undoLabel} (Ctrl+Z)`}
          aria-label={undoLabel}
          data-testid="undo"
        >
          ↶ <span className="history-label">{history?.undoLabel ? history.undoLabel[lang] : t('history.undo')}</span>
        </button>
        <button
          type="button"
          onClick={() => void redo()}
          disabled={!history?.canRedo}
          title={`${redoLabel} (Ctrl+Shift+Z)`}
          aria-label={redoLabel}
          data-testid="redo"
        >
          ↷ <span className="history-label">{history?.redoLabel ? history.redoLabel[lang] : t('history.redo')}</span>
        </button>
        <select
          aria-label={t('lang.label')}
          value={currentLang(i18n.language)}
          onChange={(e) => setLang(currentLang(e.target.value))}
          data-testid="lang-switch"
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {t(`lang.${l}`)}
            </option>
          ))}
        </select>
      </div>
      {pending && planOnScreen && (
        <OtherPlanStepDialog
          step={pending}
          planOnScreen={planOnScreen}
          onConfirm={() => void confirmPending()}
          onClose={dismissPending}
        />
      )}
    </header>
  );
}
