import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, SalvageReport, WorkspaceStatus } from '../../../../src-shared/contract-backups';
import { currentLang } from '../../i18n';
import { errorText } from '../../state/error-text';
import { useFetch } from '../../state/useFetch';
import { useWorkspace } from '../../state/WorkspaceContext';
import { saveDownload } from '../files/file-transfer';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * "备份与恢复 / Backups": what the automatic backups hold, one to make now, and restore as one
 * step. A restore replaces the whole workspace (its undo history too), so the page reloads.
 */
export function BackupsView({ status }: { status: WorkspaceStatus | null }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState<'make' | 'restore' | 'salvage' | null>(null);
  const [salvaged, setSalvaged] = useState<SalvageReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const list = useFetch(`backups-${tick}`, () => api.invoke('backup/list', {}));
  const time = (b: BackupInfo) => new Date(b.createdAt).toLocaleString(lang);

  const makeNow = async () => {
    setBusy('make');
    setError(null);
    try {
      await api.invoke('backup/create', {});
      setTick((n) => n + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const restore = async (b: BackupInfo) => {
    if (!window.confirm(t('backups.confirmRestore', { time: time(b) }))) return;
    setBusy('restore');
    setError(null);
    try {
      await api.invoke('backup/restore', { name: b.name });
      window.location.reload();
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };

  const salvage = async () => {
    setBusy('salvage');
    setError(null);
    try {
      setSalvaged(await api.invoke('workspace/salvage', { language: lang }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const damaged = status?.mode === 'damaged';
  const good = status?.newestGoodBackup ?? null;
  return (
    <section className="backups-view" data-testid="backups-view">
      <h2>{damaged ? t('backups.damaged') : t('backups.title')}</h2>
      {status?.message && (
        <p role="alert" className="backups-alert" data-testid="backups-status">
          {status.message[lang]}
        </p>
      )}
      {damaged &&
        (good ? (
          <button
            type="button"
            disabled={busy !== null}
            onClick={() => void restore(good)}
            data-testid="restore-newest"
          >
            {t('backups.restoreNewest', { time: time(good) })}
          </button>
        ) : (
          <p>{t('backups.noGoodBackup')}</p>
        ))}
      {damaged && (
        <div className="backups-salvage" data-testid="salvage">
          <p>{t('backups.salvageHint')}</p>
          <button type="button" disabled={busy !== null} onClick={() => void salvage()} data-testid="salvage-start">
            {busy === 'salvage' ? t('backups.salvaging') : t('backups.salvage')}
          </button>
          {salvaged && (
            <>
              <p role="status" data-testid="salvage-report">
                {salvaged.message[lang]}
              </p>
              {/* One button per file: a browser may block several downloads started at once. */}
              <ul>
                {salvaged.files.map((f, i) => (
                  <li key={`${i}-${f.fileName}`}>
                    <button type="button" onClick={() => saveDownload(f)} data-testid="salvage-file">
                      {t('backups.salvageSave', { name: f.fileName })}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <p>{t('backups.intro')}</p>
      <p className="backups-folder">
        {t('backups.folder')}: <code>{list.data?.dir ?? status?.backupDir}</code>
      </p>
      {status?.mode === 'normal' && (
        <button type="button" disabled={busy !== null} onClick={() => void makeNow()} data-testid="backup-now">
          {busy === 'make' ? t('backups.making') : t('backups.makeNow')}
        </button>
      )}
      {busy === 'restore' && <p aria-live="polite">{t('backups.restoring')}</p>}
      {error !== null && (
        <p role="alert" className="backups-error" data-testid="backups-error">
          {errorText(error, lang)}
        </p>
      )}
      {list.data && list.data.backups.length === 0 && <p>{t('backups.empty')}</p>}
      {list.data && list.data.backups.length > 0 && (
        <table className="backups-table" data-testid="backups-table">
          <thead>
            <tr>
              <th>{t('backups.time')}</th>
              <th>{t('backups.reason')}</th>
              <th>{t('backups.plans')}</th>
              <th>{t('backups.activities')}</th>
              <th>{t('backups.size')}</th>
              <th>{t('backups.check')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.backups.map((b) => (
              <tr key={b.name} data-testid="backup-row">
                <td title={b.name}>{time(b)}</td>
                <td>{t(`backups.reasons.${b.reason}`)}</td>
                <td>{b.plans ?? '–'}</td>
                <td>{b.activities ?? '–'}</td>
                <td>{sizeText(b.sizeBytes)}</td>
                <td>{b.verified ? t('backups.verified') : t('backups.unverified')}</td>
                <td>
                  <button type="button" disabled={busy !== null || !b.verified} onClick={() => void restore(b)}>
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The workspace's mode, kept current by the `workspace/status` event (a restore, damage found). */
export function useWorkspaceStatus(): WorkspaceStatus | null {
  const { api } = useWorkspace();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  useEffect(() => {
    let live = true;
    api.invoke('workspace/status', {}).then(
      (s) => live && setStatus(s),
      () => undefined,
    );
    const off = api.on('workspace/status', (s) => setStatus(s));
    return () => {
      live = false;
      off();
    };
  }, [api]);
  return status;
}
