import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { APPROVAL_STATUSES, BUDGET_CATEGORIES, type BudgetLine } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  bool,
  cents,
  centsToYuan,
  formatMoney,
  nullableStr,
  str,
} from '../../components/crud/form-values';
import { type Column, RecordTable } from '../../components/crud/RecordTable';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { useApi } from '../../state/WorkspaceContext';
import { activityOptions, activityTitle, pick } from '../shared/options';

/** Budget lines as a plain table for now; issue 5 replaces this folder with the AG Grid budget. */
export function BudgetView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const money = (c: number) => formatMoney(c, i18n.language);

  const fields: FieldSpec[] = [
    {
      name: 'category',
      label: t('budget.category'),
      kind: 'select',
      required: true,
      options: BUDGET_CATEGORIES.map((v) => ({ value: v, label: t(`enum.budgetCategory.${v}`) })),
    },
    { name: 'description', label: t('budget.description'), kind: 'text' },
    { name: 'phase', label: t('budget.phase'), kind: 'text' },
    { name: 'activityId', label: t('budget.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'plannedCents', label: t('budget.planned'), kind: 'money' },
    { name: 'committedCents', label: t('budget.committed'), kind: 'money' },
    { name: 'actualCents', label: t('budget.actual'), kind: 'money' },
    { name: 'date', label: t('budget.date'), kind: 'date' },
    {
      name: 'approvalStatus',
      label: t('budget.approval'),
      kind: 'select',
      required: true,
      options: APPROVAL_STATUSES.map((v) => ({ value: v, label: t(`enum.approvalStatus.${v}`) })),
    },
    { name: 'approvedBy', label: t('budget.approvedBy'), kind: 'text' },
    { name: 'unplanned', label: t('budget.unplanned'), kind: 'checkbox' },
    { name: 'notes', label: t('budget.notes'), kind: 'textarea', wide: true },
  ];

  const editor = useRecordEditor<BudgetLine>({
    fields,
    empty: {
      category: 'venue',
      description: '',
      phase: '',
      activityId: '',
      plannedCents: '',
      committedCents: '',
      actualCents: '',
      date: '',
      approvalStatus: 'not_submitted',
      approvedBy: '',
      unplanned: false,
      notes: '',
    },
    toValues: (l) => ({
      category: l.category,
      description: l.description,
      phase: l.phase,
      activityId: l.activityId ?? '',
      plannedCents: centsToYuan(l.plannedCents),
      committedCents: centsToYuan(l.committedCents),
      actualCents: centsToYuan(l.actualCents),
      date: l.date ?? '',
      approvalStatus: l.approvalStatus,
      approvedBy: l.approvedBy,
      unplanned: l.unplanned,
      notes: l.notes,
    }),
    create: (v) => api.invoke('budget/create-line', { planId: snapshot.plan.id, ...toFields(v) }),
    update: (l, v) => api.invoke('budget/update-line', { id: l.id, ...toFields(v) }),
    remove: (l) => api.invoke('budget/delete-line', { id: l.id }),
    titles: { create: t('budget.createTitle'), edit: t('budget.editTitle') },
    deleteMessage: () => t('budget.deleteConfirm'),
    testId: 'budget-dialog',
  });

  const columns: Column<BudgetLine>[] = [
    { header: t('budget.category'), cell: (l) => t(`enum.budgetCategory.${l.category}`) },
    { header: t('budget.description'), cell: (l) => l.description },
    { header: t('budget.phase'), cell: (l) => l.phase },
    { header: t('budget.activity'), cell: (l) => activityTitle(snapshot, l.activityId) },
    { header: t('budget.planned'), cell: (l) => money(l.plannedCents), numeric: true },
    { header: t('budget.committed'), cell: (l) => money(l.committedCents), numeric: true },
    { header: t('budget.actual'), cell: (l) => money(l.actualCents), numeric: true },
    { header: t('budget.approval'), cell: (l) => t(`enum.approvalStatus.${l.approvalStatus}`) },
  ];
  const total = (key: 'plannedCents' | 'committedCents' | 'actualCents') =>
    snapshot.budgetLines.reduce((s, l) => s + l[key], 0);

  return (
    <div className="record-view" data-testid="budget-view">
      <div className="toolbar">
        <h2>{t('budget.title')}</h2>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={editor.add} data-testid="budget-add">
          + {t('budget.add')}
        </button>
      </div>
      <RecordTable
        rows={snapshot.budgetLines}
        columns={columns}
        onEdit={editor.edit}
        onDelete={editor.askDelete}
        testId="budget-table"
        footer={
          <tr>
            <td colSpan={4}>{t('budget.total')}</td>
            <td className="num">{money(total('plannedCents'))}</td>
            <td className="num">{money(total('committedCents'))}</td>
            <td className="num">{money(total('actualCents'))}</td>
            <td colSpan={2} />
          </tr>
        }
      />
      {editor.dialogs}
    </div>
  );
}

function toFields(v: FormValues) {
  return {
    category: pick(BUDGET_CATEGORIES, str(v, 'category'), 'other'),
    description: str(v, 'description'),
    phase: str(v, 'phase'),
    activityId: nullableStr(v, 'activityId'),
    plannedCents: cents(v, 'plannedCents'),
    committedCents: cents(v, 'committedCents'),
    actualCents: cents(v, 'actualCents'),
    date: nullableStr(v, 'date'),
    approvalStatus: pick(APPROVAL_STATUSES, str(v, 'approvalStatus'), 'not_submitted'),
    approvedBy: str(v, 'approvedBy'),
    unplanned: bool(v, 'unplanned'),
    notes: typeof v.notes === 'string' ? v.notes : '',
  };
}
