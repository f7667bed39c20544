import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import {
  AllCommunityModule,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type RowClassParams,
  ModuleRegistry,
  themeQuartz,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useGridLocale } from '../../components/grid-locale';
import type { GridRow, SubtotalRow } from './budget-rows';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({ fontSize: 13, headerFontSize: 13, spacing: 5 });
// No sorting or filtering: they would tear subtotal rows away from the lines they add up.
const defaultColDef: ColDef<GridRow> = { sortable: false, suppressMovable: true, resizable: true, cellDataType: false };
const selection = {
  mode: 'multiRow' as const,
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
  isRowSelectable: (node: { data?: GridRow }) => node.data?.kind === 'line',
};

interface Props {
  /** Text for an empty grid, in the planner's language. */
  emptyText: string;
  rows: GridRow[];
  total: SubtotalRow;
  columns: ColDef<GridRow>[];
  onReady: (api: GridApi<GridRow>) => void;
  /** Keys pressed on a cell that is not being edited (Delete, Ctrl+D). */
  onKey: (e: KeyboardEvent) => void;
}

/**
 * AG Grid Community showing lines and our subtotal rows; edits go out through the column setters.
 * Memoized: the plan view re-renders on every workspace revision, the grid only when its rows do.
 */
export const BudgetGrid = memo(function BudgetGrid({ emptyText, rows, total, columns, onReady, onKey }: Props) {
  const localeText = useGridLocale(emptyText);
  const api = useRef<GridApi<GridRow> | null>(null);
  const rowData = useRowTransactions(rows, api);
  const getRowId = useCallback((p: GetRowIdParams<GridRow>) => p.data.id, []);
  const getRowClass = useCallback(
    (p: RowClassParams<GridRow>) => (p.data && p.data.kind !== 'line' ? `budget-sub budget-sub-${p.data.kind}` : ''),
    [],
  );
  return (
    <div className="budget-grid" data-testid="budget-grid">
      <AgGridReact<GridRow>
        theme={theme}
        rowData={rowData}
        pinnedBottomRowData={[total]}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        getRowClass={getRowClass}
        rowSelection={selection}
        stopEditingWhenCellsLoseFocus
        animateRows={false}
        localeText={localeText}
        suppressAnimationFrame
        suppressDragLeaveHidesColumns
        onGridReady={(e) => {
          api.current = e.api;
          onReady(e.api);
        }}
        onCellKeyDown={(e) => {
          if (!e.api.getEditingCells().length && e.event instanceof KeyboardEvent) onKey(e.event);
        }}
      />
    </div>
  );
});

/**
 * A single edited line changes three rows (the line, its activity and phase subtotals). Handing
 * AG Grid a new 10,000-row array makes it diff every row; an update transaction touches only the
 * rows that changed. So the rowData prop keeps the array the grid was last given whole, and
 * same-shaped changes (same rows in the same order) go in as transactions.
 */
function useRowTransactions(rows: GridRow[], api: { current: GridApi<GridRow> | null }): GridRow[] {
  const handed = useRef(rows);
  const held = useRef(rows);
  const patch = api.current && sameShape(held.current, rows) ? rows.filter((r, i) => r !== held.current[i]) : null;
  if (patch === null) handed.current = rows;
  useLayoutEffect(() => {
    if (patch && patch.length > 0) api.current?.applyTransaction({ update: patch });
    held.current = rows;
  });
  return handed.current;
}

function sameShape(a: readonly GridRow[], b: readonly GridRow[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id) return false;
  return true;
}
