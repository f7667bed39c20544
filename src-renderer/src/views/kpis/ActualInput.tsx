import { useState } from 'react';
import type { Kpi } from '../../../../src-shared/model';

interface Props {
  kpi: Kpi;
  invalidText: string;
  onSave: (actual: number | null) => void;
}

/**
 * The actual, editable in the table: planners update actuals weekly and should not need a dialog
 * for it. Saves on Enter or leaving the field; a value that is not a number is refused in place
 * (red, with the reason) and the stored one stays.
 */
export function ActualInput({ kpi, invalidText, onSave }: Props) {
  const stored = kpi.actual === null ? '' : String(kpi.actual);
  const [text, setText] = useState(stored);
  const [bad, setBad] = useState(false);

  const commit = () => {
    const clean = text.replace(/[,，%\s]/g, '');
    const value = clean === '' ? null : Number(clean);
    if (value !== null && !Number.isFinite(value)) {
      setBad(true);
      setText(stored);
      return;
    }
    setBad(false);
    if (value !== kpi.actual) onSave(value);
  };

  return (
    <input
      className={bad ? 'kpi-actual invalid' : 'kpi-actual'}
      value={text}
      inputMode="decimal"
      title={bad ? invalidText : undefined}
      aria-invalid={bad}
      aria-label={kpi.name}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setText(stored);
      }}
      data-testid="kpi-actual-input"
    />
  );
}
