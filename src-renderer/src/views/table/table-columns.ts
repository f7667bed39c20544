import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { formatCny } from '../../../../src-shared/budget/money';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus } from '../../../../src-shared/model';
import { pick } from '../shared/options';
import { type ActivityRow, type TableRow, isGroup } from './table-rows';

export interface TableColumnContext {
  t: TFunction;
  /** The plan the table edits; other plans' rows are read-only. */
  planId: string;
  showPlan: boolean;
  onStart: (a: Activity, text: string) => void;
  onEnd: (a: Activity, text: string) => void;
  onTitle: (a: Activity, title: string) => void;
  onStatus: (a: Activity, status: ActivityStatus) => void;
  /** Where the activity stood in the reference 定稿 and how many days it has moved since; null when unchanged or no reference. */
  baselineOf: (id: string) => { start: string; shiftDays: number } | null;
}

type Row = TableRow;
const act = (p: { data: Row | undefined }): ActivityRow | null => (p.data && !isGroup(p.data) ? p.data : null);
/** A date-time as a planner reads it: "2027-03-08 14:00". */
export const showDate = (v: string) => v.replace('T', ' ');

/**
 * Text filters let the group header rows through (they carry no values of their own), so a
 * filter narrows the activities inside each group; empty groups are dropped by the regroup.
 */
const textFilter = {
  filter: 'agTextColumnFilter',
  filterParams: {
    textMatcher: (p: {
      data: Row;
      filterOption: string | null | undefined;
      value: string;
      filterText: string | null;
    }) => {
      if (isGroup(p.data)) return true;
      const v = p.value;
      const f = p.filterText ?? '';
      switch (p.filterOption) {
        case 'notContains':
          return !v.includes(f);
        case 'equals':
          return v === f;
        case 'notEqual':
          return v !== f;
        case 'startsWith':
          return v.startsWith(f);
        case 'endsWith':
          return v.endsWith(f);
        default:
          return v.includes(f);
      }
    },
  },
} satisfies Partial<ColDef<Row>>;
/** Number filters: a group header's value is blank, and blanks pass. */
const numberFilter = {
  filter: 'agNumberColumnFilter',
  filterParams: {
    includeBlanksInEquals: true,
    includeBlanksInNotEqual: true,
    includeBlanksInGreaterThan: true,
    includeBlanksInLessThan: true,
    includeBlanksInRange: true,
  },
} satisfies Partial<ColDef<Row>>;

/** Text of a group header row's values: '' (not null, so text filters ask our matcher). */
const text = (get: (r: ActivityRow) => string) => (p: ValueGetterParams<Row>) => {
  const r = act(p);
  return r ? get(r) : '';
};
const num = (get: (r: ActivityRow) => number | null) => (p: ValueGetterParams<Row>) => {
  const r = act(p);
  // An activity without a figure is NaN, not blank: only group headers pass every number filter.
  return r ? (get(r) ?? Number.NaN) : null;
};
const blankNaN = (p: ValueFormatterParams<Row>) =>
  typeof p.value === 'number' && !Number.isNaN(p.value) ? String(p.value) : '';
const yuan = (p: ValueFormatterParams<Row>) =>
  typeof p.value === 'number' && !Number.isNaN(p.value) ? formatCny(Math.round(p.value * 100)) : '';

