import { isValidDay } from '../../../../src-shared/model';

/** Only what the checks need from i18next, so they run (and are tested) without it. */
export type Translate = (key: string) => string;

/** Describes one input of a simple record form (budget line, risk, KPI, task). */
export type FieldSpec = {
  /** The request field it fills, so the service's VALIDATION paths land on the right input. */
  name: string;
  label: string;
  required?: boolean;
  wide?: boolean;
} & (
  | { kind: 'text' | 'textarea' | 'date' | 'number' | 'integer' | 'money' | 'score' }
  | { kind: 'select'; options: readonly { value: string; label: string }[] }
  | { kind: 'checkbox' }
);

export type FormValues = Record<string, string | boolean>;

const MONEY_RE = /^\d{1,11}(\.\d{1,2})?$/;

/** Yuan as typed ("12,500.00", "¥800") to integer cents; null when it is not an amount. */
export function yuanToCents(text: string): number | null {
  const clean = text.replace(/[,，¥￥\s]/g, '');
  if (!MONEY_RE.test(clean)) return null;
  const [whole, frac = ''] = clean.split('.');
  return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
}

export function centsToYuan(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function formatMoney(cents: number, locale: string): string {
  return (cents / 100).toLocaleString(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
}

export const str = (v: FormValues, key: string): string => {
  const value = v[key];
  return typeof value === 'string' ? value.trim() : '';
};
export const bool = (v: FormValues, key: string): boolean => v[key] === true;
export const nullableStr = (v: FormValues, key: string): string | null => str(v, key) || null;
export const num = (v: FormValues, key: string): number => Number(str(v, key));
export const nullableNum = (v: FormValues, key: string): number | null => (str(v, key) ? Number(str(v, key)) : null);
export const cents = (v: FormValues, key: string): number => yuanToCents(str(v, key) || '0') ?? 0;

/** Client-side checks by kind; the service checks again and its answer is shown the same way. */
export function checkValues(fields: readonly FieldSpec[], values: FormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of fields) {
    if (f.kind === 'checkbox') continue;
    const value = str(values, f.name);
    if (!value) {
      if (f.required) errors[f.name] = t('validation.required');
      continue;
    }
    if (f.kind === 'date' && !isValidDay(value)) errors[f.name] = t('validation.day');
    if (f.kind === 'number' && !Number.isFinite(Number(value))) errors[f.name] = t('validation.number');
    if (f.kind === 'integer' && !/^-?\d+$/.test(value)) errors[f.name] = t('validation.number');
    if (f.kind === 'money' && yuanToCents(value) === null) errors[f.name] = t('validation.money');
    if (f.kind === 'score' && !/^[1-5]$/.test(value)) errors[f.name] = t('validation.score');
  }
  return errors;
}
