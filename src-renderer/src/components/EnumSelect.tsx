import { useTranslation } from 'react-i18next';

interface EnumSelectProps<T extends string> {
  values: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** The i18n prefix of the value names, e.g. `enum.activityType`. */
  labelKey: string;
  testId?: string;
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A select over one of the model's enums, with each value's name in the UI language. */
export function EnumSelect<T extends string>({
  values,
  value,
  onChange,
  labelKey,
  testId,
  ...aria
}: EnumSelectProps<T>) {
  const { t } = useTranslation();
  return (
    <select
      {...aria}
      value={value}
      onChange={(e) => onChange(values.find((v) => v === e.target.value) ?? value)}
      data-testid={testId}
    >
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`${labelKey}.${v}`)}
        </option>
      ))}
    </select>
  );
}
