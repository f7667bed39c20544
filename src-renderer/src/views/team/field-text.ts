import type { FieldValue } from '../../../../src-shared/contract-merge';
import { FIELD_LABELS } from '../../../../src-shared/field-labels';
import type { Lang } from '../../i18n';

/** What planners call a stored column (expected_participants → 预计参与人数); null for one without a name. */
export function fieldLabel(column: string, lang: Lang): string | null {
  const camel = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return (FIELD_LABELS[camel] ?? FIELD_LABELS[column])?.[lang] ?? null;
}

/** A field's value as shown in a list; an empty one says so instead of showing nothing. */
export function valueText(value: FieldValue, empty: string): string {
  return value === null || value === '' ? empty : String(value);
}