/** The table's columns; `colId`s are also the keys of the TSV copy and the e2e selectors. */
export function tableColumns(c: TableColumnContext): ColDef<Row>[] {
  const { t } = c;
  const editable = (p: { data: Row | undefined }) => act(p)?.activity.planId === c.planId;
  const editCell = (p: { data: Row | undefined }) => (editable(p) ? 'table-editable' : '');
  const columns: ColDef<Row>[] = [
    {
      colId: 'title',
      headerName: t('col.title'),
      width: 220,
      pinned: 'left',
      editable,
      cellClass: editCell,
      valueGetter: text((r) => r.activity.title),
      valueSetter: (p) => {
        const r = act(p);
        const title = String(p.newValue ?? '').trim();
        if (r && title && title !== r.activity.title) c.onTitle(r.activity, title);
        return false; // the service's answer replaces the row
      },
      ...textFilter,
    },
    {
      colId: 'type',
      headerName: t('col.type'),
      width: 110,
      valueGetter: text((r) => t(`translation:enum.activityType.${r.activity.type}`)),
      ...textFilter,
    },
    {
      colId: 'start',
      headerName: t('col.start'),
      width: 140,
      editable,
      cellClass: editCell,
      valueGetter: text((r) => showDate(r.activity.start)),
      valueSetter: (p) => {
        const r = act(p);
        if (r && String(p.newValue ?? '') !== showDate(r.activity.start))
          c.onStart(r.activity, String(p.newValue ?? ''));
        return false;
      },
      ...textFilter,
    },
    {
      colId: 'end',
      headerName: t('col.end'),
      width: 140,
      editable,
      cellClass: editCell,
      valueGetter: text((r) => showDate(r.activity.end)),
      valueSetter: (p) => {
        const r = act(p);
        if (r && String(p.newValue ?? '') !== showDate(r.activity.end)) c.onEnd(r.activity, String(p.newValue ?? ''));
        return false;
      },
      ...textFilter,
    },
    {
      colId: 'days',
      headerName: t('col.days'),
      width: 80,
      type: 'rightAligned',
      valueGetter: num((r) => r.days),
      valueFormatter: blankNaN,
      ...numberFilter,
    },
    {
      colId: 'baselineStart',
      headerName: t('baselines:column.baselineStart'),
      width: 120,
      valueGetter: text((r) => showDate(c.baselineOf(r.id)?.start ?? '')),
      ...textFilter,
    },
    {
      colId: 'baselineShift',
      headerName: t('baselines:column.shift'),
      width: 90,
      type: 'rightAligned',
      valueGetter: num((r) => c.baselineOf(r.id)?.shiftDays ?? null),
      valueFormatter: (p) =>
        typeof p.value === 'number' && !Number.isNaN(p.value) ? (p.value > 0 ? `+${p.value}` : String(p.value)) : '',
      ...numberFilter,
    },
    {
      colId: 'status',
      headerName: t('col.status'),
      width: 100,
      editable,
      cellClass: editCell,
      valueGetter: text((r) => r.activity.status),
      // Also formats the editor's list, whose calls carry no row: format any status key given.
      valueFormatter: (p) =>
        typeof p.value === 'string' && p.value ? t(`translation:enum.activityStatus.${p.value}`) : '',
      // Filters and the quick search read the status in the planner's words, not its key.
      filterValueGetter: text((r) => t(`translation:enum.activityStatus.${r.activity.status}`)),
      getQuickFilterText: (p) => (act(p) ? t(`translation:enum.activityStatus.${String(p.value)}`) : ''),
      cellEditor: 'agSelectCellEditor',
      // The list shows each status through the column's valueFormatter, in the planner's words.
      cellEditorParams: { values: [...ACTIVITY_STATUSES] },
      valueSetter: (p) => {
        const r = act(p);
        const status = pick(ACTIVITY_STATUSES, String(p.newValue ?? ''), r?.activity.status ?? 'planned');
        if (r && status !== r.activity.status) c.onStatus(r.activity, status);
        return false;
      },
      ...textFilter,
    },
    {
      colId: 'resources',
      headerName: t('col.resources'),
      width: 180,
      valueGetter: text((r) => r.resources),
      ...textFilter,
    },
    {
      colId: 'segments',
      headerName: t('col.segments'),
      width: 150,
      valueGetter: text((r) => r.segments),
      ...textFilter,
    },
    {
      colId: 'channelSends',
      headerName: t('col.channelSends'),
      width: 120,
      type: 'rightAligned',
      valueGetter: num((r) => r.channelSends || null),
      valueFormatter: blankNaN,
      ...numberFilter,
    },
    {
      colId: 'participants',
      headerName: t('col.participants'),
      width: 100,
      type: 'rightAligned',
      valueGetter: num((r) => r.activity.expectedParticipants),
      valueFormatter: blankNaN,
      ...numberFilter,
    },
    {
      colId: 'planned',
      headerName: t('col.planned'),
      width: 130,
      type: 'rightAligned',
      valueGetter: num((r) => r.plannedCents / 100),
      valueFormatter: yuan,
      ...numberFilter,
    },
    {
      colId: 'actual',
      headerName: t('col.actual'),
      width: 130,
      type: 'rightAligned',
      valueGetter: num((r) => r.actualCents / 100),
      valueFormatter: yuan,
      ...numberFilter,
    },
    {
      colId: 'backupPlan',
      headerName: t('col.backupPlan'),
      width: 180,
      valueGetter: text((r) => r.activity.backupPlan),
      ...textFilter,
    },
    {
      colId: 'conflicts',
      headerName: t('col.conflicts'),
      width: 100,
      valueGetter: num((r) => r.conflicts.length),
      valueFormatter: (p) => {
        const r = act(p);
        if (!r) return '';
        if (!r.worst) return t('conflicts.none');
        return t(`conflicts.${r.worst}`, { count: r.conflicts.length });
      },
      cellClass: (p) => {
        const r = act(p);
        return r?.worst ? `table-conflicts table-conflicts-${r.worst}` : 'table-conflicts';
      },
      // Hard before soft when sorted: the worst counts first.
      comparator: (a: number, b: number, na, nb) => {
        const rank = (n: typeof na) => {
          const r = n.data && !isGroup(n.data) ? n.data : null;
          return r ? (r.worst === 'hard' ? 1e6 : 0) + r.conflicts.length : -1;
        };
        return rank(na) - rank(nb) || a - b;
      },
      ...numberFilter,
    },
    {
      colId: 'tasks',
      headerName: t('col.tasks'),
      width: 100,
      type: 'rightAligned',
      valueGetter: text((r) => (r.tasksTotal ? `${r.tasksDone}/${r.tasksTotal}` : '')),
      comparator: (_a, _b, na, nb) => {
        const share = (n: typeof na) => {
          const r = n.data && !isGroup(n.data) ? n.data : null;
          return r && r.tasksTotal ? r.tasksDone / r.tasksTotal : -1;
        };
        return share(na) - share(nb);
      },
      ...textFilter,
    },
  ];
  if (c.showPlan) {
    columns.splice(1, 0, {
      colId: 'plan',
      headerName: t('col.plan'),
      width: 140,
      valueGetter: text((r) => r.planName),
      ...textFilter,
    });
  }
  return columns;
}
