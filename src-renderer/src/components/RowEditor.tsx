import type { ReactNode } from 'react';
import type { DateLang } from '../util/date-text';
import { DateInput } from './DateInput';
import { insertAt, removeAt } from './row-list';
import './row-editor.css';

/**
 * One column of a row editor: its header and the row field its cells edit. A cell is a text input
 * (numbers and amounts stay text until the form is read, so half-typed values are never lost),
 * a date input, or a select over `options`. Checking the values is the form's job when it saves
 * (settings: `toSettings`), which names the row in its message; the editor only holds the text.
 */
export type RowColumn<T> = {
  [K in keyof T & string]: {
    /** Names the cell's control: `${testId}-${id}-${row index}`. */
    id: string;
    header: string;
    field: K;
    /** A date cell, shown and typed in this UI language (DateInput). */
    date?: DateLang;
    inputMode?: 'decimal' | 'numeric';
    placeholder?: (index: number, rows: readonly T[]) => string;
    options?: readonly { value: T[K]; label: string }[];
  };
}[keyof T & string];

interface RowEditorProps<T> {
  rows: readonly T[];
  columns: readonly RowColumn<T>[];
  /** Receives the whole edited list; the form keeps it until it is saved. */
  onChange: (rows: T[]) => void;
  /** On each row; `${testId}-${column id}-${index}` on each cell's control; `${testId}-add` on the add button. */
  testId: string;
  newRow: (rows: readonly T[]) => T;
  /** Where a new row goes; at the end unless said. */
  addAt?: (rows: readonly T[]) => number;
  /** The list never gets shorter than this: the remove buttons are disabled at it. */
  minRows?: number;
  /** A stable key where rows have one; the index otherwise. */
  rowKey?: (row: T, index: number) => string | number;
  /** In the UI language. With `empty`, a list without rows shows that line instead of the table. */
  labels: { add: string; remove: string; empty?: string };
  /** What stands on the add button's line, before and after it (a total, a field of the same section). */
  before?: ReactNode;
  after?: ReactNode;
}

/**
 * A table of rows edited in place: a column per field, a remove button per row, an add button
 * below. Every control is named by its column header and row number, for screen readers and tests.
 */
export function RowEditor<T extends { [field: string]: string }>({
  rows,
  columns,
  onChange,
  testId,
  newRow,
  addAt,
  minRows = 0,
  rowKey,
  labels,
  before,
  after,
}: RowEditorProps<T>) {
  const edit = (i: number, field: keyof T & string, value: string) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, [field]: value } : row)));
  return (
    <>
      {rows.length === 0 && labels.empty !== undefined ? (
        <p className="muted">{labels.empty}</p>
      ) : (
        <table className="table row-editor">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.id}>{c.header}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={rowKey ? rowKey(row, i) : i} data-testid={testId}>
                {columns.map((c) => {
                  const control = {
                    value: row[c.field],
                    'aria-label': `${c.header} ${i + 1}`,
                    'data-testid': `${testId}-${c.id}-${i}`,
                  };
                  return (
                    <td key={c.id}>
                      {c.options ? (
                        <select
                          {...control}
                          // Only an offered value is taken; anything else keeps the row as it is.
                          onChange={(e) =>
                            edit(i, c.field, c.options?.find((o) => o.value === e.target.value)?.value ?? control.value)
                          }
                        >
                          {c.options.map((o) => (
                            <option key={o.value} value={o.value}>
                              {o.label}
                            </option>
                          ))}
                        </select>
                      ) : c.date ? (
                        <DateInput {...control} lang={c.date} onChange={(v) => edit(i, c.field, v)} />
                      ) : (
                        <input
                          {...control}
                          inputMode={c.inputMode}
                          placeholder={c.placeholder?.(i, rows)}
                          onChange={(e) => edit(i, c.field, e.target.value)}
                        />
                      )}
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    className="small danger-text"
                    disabled={rows.length <= minRows}
                    onClick={() => onChange(removeAt(rows, i))}
                  >
                    {labels.remove}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-row row-editor-footer">
        {before}
        <button
          type="button"
          className="small"
          onClick={() => onChange(insertAt(rows, addAt ? addAt(rows) : rows.length, newRow(rows)))}
          data-testid={`${testId}-add`}
        >
          + {labels.add}
        </button>
        {after}
      </div>
    </>
  );
}
