import { useState } from 'react';
import type { PlanImportPreview } from '../../../../src-shared/contract-files';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { errorText } from '../../state/error-text';
import { useNotices } from '../../state/NoticeContext';
import { useFetch } from '../../state/useFetch';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { filesStrings } from './files-i18n';
import { RemapTable, type RemapRow } from './RemapTable';
import { useImportConflicts } from './useImportConflicts';

type Remap = Record<string, string | null>;

interface Props {
  preview: PlanImportPreview;
  onClose: () => void;
  onImported: (planIds: string[]) => void;
}

/**
 * What a plan file will add before anything is written: its plans with their counts, each
 * resource and segment with the workspace row it will use (the planner may remap), and the
 * conflicts it will create under the current remap, hard ones first (asked again after each
 * remap; while that answer is on its way the old list is marked as outdated and Apply waits).
 * Apply is one undoable edit.
 */
export function PlanImportDialog({ preview, onClose, onImported }: Props) {
  const { t, i18n } = useBundle('files', filesStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const snapshotResources = useExisting();
  const [resourceMap, setResourceMap] = useState<Remap>({});
  const [segmentMap, setSegmentMap] = useState<Remap>({});
  const [busy, setBusy] = useState(false);

  const {
    conflicts,
    state: conflictState,
    error: conflictError,
  } = useImportConflicts(preview, resourceMap, segmentMap);
  const hard = conflicts.filter((c) => c.severity === 'hard').length;
  const conflictTitle =
    conflictState === 'recomputing'
      ? t('conflictsRecomputing')
      : conflictState === 'failed'
        ? t('conflictsFailed', { reason: errorText(conflictError, lang) })
        : conflicts.length > 0
          ? t('conflicts', { hard, soft: conflicts.length - hard })
          : t('noConflicts');

  const apply = async () => {
    setBusy(true);
    try {
      const { planIds } = await api.invoke('file/apply-plan-import', {
        token: preview.token,
        resourceMap,
        segmentMap,
        language: lang,
      });
      notices.info(t('imported', { count: planIds.length }));
      onImported(planIds);
    } catch (error) {
      notices.error(error);
      setBusy(false);
    }
  };

  const resourceRows: RemapRow[] = preview.resources.map((r) => ({
    fileId: r.fileId,
    name: r.name,
    kind: t(`translation:enum.resourceKind.${r.kind}`),
    match: r.match,
    choices: (snapshotResources.data?.resources ?? []).filter((x) => x.kind === r.kind),
  }));
  const segmentRows: RemapRow[] = preview.segments.map((s) => ({
    fileId: s.fileId,
    name: s.name,
    kind: t(`dimension.${s.dimension}`),
    match: s.match,
    choices: (snapshotResources.data?.segments ?? []).filter((x) => x.dimension === s.dimension),
  }));

  return (
    <Modal
      title={t('planPreview', { name: preview.fileName })}
      onClose={onClose}
      size="large"
      testId="plan-import-dialog"
      footer={
        <>
          <span className="muted">{t('applyHint')}</span>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || conflictState === 'recomputing'}
            onClick={() => void apply()}
            data-testid="plan-import-apply"
          >
            {t('apply')}
          </button>
        </>
      }
    >
      <p className="muted">{t('writtenBy', { version: preview.formatVersion, by: preview.writtenBy })}</p>
      {preview.plans
        .filter((p) => p.copyOf)
        .map((p) => (
          <p key={p.fileId} className="files-warning" data-testid="plan-import-copy">
            {t('copyOf', { name: p.copyOf?.name ?? p.name, copy: t('copyName', { name: p.name }) })}
          </p>
        ))}
      {preview.copiesExisting && preview.plans.every((p) => !p.copyOf) && (
        <p className="files-warning">{t('copies')}</p>
      )}
      <h3>{t('plans')}</h3>
      <ul className="files-plans" data-testid="plan-import-plans">
        {preview.plans.map((p) => (
          <li key={p.fileId}>
            <strong>{p.name}</strong>{' '}
            <span className="mono">
              {p.startDate} – {p.endDate}
            </span>
            <div className="muted">
              {t('counts', {
                activities: p.activities,
                budget: p.budgetLines,
                risks: p.risks,
                kpis: p.kpis,
                tasks: p.tasks,
              })}
            </div>
          </li>
        ))}
      </ul>
      {resourceRows.length > 0 && (
        <RemapTable
          title={t('resources')}
          rows={resourceRows}
          map={resourceMap}
          onChange={setResourceMap}
          testId="remap-resources"
        />
      )}
      {segmentRows.length > 0 && (
        <RemapTable
          title={t('segments')}
          rows={segmentRows}
          map={segmentMap}
          onChange={setSegmentMap}
          testId="remap-segments"
        />
      )}
      <h3 data-testid="plan-import-conflicts-title" data-state={conflictState} aria-live="polite">
        {conflictTitle}
      </h3>
      {conflicts.length > 0 && (
        <ul
          className={conflictState === 'current' ? 'files-conflicts' : 'files-conflicts files-stale'}
          data-testid="plan-import-conflicts"
          data-state={conflictState}
          aria-busy={conflictState === 'recomputing'}
        >
          {conflicts.map((c, i) => (
            <li key={`${c.ruleId}-${i}`} className={`sev-${c.severity}`}>
              <span className="sev-badge">{t(c.severity)}</span> {c.message[lang]}
              {c.span && (
                <span className="mono muted">
                  {' '}
                  {c.span.start} – {c.span.end}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

/** The workspace's resources and segments a file's rows may be remapped onto. */
function useExisting() {
  const { api } = useWorkspace();
  return useFetch('files-remap-choices', async () => {
    const [resources, segments] = await Promise.all([api.invoke('resource/list', {}), api.invoke('segment/list', {})]);
    return { resources, segments };
  });
}
