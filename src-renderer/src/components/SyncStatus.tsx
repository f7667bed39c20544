import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus as Status } from '../../../src-shared/contract-sync';
import { useWorkspace } from '../state/WorkspaceContext';

/** How often the status bar asks: connection changes arrive without an edit to carry them. */
const POLL_MS = 2000;

/** 已同步 / 离线 / n 项待同步, for a laptop in a team; nothing when it is not in one. */
export function SyncStatus() {
  const { t } = useTranslation();
  const { api } = useWorkspace();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Asked again only while the laptop is in a team: a workspace of its own makes no calls
    // beyond the first (the drop-request budget of the calendar counts every call).
    const ask = () =>
      void api.invoke('sync/status', {}).then(
        (s) => {
          if (!live) return;
          setStatus(s);
          if (s.state !== 'off') timer = setTimeout(ask, POLL_MS);
        },
        () => undefined,
      );
    ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api]);
  if (!status || status.state === 'off') return null;
  const text =
    status.state === 'synced'
      ? t('app.sync.synced')
      : status.state === 'offline'
        ? status.pending > 0
          ? t('app.sync.offlinePending', { count: status.pending })
          : t('app.sync.offline')
        : t('app.sync.pending', { count: status.pending });
  return (
    <>
      <span className="status-sep" />
      <span data-testid="sync-status" data-state={status.state} title={t('app.sync.server', { url: status.url ?? '' })}>
        {text}
      </span>
    </>
  );
}
