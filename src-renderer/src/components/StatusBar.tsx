import { useTranslation } from 'react-i18next';
import { useFetch } from '../state/useFetch';
import { useWorkspace } from '../state/WorkspaceContext';
import { SyncStatus } from './SyncStatus';

/**
 * Where the data lives and which door is open: the first thing support asks, and the planner's
 * reassurance that every edit is already saved (there is no save button).
 */
export function StatusBar() {
  const { t } = useTranslation();
  const { api } = useWorkspace();
  const info = useFetch(
    'app-info',
    () => api.invoke('app/info', {}),
    (same) => same, // the door, folder and version do not change with edits
  );
  const door = info.data?.door === 'electron' ? t('app.door.electron') : t('app.door.browser');
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span>{t('app.autosaved')}</span>
      <SyncStatus />
      {info.data && (
        <>
          <span className="status-sep" />
          <span>{door}</span>
          <span className="status-sep" />
          <span title={info.data.dataDir} className="status-path">
            {t('app.dataDir')}: {info.data.dataDir}
          </span>
          <span className="toolbar-spacer" />
          <span>
            {t('app.version')} {info.data.version}
          </span>
        </>
      )}
    </footer>
  );
}
