import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Kpi } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  bool,
  nullableNum,
  nullableStr,
  num,
  str,
} from '../../components/crud/form-values';
import { type Column, RecordTable } from '../../components/crud/RecordTable';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { useApi } from '../../state/WorkspaceContext';
import { activityOptions, activityTitle } from '../shared/options';

/** Achievement against target, inverted when less is better (complaints); null without an actual. */
export function achievement(k: Kpi): number | null {
  if (k.actual === null || k.target === 0) return null;
  if (k.higherIsBetter) return k.actual / k.target;
  return k.actual === 0 ? null : k.target / k.actual;
}

export function KpisView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const fmt = (n: number | null) => (n === null ? '' : n.toLocaleString(i18n.language));

  const fields: FieldSpec[] = [
    { name: 'name', label: t('kpis.name'), kind: 'text', required: true, wide: true },
    { name: 'unit', label: t('kpis.unit'), kind: 'text' },
    { name: 'phase', label: t('kpis.phase'), kind: 'text' },
    { name: 'baseline', label: t('kpis.baseline'), kind: 'number' },
    { name: 'target', label: t('kpis.target'), kind: 'number', required: true },
    { name: 'actual', label: t('kpis.actual'), kind: 'number' },
    { name: 'activityId', label: t('kpis.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'higherIsBetter', label: t('kpis.higherIsBetter'), kind: 'checkbox' },
  ];

  const editor = useRecordEditor<Kpi>({
    fields,
    empty: {
      name: '',
      unit: '',
      phase: '',
      baseline: '',
      target: '',
      actual: '',
      activityId: '',
      higherIsBetter: true,
    },
    toValues: (k) => ({
      name: k.name,
      unit: k.unit,
      phase: k.phase,
      baseline: k.baseline === null ? '' : String(k.baseline),
      target: String(k.target),
      actual: k.actual === null ? '' : String(k.actual),
      activityId: k.activityId ?? '',
      higherIsBetter: k.higherIsBetter,
    }),
    create: (v) => api.invoke('kpi/create', { planId: snapshot.plan.id, ...toFields(v) }),
    update: (k, v) => api.invoke('kpi/update', { id: k.id, ...toFields(v) }),
    remove: (k) => api.invoke('kpi/delete', { id: k.id }),
    titles: { create: t('kpis.createTitle'), edit: t('kpis.editTitle') },
    deleteMessage: (k) => t('kpis.deleteConfirm', { name: k.name }),
    testId: 'kpi-dialog',
  });

  const columns: Column<Kpi>[] = [
    { header: t('kpis.name'), cell: (k) => k.name },
    { header: t('kpis.phase'), cell: (k) => k.phase },
    { header: t('kpis.activity'), cell: (k) => activityTitle(snapshot, k.activityId) },
    { header: t('kpis.baseline'), cell: (k) => fmt(k.baseline), numeric: true },
    { header: t('kpis.target'), cell: (k) => fmt(k.target), numeric: true },
    { header: t('kpis.actual'), cell: (k) => fmt(k.actual), numeric: true },
    { header: t('kpis.unit'), cell: (k) => k.unit },
    {
      header: t('kpis.achievement'),
      numeric: true,
      cell: (k) => {
        const a = achievement(k);
        return a === null ? '' : <span className={a >= 1 ? 'good' : 'bad'}>{(a * 100).toFixed(0)}%</span>;
      },
    },
  ];

  return (
    <div className="record-view" data-testid="kpis-view">
      <div className="toolbar">
        <h2>{t('kpis.title')}</h2>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={editor.add} data-testid="kpi-add">
          + {t('kpis.add')}
        </button>
      </div>
      <RecordTable
        rows={snapshot.kpis}
        columns={columns}
        onEdit={editor.edit}
        onDelete={editor.askDelete}
        testId="kpis-table"
      />
      {editor.dialogs}
    </div>
  );
}

function toFields(v: FormValues) {
  return {
    name: str(v, 'name'),
    unit: str(v, 'unit'),
    phase: str(v, 'phase'),
    baseline: nullableNum(v, 'baseline'),
    target: num(v, 'target'),
    actual: nullableNum(v, 'actual'),
    activityId: nullableStr(v, 'activityId'),
    higherIsBetter: bool(v, 'higherIsBetter'),
  };
}
