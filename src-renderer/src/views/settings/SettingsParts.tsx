import type { ReactNode } from 'react';

/** A settings section: a fieldset with its legend and, below its fields, the error for it (client or server). */
export function Section({
  legend,
  error,
  field,
  children,
}: {
  legend: string;
  error?: string;
  field: string;
  children: ReactNode;
}) {
  return (
    <fieldset className={`settings-section${error ? ' field-invalid' : ''}`} data-testid={`settings-section-${field}`}>
      <legend>{legend}</legend>
      {children}
      {error && <FieldError field={field} error={error} />}
    </fieldset>
  );
}

export function FieldError({ field, error }: { field: string; error?: string }) {
  if (!error) return null;
  return (
    <div className="field-error" role="alert" data-testid={`settings-error-${field}`}>
      {error}
    </div>
  );
}
