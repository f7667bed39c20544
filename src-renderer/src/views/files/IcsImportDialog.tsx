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

type PreviewEvent = IcsImportPreview['events'][number];

const when = (start: string, end: string, allDay: boolean, allDayText: string) =>
  `${start.replace('T', ' ')} – ${end.replace('T', ' ')}${allDay ? ` (${allDayText})` : ''}`;

const importable = (e: PreviewEvent) => !e.duplicate && e.errors.length === 0;

/**
 * Events of a calendar file before they become activities: earlier imports (same UID) are marked
 * and skipped, unreadable ones say why, and events outside the plan's dates are grouped apart,
 * coming in only when the planner ticks them.
 */
export function IcsImportDialog({ planId, preview, onClose }: Props) {
  const { t, i18n } = useBundle('files', filesStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [type, setType] = useState<ActivityType>('other');
  const [includeOutside, setIncludeOutside] = useState(false);
  const [busy, setBusy] = useState(false);
  const inside = preview.events.filter((e) => !e.outsidePlan);
  const outside = preview.events.filter((e) => e.outsidePlan);
  const fresh = inside.filter(importable).length + (includeOutside ? outside.filter(importable).length : 0);
  const say = (m: { zh: string; en: string }) => (lang === 'zh-CN' ? m.zh : m.en);

  const apply = async () => {
    setBusy(true);
    try {
      const r = await api.invoke('file/apply-ics-import', {
        planId,
        token: preview.token,
        type,
        includeOutsidePlan: includeOutside,
      });
      notices.info(t('icsDone', { created: r.created, skipped: r.skipped }));
      onClose();
    } catch (error) {
      notices.error(error);
      setBusy(false);
    }
  };

  const state = (e: PreviewEvent, skippedOutside: boolean) => {
    if (e.errors.length > 0) return e.errors.map(say).join('；');
    if (e.duplicate) return t('duplicate');
    if (skippedOutside) return t('icsOutsideSkipped');
    if (e.warnings.length > 0) return t('icsCheck') + e.warnings.map(say).join('；');
    return t('willAdd');
  };

  const table = (events: PreviewEvent[], testId: string, skippedOutside: boolean) => (
    <table className="table files-ics" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('icsCols.title')}</th>
          <th>{t('icsCols.when')}</th>
          <th>{t('icsCols.state')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e, i) => (
          <tr
            key={`${e.activityId}-${i}`}
            className={!importable(e) || skippedOutside ? 'files-row-bad' : ''}
            data-duplicate={e.duplicate}
            data-warning={e.warnings.length > 0}
          >
            <td>{e.title}</td>
            <td className="mono">{e.start ? when(e.start, e.end, e.allDay, t('allDay')) : ''}</td>
            <td>{state(e, skippedOutside)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

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
      {preview.notices.map((n, i) => (
        <p key={i} className="files-warning" data-testid="ics-import-notice">
          {say(n)}
        </p>
      ))}
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
      {table(inside, 'ics-import-events', false)}
      {outside.length > 0 && (
        <section data-testid="ics-import-outside">
          <h3>{t('icsOutside', { from: preview.planStart, to: preview.planEnd, count: outside.length })}</h3>
          <label>
            <input
              type="checkbox"
              checked={includeOutside}
              onChange={(e) => setIncludeOutside(e.target.checked)}
              data-testid="ics-import-include-outside"
            />{' '}
            {t('icsOutsideInclude')}
          </label>
          {table(outside, 'ics-import-outside-events', !includeOutside)}
        </section>
      )}
    </Modal>
  );
}
