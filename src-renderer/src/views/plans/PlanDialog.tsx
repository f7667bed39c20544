import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import { addDays, dayNumber, isValidDay } from '../../../../src-shared/model';
import type { Plan } from '../../../../src-shared/model';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { errorText, fieldIssues } from '../../state/error-text';
import { useWorkspace } from '../../state/WorkspaceContext';
import { todayIso } from '../../util/dates';

type Errors = Partial<Record<'name' | 'startDate' | 'endDate' | '_', string>>;

/** Create a plan (name + date range) or rename one; the plan list opens it. */
export function PlanDialog({
  plan,
  onClose,
  onSaved,
}: {
  plan?: Plan;
  onClose: () => void;
  onSaved: (plan: Plan) => void;
}) {
  const { t, i18n } = useTranslation();
  const { api } = useWorkspace();
  const [name, setName] = useState(plan?.name ?? '');
  const [startDate, setStart] = useState(plan?.startDate ?? todayIso());
  const [endDate, setEnd] = useState(plan?.endDate ?? addDays(todayIso(), 90));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const check = (): Errors => {
    const e: Errors = {};
    if (!name.trim()) e.name = t('validation.required');
    if (!plan) {
      if (!isValidDay(startDate)) e.startDate = t('validation.day');
      if (!isValidDay(endDate)) e.endDate = t('validation.day');
      else if (isValidDay(startDate) && dayNumber(endDate) < dayNumber(startDate))
        e.endDate = t('validation.endBeforeStart');
    }
    return e;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const saved = plan
        ? await api.invoke('plan/update', { id: plan.id, name: name.trim() })
        : await api.invoke('plan/create', { name: name.trim(), startDate, endDate });
      onSaved(saved);
    } catch (error) {
      setErrors({ ...fieldIssues(error, currentLang(i18n.language)), _: errorText(error, currentLang(i18n.language)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={plan ? t('plans.renameTitle') : t('plans.createTitle')}
      onClose={onClose}
      size="small"
      testId="plan-dialog"
    >
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field label={t('plans.name')} error={errors.name}>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('plans.namePlaceholder')}
            autoFocus
            data-testid="plan-name"
          />
        </Field>
        {!plan && (
          <div className="form-row">
            <Field label={t('plans.start')} error={errors.startDate}>
              <DateInput
                lang={currentLang(i18n.language)}
                value={startDate}
                onChange={setStart}
                data-testid="plan-start"
              />
            </Field>
            <Field label={t('plans.end')} error={errors.endDate}>
              <DateInput lang={currentLang(i18n.language)} value={endDate} onChange={setEnd} data-testid="plan-end" />
            </Field>
          </div>
        )}
        {errors._ && (
          <div className="form-error" role="alert">
            {errors._}
          </div>
        )}
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="plan-save">
            {plan ? t('common.save') : t('common.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
