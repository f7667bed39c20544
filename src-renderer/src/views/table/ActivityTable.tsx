import { memo, useCallback, useMemo } from 'react';
import {
  AllCommunityModule,
  type CellClickedEvent,
  type ColDef,
  type GetRowIdParams,
  type GridApi,
  type GridState,
  type IRowNode,
  type IsFullWidthRowParams,
  ModuleRegistry,
  type PostSortRowsParams,
  type RowClassParams,
  themeQuartz,
} from 'ag-grid-community';
import { AgGridReact, type CustomCellRendererProps } from 'ag-grid-react';
import { useGridLocale } from '../../components/grid-locale';
import { regroupInPlace } from '../shared/group-rows';
import { type ActivityRow, type GroupRow, type TableRow, isGroup } from './table-rows';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({ fontSize: 13, headerFontSize: 13, spacing: 4 });
const defaultColDef: ColDef<TableRow> = { sortable: true, resizable: true, cellDataType: false, floatingFilter: false };
const selection = {
  mode: 'multiRow' as const,
  // Click, Shift+click and Ctrl+click select, as in the budget grid and a spreadsheet.
  checkboxes: false,
  headerCheckbox: false,
  enableClickSelection: true,
  isRowSelectable: (node: IRowNode<TableRow>) => !isGroup(node.data),
};

interface Props {
  rows: TableRow[];
  /** Sort, filters and column widths to start from (kept across a change of grouping). */
  initialState?: GridState;
  columns: ColDef<TableRow>[];
  emptyText: string;
  /** The quick search, lower-cased; matched against each activity's `searchText`. */
  query: string;
  searchText: (row: ActivityRow) => string;
  groupLabel: (row: GroupRow) => string;
  onReady: (api: GridApi<TableRow>) => void;
  onSelection: (ids: string[]) => void;
  onConflicts: (row: ActivityRow) => void;
  onOpen: (row: ActivityRow) => void;
  onCopy: () => void;
}

/**
 * AG Grid Community over the activity rows, with our own group header rows (full-width) kept
 * at the head of their groups whatever the sort, filter or search (see postSortRows).
 * Memoized: the calendar view re-renders on every revision, the grid only when its props do.
 */
export const ActivityTable = memo(function ActivityTable(props: Props) {
  const {
    rows,
    initialState,
    columns,
    emptyText,
    query,
    searchText,
    groupLabel,
    onReady,
    onSelection,
    onConflicts,
    onOpen,
    onCopy,
  } = props;
  const localeText = useGridLocale(emptyText);
  const getRowId = useCallback((p: GetRowIdParams<TableRow>) => p.data.id, []);
  const isFullWidthRow = useCallback((p: IsFullWidthRowParams<TableRow>) => isGroup(p.rowNode.data), []);
  const getRowClass = useCallback((p: RowClassParams<TableRow>) => (isGroup(p.data) ? 'table-group-row' : ''), []);
  const postSortRows = useCallback((p: PostSortRowsParams<TableRow>) => {
    regroupInPlace(
      p.nodes,
      (n) => n.data?.group ?? '',
      (n) => isGroup(n.data),
    );
  }, []);
  const isExternalFilterPresent = useCallback(() => query !== '', [query]);
  const doesExternalFilterPass = useCallback(
    (node: IRowNode<TableRow>) => !node.data || isGroup(node.data) || searchText(node.data).includes(query),
    [query, searchText],
  );
  const FullWidth = useMemo(
    () =>
      function GroupHeader(p: CustomCellRendererProps<TableRow>) {
        return isGroup(p.data) ? (
          <div className="table-group-header" data-testid="table-group" data-group={p.data.group}>
            {groupLabel(p.data)}
          </div>
        ) : null;
      },
    [groupLabel],
  );
  return (
    <div className="activity-table" data-testid="activity-table">
      <AgGridReact<TableRow>
        theme={theme}
        rowData={rows}
        initialState={initialState}
        columnDefs={columns}
        defaultColDef={defaultColDef}
        getRowId={getRowId}
        getRowClass={getRowClass}
        isFullWidthRow={isFullWidthRow}
        fullWidthCellRenderer={FullWidth}
        postSortRows={postSortRows}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        rowSelection={selection}
        stopEditingWhenCellsLoseFocus
        animateRows={false}
        suppressAnimationFrame
        // Rows are virtualised (a small buffer: 2,000 rows open fast); all columns are drawn, so a
        // row scrolled into view is whole.
        rowBuffer={4}
        suppressColumnVirtualisation
        localeText={localeText}
        onGridReady={(e) => onReady(e.api)}
        onSelectionChanged={(e) =>
          onSelection(e.api.getSelectedNodes().flatMap((n) => (n.data && !isGroup(n.data) ? [n.data.id] : [])))
        }
        onCellClicked={(e: CellClickedEvent<TableRow>) => {
          if (e.colDef.colId === 'conflicts' && e.data && !isGroup(e.data) && e.data.conflicts.length)
            onConflicts(e.data);
        }}
        onCellDoubleClicked={(e) => {
          if (e.data && !isGroup(e.data) && !e.colDef.editable) onOpen(e.data);
        }}
        onCellKeyDown={(e) => {
          const k = e.event;
          if (!(k instanceof KeyboardEvent) || e.api.getEditingCells().length) return;
          if ((k.ctrlKey || k.metaKey) && k.key.toLowerCase() === 'c') onCopy();
        }}
      />
    </div>
  );
});
