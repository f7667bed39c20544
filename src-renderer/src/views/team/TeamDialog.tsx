import { useState } from 'react';
import type { SyncStatus } from '../../../../src-shared/contract-sync';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/Modal';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { ConcurrentEditList } from './ConcurrentEditList';
import { syncStateText } from './sync-state-text';
import { teamStrings } from './team-i18n';

interface Props {
  status: SyncStatus;
  onClose: () => void;
  /** The status after joining or leaving. */
  onStatus: (status: SyncStatus) => void;
}

/**
 * Joining a team (the sync server's address, the team token, the planner's name), its status,
 * leaving, and the concurrent-edits list. Joining is remembered: the laptop reconnects at start.
 */
export function TeamDialog({ status, onClose, onStatus }: Props) {
  const { t } = useBundle('team', teamStrings);
  const shell = useTranslation().t;
  const { api } = useWorkspace();
  const notices = useNotices();
  const [url, setUrl] = useState(status.url ?? '');
  const [token, setToken] = useState('');
  const [planner, setPlanner] = useState(status.planner);
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(0);

  const run = async (work: () => Promise<SyncStatus>, done: string) => {
    setBusy(true);
    try {
      onStatus(await work());
      notices.info(done);
      setRefresh((n) => n + 1);
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };
  const join = () =>
    run(() => api.invoke('sync/join', { url: url.trim(), token, planner: planner.trim() }), t('joined'));
  const leave = () => run(() => api.invoke('sync/leave', {}), t('left'));

  const joined = status.state !== 'off';
  const stateText = syncStateText(status, shell);

  return (
    <Modal title={t('title')} onClose={onClose} testId="team-dialog" size="large">
      {joined ? (
        <>
          <p>
            <strong data-testid="team-state">{stateText}</strong> · {t('server', { url: status.url ?? '' })} ·{' '}
            {t('me', { name: status.planner })}
          </p>
          <button type="button" disabled={busy} onClick={() => void leave()} data-testid="team-leave">
            {t('leave')}
          </button>
          <ConcurrentEditList refresh={refresh} />
        </>
      ) : (
        <form
          className="form-grid"
          onSubmit={(e) => {
            e.preventDefault();
            void join();
          }}
        >
          <p>{t('notJoined')}</p>
          <label>
            {t('url')}
            <input
              value={url}
              placeholder={t('urlHint')}
              onChange={(e) => setUrl(e.target.value)}
              data-testid="team-url"
            />
          </label>
          <label>
            {t('token')}
            <input type="password" value={token} onChange={(e) => setToken(e.target.value)} data-testid="team-token" />
          </label>
          <label>
            {t('planner')}
            <input value={planner} onChange={(e) => setPlanner(e.target.value)} data-testid="team-planner" />
          </label>
          <div>
            <button type="submit" disabled={busy} data-testid="team-join">
              {busy ? t('joining') : t('join')}
            </button>
          </div>
        </form>
      )}
      <p className="muted">{t('honesty')}</p>
    </Modal>
  );
}
