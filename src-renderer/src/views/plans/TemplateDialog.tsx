import { type FormEvent, useState } from 'react';
import type { Plan } from '../../../../src-shared/model';
import type { TemplateId } from '../../../../src-shared/templates';
import type { TemplateNotice } from '../../../../src-shared/templates/draft';
import { DateInput } from '../../components/DateInput';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { errorText, fieldIssues } from '../../state/error-text';
import { useWorkspace } from '../../state/WorkspaceContext';
import { todayIso } from '../../util/dates';
import { useBundle } from '../budget/use-bundle';
import {
  BUDGET_SOURCE,
  DEFAULT_REVENUE_PER_MEMBER,
  TEMPLATE_IDS,
  TEMPLATE_INFO,
  type TemplateErrors,
  type TemplateForm,
  initialForm,
  suggestedName,
  toRequest,
} from './template-form';
import { templateStrings } from './templates-i18n';

type Created = { plan: Plan; notices: TemplateNotice[] };

/**
 * "New plan from template": the template, its year or start date, the name and the scale.
 * The service builds the whole plan in one undoable edit. Notices (a year without official
 * holiday data, a clash the template had to accept) are shown before the calendar opens,
 * because they change how far the planner can trust the dates.
 */
export function TemplateDialog({
  onClose,
  onOpen,
  templateId,
}: {
  onClose: () => void;
  onOpen: (planId: string) => void;
  /** The template chosen before the dialog opened (a first-start card), else the first. */
  templateId?: TemplateId;
}) {
  const { t, i18n } = useBundle('templates', templateStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const [form, setForm] = useState<TemplateForm>(() => ({
    ...initialForm(todayIso()),
    ...(templateId ? { templateId } : {}),
  }));
  const [errors, setErrors] = useState<TemplateErrors>({});
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  const set = (patch: Partial<TemplateForm>) => setForm((f) => ({ ...f, ...patch }));
  const name = form.nameEdited ? form.planName : suggestedName(form, (vars) => t('templates:defaultName', vars), lang);
  const unit = TEMPLATE_INFO[form.templateId].unit;
  const budgetSource = BUDGET_SOURCE[form.templateId];
  const money = (yuan: number) => yuan.toLocaleString('en-US');
  const budgetHint =
    budgetSource.kind === 'document'
      ? t('templates:budgetDoc', { value: money(budgetSource.yuan ?? 0) })
      : budgetSource.kind === 'fixed'
        ? t('templates:budgetFixed', { value: money(budgetSource.yuan ?? 0) })
        : t('templates:budgetDerived');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = toRequest(form, name, {
      required: t('translation:validation.required'),
      day: t('translation:validation.day'),
      yearRange: t('templates:yearRange'),
      scaleRange: t('templates:scaleRange'),
      budgetRange: t('templates:budgetRange'),
      revenueRange: t('templates:revenueRange'),
    });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const result = await api.invoke('plan/create-from-template', { ...checked.request, language: lang });
      if (result.notices.length === 0) onOpen(result.plan.id);
      else setCreated(result);
    } catch (error) {
      setErrors({ ...fieldIssues(error, lang), _: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Modal title={t('templates:created', { name: created.plan.name })} onClose={onClose} testId="template-dialog">
        <div className="form">
          <p>{t('templates:noticesTitle')}</p>
          <ul className="template-notices" data-testid="template-notices">
            {created.notices.map((n) => (
              <li key={n.en}>{n[lang]}</li>
            ))}
          </ul>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              onClick={() => onOpen(created.plan.id)}
              data-testid="template-open-plan"
              autoFocus
            >
              {t('templates:openCalendar')}
            </button>
          </div>
        </div>
      </Modal>
    );
  }

  return (
    <Modal title={t('templates:title')} onClose={onClose} testId="template-dialog">
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset>
          <legend>{t('templates:template')}</legend>
          <div className="template-choices" role="radiogroup" aria-label={t('templates:template')}>
            {TEMPLATE_IDS.map((id) => (
              <label key={id} className="template-choice" data-testid={`template-option-${id}`}>
                <input
                  type="radio"
                  name="template"
                  value={id}
                  checked={form.templateId === id}
                  onChange={() => set({ templateId: id })}
                />
                <span>
                  <strong>{lang === 'zh-CN' ? TEMPLATE_INFO[id].nameZh : TEMPLATE_INFO[id].nameEn}</strong>
                  <span className="muted">{t(`templates:describe.${id}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-row">
          {unit === 'year' ? (
            <Field label={t('templates:year')} error={errors.year} hint={t('templates:yearHint')}>
              <input
                type="number"
                min={2000}
                max={2100}
                value={form.year}
                onChange={(e) => set({ year: e.target.value })}
                data-testid="template-year"
              />
            </Field>
          ) : (
            <Field label={t('templates:startDate')} error={errors.startDate}>
              <DateInput
                lang={lang}
                value={form.startDate}
                onChange={(startDate) => set({ startDate })}
                data-testid="template-start"
              />
            </Field>
          )}
          <Field
            label={t('templates:scale')}
            error={errors.scale}
            hint={
              lang === 'en'
                ? `${t('templates:scaleHint')} (${t('templates:scaleSource')})`
                : `${t('templates:scaleHint')}（${t('templates:scaleSource')}）`
            }
          >
            <input
              type="number"
              min={100}
              step={100}
              value={form.scale}
              onChange={(e) => set({ scale: e.target.value })}
              data-testid="template-scale"
            />
          </Field>
        </div>
        <div className="form-row" data-testid="template-assumptions">
          <Field label={t('templates:budget')} error={errors.budget} hint={budgetHint}>
            <input
              inputMode="numeric"
              value={budgetSource.kind === 'fixed' ? '' : form.budget}
              placeholder={budgetSource.yuan ? money(budgetSource.yuan) : ''}
              disabled={budgetSource.kind === 'fixed'}
              onChange={(e) => set({ budget: e.target.value })}
              data-testid="template-budget"
            />
          </Field>
          {form.templateId === 'city_promotion' && (
            <Field
              label={t('templates:revenue')}
              error={errors.revenue}
              hint={t('templates:revenueHint', { value: money(DEFAULT_REVENUE_PER_MEMBER) })}
            >
              <input
                inputMode="decimal"
                value={form.revenue}
                placeholder={money(DEFAULT_REVENUE_PER_MEMBER)}
                onChange={(e) => set({ revenue: e.target.value })}
                data-testid="template-revenue"
              />
            </Field>
          )}
        </div>
        <p className="muted">{t('templates:assumptionsNote')}</p>
        <Field label={t('templates:planName')} error={errors.planName}>
          <input
            value={name}
            onChange={(e) => set({ planName: e.target.value, nameEdited: true })}
            data-testid="template-name"
          />
        </Field>
        {errors._ && (
          <div className="form-error" role="alert">
            {errors._}
          </div>
        )}
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('translation:common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="template-create">
            {busy ? t('templates:creating') : t('templates:create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
