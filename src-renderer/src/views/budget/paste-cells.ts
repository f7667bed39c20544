import type { GridApi } from 'ag-grid-community';
import { splitTsv } from '../../../../src-shared/budget/paste';
import type { BudgetLine } from '../../../../src-shared/model';
import type { EditableField } from './budget-columns';
import type { GridRow } from './budget-rows';

/** At most this many columns count as a block of cells; wider text is whole rows for the dialog. */
const BLOCK_COLUMNS = 3;
const EDITABLE = new Set<string>([
  'activityId',
  'phase',
  'category',
  'description',
  'plannedCents',
  'committedCents',
  'actualCents',
  'date',
  'unplanned',
  'approvalStatus',
  'approvedBy',
  'notes',
]);
const isEditable = (colId: string): colId is EditableField => EDITABLE.has(colId);

/**
 * Pastes a value or a block (Excel's tab-separated cells) into the grid from the focused cell:
 * each cell goes through the same edit as typing into it (parsed, checked, saved or refused with
 * the reason). Returns false, touching nothing, when no line cell is focused or the text is
 * wider than a block, so the caller offers it as whole rows instead.
 */
export function pasteIntoCells(
  api: GridApi<GridRow>,
  text: string,
  onEdit: (line: BudgetLine, field: EditableField, value: unknown) => void,
): boolean {
  const focused = api.getFocusedCell();
  if (!focused) return false;
  const rows = splitTsv(text.replace(/\r?\n$/, ''));
  if (rows.length === 0 || rows.some((r) => r.length > BLOCK_COLUMNS)) return false;
  const columns = api.getAllDisplayedColumns();
  const first = columns.findIndex((c) => c.getColId() === focused.column.getColId());
  const start = api.getDisplayedRowAtIndex(focused.rowIndex)?.data;
  if (first < 0 || start?.kind !== 'line' || !isEditable(focused.column.getColId())) return false;
  rows.forEach((cells, r) => {
    const row = api.getDisplayedRowAtIndex(focused.rowIndex + r)?.data;
    if (row?.kind !== 'line') return;
    cells.forEach((value, c) => {
      const colId = columns[first + c]?.getColId();
      if (colId && isEditable(colId)) onEdit(row.line, colId, value);
    });
  });
  return true;
}
