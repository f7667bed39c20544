import type { ColDef, ValueGetterParams, ValueSetterParams } from 'ag-grid-community';
import type { TFunction } from 'i18next';
import { approvalOf, approverText } from '../../../../src-shared/budget/approval';
import { categoryLabel } from '../../../../src-shared/budget/categories';
import { formatCny } from '../../../../src-shared/budget/money';
import { varianceCentsOf, variancePercent } from '../../../../src-shared/budget/rollup';
import {
  APPROVAL_STATUSES,
  BUDGET_CATEGORIES,
  type Activity,
  type BudgetCategory,
  type BudgetLine,
  type PlanSettings,
} from '../../../../src-shared/model';
import type { GridRow, SubtotalRow } from './budget-rows';
import { budgetPhaseName } from './phase-name';

export type EditableField = keyof Pick<
  BudgetLine,
  | 'activityId'
  | 'phase'
  | 'category'
  | 'description'
  | 'plannedCents'
  | 'committedCents'
  | 'actualCents'
  | 'date'
  | 'unplanned'
  | 'approvalStatus'
  | 'approvedBy'
  | 'notes'
>;

export interface ColumnContext {
  t: TFunction;
  lang: 'zh-CN' | 'en';
  settings: PlanSettings;
  activities: readonly Pick<Activity, 'id' | 'title'>[];
  /** Called with the raw text or value a planner entered; decides, saves or refuses. */
  onEdit: (line: BudgetLine, field: EditableField, value: unknown) => void;
}

const isCategory = (v: unknown): v is BudgetCategory => BUDGET_CATEGORIES.some((c) => c === v);
const isLine = (row: GridRow | undefined): row is Extract<GridRow, { kind: 'line' }> => row?.kind === 'line';

export function budgetColumns(c: ColumnContext): ColDef<GridRow>[] {
  const { t, lang, settings } = c;
  const phaseName = (key: string) => budgetPhaseName(settings.budgetPhases, key, lang, t);
  const activityName = (id: string | null) =>
    id ? (c.activities.find((a) => a.id === id)?.title ?? '?') : t('sub.planLevel');
  const subLabel = (s: SubtotalRow) =>
    s.kind === 'plan'
      ? t('sub.plan')
      : s.kind === 'phase'
        ? t('sub.phase', { name: phaseName(s.phase) })
        : t('sub.activity', { name: activityName(s.activityId) });

  const setter = (field: EditableField) => (p: ValueSetterParams<GridRow>) => {
    if (isLine(p.data)) c.onEdit(p.data.line, field, p.newValue);
    // The grid keeps showing the stored value; the service's answer replaces the row.
    return false;
  };
  const editable = (p: { data: GridRow | undefined }) => isLine(p.data);
  const text = (field: 'description' | 'approvedBy' | 'notes', width: number): ColDef<GridRow> => ({
    colId: field,
    headerName: t(`col.${field}`),
    width,
    editable,
    valueGetter: (p) => (isLine(p.data) ? p.data.line[field] : ''),
    valueSetter: setter(field),
  });
  const money = (field: 'plannedCents' | 'committedCents' | 'actualCents', key: string): ColDef<GridRow> => ({
    colId: field,
    headerName: t(`col.${key}`),
    width: 140,
    type: 'rightAligned',
    editable,
    valueGetter: (p) => (p.data ? (isLine(p.data) ? p.data.line[field] : p.data.totals[field]) : 0),
    valueFormatter: (p) => (typeof p.value === 'number' ? formatCny(p.value) : ''),
    valueSetter: setter(field),
  });
  const amounts = (p: ValueGetterParams<GridRow>) =>
    p.data ? (isLine(p.data) ? p.data.line : p.data.totals) : { plannedCents: 0, actualCents: 0 };

  return [
    {
      colId: 'activityId',
      headerName: t('col.activity'),
      width: 170,
      pinned: 'left',
      editable,
      valueGetter: (p) => (isLine(p.data) ? (p.data.line.activityId ?? '') : p.data ? subLabel(p.data) : ''),
      valueFormatter: (p) =>
        isLine(p.data) ? activityName(typeof p.value === 'string' && p.value ? p.value : null) : String(p.value ?? ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['', ...c.activities.map((a) => a.id)] },
      valueSetter: (p) => setter('activityId')({ ...p, newValue: p.newValue || null }),
      colSpan: (p) => (p.data && !isLine(p.data) ? 3 : 1),
    },
    {
      colId: 'phase',
      headerName: t('col.phase'),
      width: 100,
      editable,
      valueGetter: (p) => (isLine(p.data) ? p.data.line.phase : ''),
      valueFormatter: (p) => (isLine(p.data) ? phaseName(String(p.value ?? '')) : ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: settings.budgetPhases.map((p) => p.key) },
      valueSetter: setter('phase'),
    },
    {
      colId: 'category',
      headerName: t('col.category'),
      width: 120,
      editable,
      valueGetter: (p) => (isLine(p.data) ? p.data.line.category : ''),
      valueFormatter: (p) => (isLine(p.data) && isCategory(p.value) ? categoryLabel(p.value, lang) : ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...BUDGET_CATEGORIES] },
      valueSetter: setter('category'),
    },
    text('description', 180),
    money('plannedCents', 'planned'),
    money('committedCents', 'committed'),
    money('actualCents', 'actual'),
    {
      colId: 'variance',
      headerName: t('col.variance'),
      width: 130,
      type: 'rightAligned',
      // Only lines with actuals have a variance: an unspent line is not "−100%".
      valueGetter: (p) => varianceCentsOf(amounts(p)),
      valueFormatter: (p) => (typeof p.value === 'number' ? formatCny(p.value) : ''),
      cellClassRules: { 'over-budget': (p) => typeof p.value === 'number' && p.value > 0 },
    },
    {
      colId: 'variancePct',
      headerName: t('col.variancePct'),
      width: 95,
      type: 'rightAligned',
      valueGetter: (p) => variancePercent(amounts(p)),
      valueFormatter: (p) => (typeof p.value === 'number' ? `${p.value > 0 ? '+' : ''}${p.value.toFixed(1)}%` : '—'),
    },
    {
      colId: 'date',
      headerName: t('col.date'),
      width: 110,
      editable,
      valueGetter: (p) => (isLine(p.data) ? (p.data.line.date ?? '') : ''),
      valueSetter: setter('date'),
    },
    {
      colId: 'unplanned',
      headerName: t('col.unplanned'),
      width: 80,
      editable,
      valueGetter: (p) => (isLine(p.data) ? p.data.line.unplanned : null),
      valueFormatter: (p) => (p.value === true ? '✔' : p.value === false ? '—' : ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [false, true] },
      valueSetter: setter('unplanned'),
    },
    {
      colId: 'tier',
      headerName: t('col.tier'),
      width: 200,
      valueGetter: (p) => {
        if (!isLine(p.data)) return '';
        return approverText(approvalOf(p.data.line, settings.approval), lang);
      },
      cellClassRules: { 'needs-ceo': (p) => isLine(p.data) && approvalOf(p.data.line, settings.approval).needsCeo },
    },
    {
      colId: 'approvalStatus',
      headerName: t('col.status'),
      width: 100,
      editable,
      valueGetter: (p) => (isLine(p.data) ? p.data.line.approvalStatus : ''),
      valueFormatter: (p) => (isLine(p.data) && p.value ? t(`translation:enum.approvalStatus.${String(p.value)}`) : ''),
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...APPROVAL_STATUSES] },
      valueSetter: setter('approvalStatus'),
    },
    text('approvedBy', 100),
    text('notes', 160),
  ];
}
