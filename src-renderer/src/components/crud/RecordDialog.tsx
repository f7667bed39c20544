import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../DateInput';
import { currentLang } from '../../i18n';
import { errorText, fieldIssues } from '../../state/error-text';
import { CheckboxField, Field } from '../Field';
import { Modal } from '../Modal';
import { type FieldSpec, type FormValues, checkValues } from './form-values';

interface RecordDialogProps {
  title: string;
  fields: readonly FieldSpec[];
  initial: FormValues;
  /** Saves; throws the service's error, which is shown next to the fields it names. */
  onSubmit: (values: FormValues) => Promise<void>;
  onClose: () => void;
  testId: string;
}

/** A plain form for the record tables of this issue; the dedicated views of issue 5 replace it. */
export function RecordDialog({ title, fields, initial, onSubmit, onClose, testId }: RecordDialogProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const set = (name: string, value: string | boolean) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors(({ [name]: _gone, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkValues(fields, values, (key) => t(key));
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      setErrors({ ...fieldIssues(error, currentLang(i18n.language)), _: errorText(error, currentLang(i18n.language)) });
    } finally {
      setBusy(false);
    }
  };

  const control = (f: FieldSpec) => {
    const value = values[f.name];
    const text = typeof value === 'string' ? value : '';
    const testId = `field-${f.name}`;
    switch (f.kind) {
      case 'select':
        return (
          <select value={text} onChange={(e) => set(f.name, e.target.value)} data-testid={testId}>
            {!f.required && <option value="">{t('common.none')}</option>}
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        );
      case 'textarea':
        return <textarea rows={3} value={text} onChange={(e) => set(f.name, e.target.value)} data-testid={testId} />;
      case 'date':
        return (
          <DateInput
            lang={currentLang(i18n.language)}
            value={text}
            onChange={(v) => set(f.name, v)}
            data-testid={testId}
          />
        );
      case 'checkbox':
        return null;
      default:
        return (
          <input
            inputMode={f.kind === 'text' ? undefined : 'decimal'}
            value={text}
            onChange={(e) => set(f.name, e.target.value)}
            data-testid={testId}
          />
        );
    }
  };

  return (
    <Modal title={title} onClose={onClose} testId={testId}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          {fields.map((f) => {
            if (f.kind === 'checkbox') {
              return (
                <CheckboxField
                  key={f.name}
                  label={f.label}
                  checked={values[f.name] === true}
                  onChange={(v) => set(f.name, v)}
                  testId={`field-${f.name}`}
                />
              );
            }
            const input = control(f);
            return (
              input && (
                <Field key={f.name} label={f.required ? `${f.label} *` : f.label} error={errors[f.name]} wide={f.wide}>
                  {input}
                </Field>
              )
            );
          })}
        </div>
        {errors._ && (
          <div className="form-error" role="alert">
            {errors._}
          </div>
        )}
        <div className="form-actions">
          <div className="toolbar-spacer" />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="record-save">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
