import { type ChangeEvent, useRef, useState } from 'react';
import type { HolidayFileIssue } from '../../../../src-shared/contract-calendar';
import { ApiError } from '../../api/client';
import { currentLang } from '../../i18n';
import { errorText } from '../../state/error-text';
import { useNotices } from '../../state/NoticeContext';
import { useHolidayYears } from '../../state/usePlanCalendar';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { settingsStrings } from './settings-i18n';

/** The failing lines a refused file names (details.lines of a VALIDATION answer), if any. */
function refusedLines(error: unknown): HolidayFileIssue[] {
  if (!(error instanceof ApiError) || error.data.code !== 'VALIDATION') return [];
  const d = error.data.details;
  if (typeof d !== 'object' || d === null || !('lines' in d) || !Array.isArray(d.lines)) return [];
  return d.lines.filter(
    (l): l is HolidayFileIssue =>
      typeof l === 'object' &&
      l !== null &&
      typeof l.line === 'number' &&
      typeof l.zh === 'string' &&
      typeof l.en === 'string',
  );
}

/**
 * Official holiday data: which years the app knows (shipped or imported, with their source), and
 * importing a year's file offline. Workspace-wide, not per plan: every plan uses the same notice.
 */
export function HolidayImport({ startDate, endDate }: { startDate: string; endDate: string }) {
  const { t, i18n } = useBundle('planSettings', settingsStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const years = useHolidayYears();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const known = new Set((years.data ?? []).map((y) => y.year));
  const missing: number[] = [];
  for (let y = Number(startDate.slice(0, 4)); y <= Number(endDate.slice(0, 4)); y++) if (!known.has(y)) missing.push(y);
  const [refusal, setRefusal] = useState<{ message: string; lines: HolidayFileIssue[] } | null>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // picking the same file again after fixing it must fire again
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    try {
      const text = await file.text();
      const r = await api.invoke('calendar/import-holidays', { fileName: file.name, text });
      notices.info(t('holidays.imported', { years: r.years.map((y) => y.year).join(lang === 'zh-CN' ? '、' : ', ') }));
    } catch (error) {
      const lines = refusedLines(error);
      setRefusal({ message: lines.length > 0 ? t('holidays.refused') : errorText(error, lang), lines });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (year: number) => {
    try {
      await api.invoke('calendar/delete-year', { year });
      notices.info(t('holidays.removed', { year }));
    } catch (error) {
      notices.error(error);
    }
  };

  return (
    <fieldset className="settings-section" data-testid="holiday-import">
      <legend>{t('holidays.legend')}</legend>
      <p className="field-hint">{t('holidays.hint')}</p>
      {years.data && missing.length > 0 && (
        <p className="settings-warning" role="status" data-testid="holiday-missing">
          {t('holidays.missing', { years: missing.join(lang === 'zh-CN' ? '、' : ', ') })}
        </p>
      )}
      <table className="table" data-testid="holiday-years">
        <thead>
          <tr>
            <th>{t('holidays.year')}</th>
            <th>{t('holidays.source')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(years.data ?? []).map((y) => (
            <tr key={`${y.year}-${y.origin}`} data-testid="holiday-year" data-year={y.year} data-origin={y.origin}>
              <td className="mono">{y.year}</td>
              <td>
                <span className="muted">
                  {t(`holidays.origin.${y.origin}`)} · {y.official ? t('holidays.official') : t('holidays.unofficial')}
                  {y.replacesShipped ? ` ${t('holidays.replaces')}` : ''}
                </span>{' '}
                {/* The State Council's notice is cited by its Chinese title; the English UI names it in English. */}
                <span title={lang === 'en' ? undefined : y.source}>
                  {lang === 'en' && y.source.includes('国务院办公厅')
                    ? `State Council notice on the ${y.year} public holidays`
                    : y.source}
                </span>
                {y.fileName ? <span className="muted"> ({y.fileName})</span> : null}
              </td>
              <td>
                {y.origin === 'imported' && (
                  <button
                    type="button"
                    className="small danger-text"
                    onClick={() => void remove(y.year)}
                    data-testid={`holiday-delete-${y.year}`}
                  >
                    {t('holidays.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-row settings-after-table">
        <input
          ref={input}
          type="file"
          accept=".txt,.csv,text/plain,text/csv"
          hidden
          onChange={(e) => void onFile(e)}
          data-testid="holiday-file-input"
        />
        <button
          type="button"
          className="small"
          disabled={busy}
          onClick={() => input.current?.click()}
          data-testid="holiday-import-pick"
        >
          {busy ? t('holidays.importing') : t('holidays.pick')}
        </button>
      </div>
      {refusal && (
        <div className="form-error" role="alert" data-testid="holiday-import-errors">
          <div>{refusal.message}</div>
          {refusal.lines.length > 0 && (
            <ul>
              {refusal.lines.map((l) => {
                const message = lang === 'zh-CN' ? l.zh : l.en;
                return (
                  <li key={`${l.line}-${l.en}`} data-testid="holiday-import-error" data-line={l.line}>
                    {l.line > 0 ? t('holidays.line', { line: l.line, message }) : t('holidays.whole', { message })}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </fieldset>
  );
}
