import { type FormEvent, useEffect, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { ApiError } from '../../api/client';
import { type Lang, currentLang } from '../../i18n';
import { errorText } from '../../state/error-text';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { AssumptionSection } from './AssumptionSection';
import { BlackoutSection, CustomHolidaySection } from './DateSections';
import { GeneralSection, SegmentSection, WeekSection } from './GeneralSections';
import { HolidayImport } from './HolidayImport';
import { ApprovalSection, BudgetPhaseSection, RiskBandSection } from './MoneySections';
import { type FieldErrors, type SettingsDraft, fieldOfIssuePath, toDraft, toSettings } from './settings-draft';
import { settingsStrings } from './settings-i18n';
import './settings.css';

/** The server's VALIDATION issues, each under the field it names, in the UI language when the server sent it. */
function serverErrors(error: unknown, lang: Lang, format: (message: string) => string): FieldErrors {
  if (!(error instanceof ApiError) || error.data.code !== 'VALIDATION') return {};
  const d = error.data.details;
  if (typeof d !== 'object' || d === null || !('issues' in d) || !Array.isArray(d.issues)) return {};
  const out: FieldErrors = {};
  for (const issue of d.issues) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, message, messageZh } = issue as { path?: unknown; message?: unknown; messageZh?: unknown };
    if (typeof path !== 'string' || typeof message !== 'string') continue;
    const text = lang === 'zh-CN' && typeof messageZh === 'string' ? messageZh : message;
    out[fieldOfIssuePath(path)] ??= format(text);
  }
  return out;
}

/**
 * Plan settings, edited as a whole and saved with one click: the settings, the time zone and the
 * currency are replaced in ONE undoable edit (plan/update-settings). Saving unchanged values
 * records nothing.
 */
export function SettingsView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('planSettings', settingsStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  // While nothing is typed, the form shows the snapshot as it is now (so undo shows at once).
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // After a save the typed values stay up until the refreshed snapshot (which holds them) arrives,
  // instead of flashing the previously stored ones in between.
  const [savedFrom, setSavedFrom] = useState<PlanSnapshot | null>(null);
  useEffect(() => {
    if (savedFrom && snapshot !== savedFrom) {
      setDraft(null);
      setSavedFrom(null);
    }
  }, [snapshot, savedFrom]);
  const shown = draft ?? toDraft(snapshot.plan, snapshot.settings);
  const set = (patch: Partial<SettingsDraft>) => {
    setSavedFrom(null); // typing again after a save: this draft is new work, keep it
    setDraft({ ...shown, ...patch });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const read = toSettings(shown, lang);
    if (!read.ok) {
      setErrors({ ...read.errors, _: t('refused') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      // One call, one undo step: settings, time zone and currency together.
      const { timeZone, currency } = shown;
      await api.invoke('plan/update-settings', {
        planId: snapshot.plan.id,
        settings: read.settings,
        timeZone: timeZone.trim(),
        currency: currency.trim(),
      });
      setSavedFrom(snapshot);
      notices.info(t('saved'));
    } catch (error) {
      const fields = serverErrors(error, lang, (message) => t('serverIssue', { message }));
      setErrors({ ...fields, _: Object.keys(fields).length > 0 ? t('refused') : errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  const props = { draft: shown, set, errors };
  return (
    <form className="settings-view form" onSubmit={(e) => void save(e)} noValidate data-testid="settings-view">
      <div className="toolbar">
        <h2>{t('title')}</h2>
        {draft && !savedFrom && (
          <span className="muted" data-testid="settings-dirty">
            {t('unsaved')}
          </span>
        )}
        <div className="toolbar-spacer" />
        <button
          type="button"
          disabled={!draft || busy || savedFrom !== null}
          onClick={() => {
            setDraft(null);
            setErrors({});
          }}
        >
          {t('reset')}
        </button>
        <button type="submit" className="primary" disabled={busy} data-testid="settings-save">
          {busy ? t('saving') : t('save')}
        </button>
      </div>
      {errors._ && (
        <div className="form-error" role="alert" data-testid="settings-error">
          {errors._}
        </div>
      )}
      <div className="settings-grid">
        <div className="settings-column">
          <GeneralSection {...props} />
          <WeekSection {...props} />
          <SegmentSection {...props} />
          <RiskBandSection {...props} />
          <BlackoutSection {...props} />
          <CustomHolidaySection {...props} />
        </div>
        <div className="settings-column">
          <AssumptionSection {...props} />
          <BudgetPhaseSection {...props} />
          <ApprovalSection {...props} />
          <HolidayImport startDate={snapshot.plan.startDate} endDate={snapshot.plan.endDate} />
        </div>
      </div>
    </form>
  );
}
