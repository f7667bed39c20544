import { type ReactElement, cloneElement, useId } from 'react';

interface FieldProps {
  label: string;
  error?: string;
  hint?: string;
  /** The control; it receives id and aria attributes so the label and error belong to it. */
  children: ReactElement<{ id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }>;
  wide?: boolean;
}

export function Field({ label, error, hint, children, wide }: FieldProps) {
  const id = useId();
  const messageId = `${id}-msg`;
  const control = cloneElement(children, {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error || hint ? messageId : undefined,
  });
  return (
    <div className={`field${wide ? ' field-wide' : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {control}
      {error ? (
        <div id={messageId} className="field-error" role="alert">
          {error}
        </div>
      ) : (
        hint && (
          <div id={messageId} className="field-hint">
            {hint}
          </div>
        )
      )}
    </div>
  );
}

export function CheckboxField({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field field-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
