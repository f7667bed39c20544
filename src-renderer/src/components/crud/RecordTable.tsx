import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
  /** A short value (a status, a name, a score) kept on one line rather than wrapped a character a line. */
  short?: boolean;
}

const cellClass = (c: Pick<Column<never>, 'numeric' | 'short'>) =>
  [c.numeric && 'num', c.short && 'nowrap'].filter(Boolean).join(' ') || undefined;

interface RecordTableProps<T extends { id: string }> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  onEdit: (row: T) => void;
  onDelete: (row: T) => void;
  testId: string;
  footer?: ReactNode;
}

/** A compact read-only table with edit/delete per row. */
export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  onEdit,
  onDelete,
  testId,
  footer,
}: RecordTableProps<T>) {
  const { t } = useTranslation();
  if (rows.length === 0) return <p className="empty">{t('common.empty')}</p>;
  return (
    <table className="table" data-testid={testId}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} className={cellClass(c)}>
              {c.header}
            </th>
          ))}
          <th className="col-actions">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid={`${testId}-row`} onDoubleClick={() => onEdit(row)}>
            {columns.map((c) => (
              <td key={c.header} className={cellClass(c)}>
                {c.cell(row)}
              </td>
            ))}
            <td className="col-actions">
              <button type="button" className="small" onClick={() => onEdit(row)} data-testid="row-edit">
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="small danger-text"
                onClick={() => onDelete(row)}
                data-testid="row-delete"
              >
                {t('common.delete')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
      {footer && <tfoot>{footer}</tfoot>}
    </table>
  );
}
