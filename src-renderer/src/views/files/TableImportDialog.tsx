import { useCallback, useEffect, useRef, useState } from 'react';
import { TABLE_FIELDS, type TableField, type TableImportPreview } from '../../../../src-shared/contract-files';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../src-shared/model';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { pick } from '../shared/options';
import type { Upload } from './file-transfer';
import { filesStrings } from './files-i18n';
import { MappingTable } from './MappingTable';

type Target = 'activities' | 'budget';
export type Mapping = Record<string, TableField | null>;

interface Props {
  planId: string;
  target: Target;
  upload: Upload;
  onClose: () => void;
}

/**
 * A spreadsheet into activities or budget lines: the file is sent once, then every change of
 * mapping, sheet, year or default type re-previews by token, so the preview is always what
 * Apply will write. Rows that cannot be read are all listed with their reason; a date without
 * a year blocks Apply until the planner types the year.
 */
export function TableImportDialog({ planId, target, upload, onClose }: Props) {
  const { t, i18n } = useBundle('files', filesStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [preview, setPreview] = useState<TableImportPreview | null>(null);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [yearText, setYearText] = useState('');
  const [defaultType, setDefaultType] = useState<ActivityType>('other');
  const [busy, setBusy] = useState(true);
  const asked = useRef(0);

  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : undefined;
  const options = useCallback(
    () => ({ planId, target, sheet, mapping, year, ...(target === 'activities' ? { defaultType } : {}) }),
    [planId, target, sheet, mapping, year, defaultType],
  );

  useEffect(() => {
    const n = ++asked.current;
    setBusy(true);
    const token = preview?.token;
    const request = token ? { ...options(), token } : { ...options(), ...upload };
    api.invoke('file/preview-table-import', request).then(
      (p) => {
        if (n !== asked.current) return;
        setPreview(p);
        setBusy(false);
      },
      (error: unknown) => {
        if (n !== asked.current) return;
        notices.error(error);
        setBusy(false);
        if (!token) onClose(); // the file itself was refused: nothing to map
      },
    );
    // Re-preview on the planner's choices only; the token is carried, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options]);

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const r = await api.invoke('file/apply-table-import', { ...options(), token: preview.token });
      notices.info(t('tableDone', { created: r.created, skipped: r.skipped }));
      onClose();
    } catch (error) {
      notices.error(error);
      setBusy(false);
    }
  };

  // The service names a field ("start") or a header; show fields in the UI language.
  const columnName = (c: string) => (TABLE_FIELDS.some((f) => f === c) ? t(`field.${c}`) : c);
  const unreadable = preview?.rows.filter((r) => r.record === null) ?? [];
  const blocked = !preview || busy || preview.readable === 0 || (preview.needsYear && year === undefined);

  return (
    <Modal
      title={t(`tableTitle.${target}`, { name: upload.fileName })}
      onClose={onClose}
      size="large"
      testId="table-import-dialog"
      footer={
        <>
          {preview && (
            <span data-testid="table-import-summary">
              {t('summary', { readable: preview.readable, unreadable: preview.unreadable })}
            </span>
          )}
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={blocked}
            onClick={() => void apply()}
            data-testid="table-import-apply"
          >
            {t('applyRows', { count: preview?.readable ?? 0 })}
          </button>
        </>
      }
    >
      {preview && (
        <div className="files-options">
          {preview.sheets.length > 1 && (
            <label>
              {t('sheet')}{' '}
              <select value={preview.sheet} onChange={(e) => setSheet(e.target.value)} data-testid="table-import-sheet">
                {preview.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <span className="muted">{t('encoding', { encoding: preview.encoding.toUpperCase() })}</span>
          <span className="muted" data-testid="mapping-source">
            {t(`mappingSource.${preview.mappingSource}`)}
          </span>
          {(preview.needsYear || yearText !== '') && (
            <label className={preview.needsYear && year === undefined ? 'files-needs' : ''}>
              {t('year')}{' '}
              <input
                type="number"
                min={1900}
                max={2200}
                value={yearText}
                onChange={(e) => setYearText(e.target.value)}
                data-testid="table-import-year"
              />
            </label>
          )}
          {target === 'activities' && (
            <label>
              {t('defaultType')}{' '}
              <select
                value={defaultType}
                onChange={(e) => setDefaultType(pick(ACTIVITY_TYPES, e.target.value, 'other'))}
                data-testid="table-import-type"
              >
                {ACTIVITY_TYPES.map((v) => (
                  <option key={v} value={v}>
                    {t(`translation:enum.activityType.${v}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      )}
      {preview?.needsYear && year === undefined && <p className="files-warning">{t('yearNeeded')}</p>}
      {preview && <MappingTable target={target} preview={preview} onMapping={setMapping} />}
      {unreadable.length > 0 && (
        <>
          <h3>{t('unreadableTitle')}</h3>
          <ul className="files-unreadable" data-testid="table-import-unreadable">
            {unreadable.map((r) => (
              <li key={r.rowNumber} data-row={r.rowNumber}>
                <strong>{t('rowN', { n: r.rowNumber })}</strong>{' '}
                {r.errors.map((e) => `${columnName(e.column)}: ${lang === 'zh-CN' ? e.zh : e.en}`).join('；')}
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}
