import { useBundle } from '../budget/use-bundle';
import { settingsStrings } from './settings-i18n';

/** The plan view's "Plan settings" tab; it sits after the route's tabs and is not a route of its own. */
export function SettingsTabButton({ active, onClick }: { active: boolean; onClick: () => void }) {
  const { t } = useBundle('planSettings', settingsStrings);
  return (
    <button
      type="button"
      role="tab"
      id="tab-settings"
      aria-selected={active}
      aria-controls="plan-tabpanel"
      className={active ? 'tab active' : 'tab'}
      onClick={onClick}
      data-testid="tab-settings"
    >
      {t('open')}
    </button>
  );
}
