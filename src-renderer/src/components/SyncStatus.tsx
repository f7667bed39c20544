import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus as Status } from '../../../src-shared/contract-sync';
import { useWorkspace } from '../state/WorkspaceContext';
import { useBundle } from '../views/budget/use-bundle';
import { TeamDialog } from '../views/team/TeamDialog';
import { syncStateText } from '../views/team/sync-state-text';
import { teamStrings } from '../views/team/team-i18n';

/** How often the status bar asks: connection changes arrive without an edit to carry them. */
const POLL_MS = 2000;

/**
 * 已同步 / 离线 / n 项待同步 for a laptop in a team, and the button that opens the team dialog
 * (join, leave, concurrent edits).
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const team = useBundle('team', teamStrings).t;
  const { api } = useWorkspace();
  const [status, setStatus] = useState<Status | null>(null);
  const [open, setOpen] = useState(false);
  // Bumped after joining or leaving, to start (or stop) asking again.
  const [round, setRound] = useState(0);
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
  }, [api, round]);
  if (!status) return null;
  const text = syncStateText(status, t);
  return (
    <>
      <span className="status-sep" />
      <button type="button" className="link-button" onClick={() => setOpen(true)} data-testid="team-open">
        {team('open')}
      </button>
      {status.state !== 'off' && (
        <span
          data-testid="sync-status"
          data-state={status.state}
          title={t('app.sync.server', { url: status.url ?? '' })}
        >
          {text}
        </span>
      )}
      {open && (
        <TeamDialog
          status={status}
          onClose={() => setOpen(false)}
          onStatus={(s) => {
            setStatus(s);
            setRound((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
