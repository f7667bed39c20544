import { useState } from 'react';
import type { IcsImportPreview } from '../../../../src-shared/contract-files';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../src-shared/model';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { pick } from '../shared/options';
import { filesStrings } from './files-i18n';

interface Props {
  planId: string;
  preview: IcsImportPreview;
  onClose: () => void;
}

const when = (start: string, end: string, allDay: boolean, allDayText: string) =>
  `${start.replace('T', ' ')} – ${end.replace('T', ' ')}${allDay ? ` (${allDayText})` : ''}`;

/** Events of a calendar file before they become activities; earlier imports (same UID) are marked and skipped. */
export function IcsImportDialog({ planId, preview, onClose }: Props) {
  const { t, i18n } = useBundle('files', filesStrings);
  const lang = currentLang(i18n.language);
  const { api, changed } = useWorkspace();
  const notices = useNotices();
  const [type, setType] = useState<ActivityType>('other');
  const [busy, setBusy] = useState(false);
  const fresh = preview.events.filter((e) => !e.duplicate && e.errors.length === 0).length;

  const apply = async () => {
    setBusy(true);
    try {
      const r = await api.invoke('file/apply-ics-import', { planId, token: preview.token, type });
      changed();
      notices.info(t('icsDone', { created: r.created, skipped: r.skipped }));
      onClose();
    } catch (error) {
      notices.error(error);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('icsTitle', { name: preview.calendarName })}
      onClose={onClose}
      size="large"
      testId="ics-import-dialog"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || fresh === 0}
            onClick={() => void apply()}
            data-testid="ics-import-apply"
          >
            {t('icsApply', { count: fresh })}
          </button>
        </>
      }
    >
      <p className="muted">{t('icsInfo', { name: preview.calendarName, zone: preview.timeZone })}</p>
      {preview.truncatedRecurrences > 0 && (
        <p className="files-warning">{t('icsTruncated', { count: preview.truncatedRecurrences })}</p>
      )}
      <label>
        {t('icsType')}{' '}
        <select
          value={type}
          onChange={(e) => setType(pick(ACTIVITY_TYPES, e.target.value, 'other'))}
          data-testid="ics-import-type"
        >
          {ACTIVITY_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`translation:enum.activityType.${v}`)}
            </option>
          ))}
        </select>
      </label>
      <table className="table files-ics" data-testid="ics-import-events">
        <thead>
          <tr>
            <th>{t('icsCols.title')}</th>
            <th>{t('icsCols.when')}</th>
            <th>{t('icsCols.state')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.events.map((e, i) => (
            <tr
              key={`${e.uid}-${i}`}
              className={e.duplicate || e.errors.length > 0 ? 'files-row-bad' : ''}
              data-duplicate={e.duplicate}
            >
              <td>{e.title}</td>
              <td className="mono">{when(e.start, e.end, e.allDay, t('allDay'))}</td>
              <td>
                {e.errors.length > 0
                  ? e.errors.map((x) => (lang === 'zh-CN' ? x.zh : x.en)).join('；')
                  : e.duplicate
                    ? t('duplicate')
                    : t('willAdd')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
