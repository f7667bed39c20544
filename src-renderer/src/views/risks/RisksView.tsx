import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { RISK_CATEGORIES, RISK_STATUSES, type Risk } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  cents,
  centsToYuan,
  formatMoney,
  nullableStr,
  num,
  str,
} from '../../components/crud/form-values';
import { type Column, RecordTable } from '../../components/crud/RecordTable';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { useApi } from '../../state/WorkspaceContext';
import { activityOptions, activityTitle, pick } from '../shared/options';

/** The risk register as a plain table; issue 5 adds the 5×5 matrix in this folder. */
export function RisksView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useTranslation();
  const api = useApi();

  const fields: FieldSpec[] = [
    { name: 'title', label: t('risks.name'), kind: 'text', required: true, wide: true },
    {
      name: 'category',
      label: t('risks.category'),
      kind: 'select',
      required: true,
      options: RISK_CATEGORIES.map((v) => ({ value: v, label: t(`enum.riskCategory.${v}`) })),
    },
    {
      name: 'status',
      label: t('risks.status'),
      kind: 'select',
      required: true,
      options: RISK_STATUSES.map((v) => ({ value: v, label: t(`enum.riskStatus.${v}`) })),
    },
    { name: 'probability', label: t('risks.probability'), kind: 'score', required: true },
    { name: 'impact', label: t('risks.impact'), kind: 'score', required: true },
    { name: 'owner', label: t('risks.owner'), kind: 'text' },
    { name: 'reserveCents', label: t('risks.reserve'), kind: 'money' },
    { name: 'activityId', label: t('risks.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'mitigation', label: t('risks.mitigation'), kind: 'textarea', wide: true },
    { name: 'contingency', label: t('risks.contingency'), kind: 'textarea', wide: true },
  ];

  const editor = useRecordEditor<Risk>({
    fields,
    empty: {
      title: '',
      category: 'market',
      status: 'open',
      probability: '3',
      impact: '3',
      owner: '',
      reserveCents: '',
      activityId: '',
      mitigation: '',
      contingency: '',
    },
    toValues: (r) => ({
      title: r.title,
      category: r.category,
      status: r.status,
      probability: String(r.probability),
      impact: String(r.impact),
      owner: r.owner,
      reserveCents: centsToYuan(r.reserveCents),
      activityId: r.activityId ?? '',
      mitigation: r.mitigation,
      contingency: r.contingency,
    }),
    create: (v) => api.invoke('risk/create', { planId: snapshot.plan.id, ...toFields(v) }),
    update: (r, v) => api.invoke('risk/update', { id: r.id, ...toFields(v) }),
    remove: (r) => api.invoke('risk/delete', { id: r.id }),
    titles: { create: t('risks.createTitle'), edit: t('risks.editTitle') },
    deleteMessage: (r) => t('risks.deleteConfirm', { name: r.title }),
    testId: 'risk-dialog',
  });

  const columns: Column<Risk>[] = [
    { header: t('risks.name'), cell: (r) => r.title },
    { header: t('risks.category'), cell: (r) => t(`enum.riskCategory.${r.category}`) },
    { header: t('risks.probability'), cell: (r) => r.probability, numeric: true },
    { header: t('risks.impact'), cell: (r) => r.impact, numeric: true },
    {
      header: t('risks.score'),
      cell: (r) => <span className={`score score-${scoreBand(r)}`}>{r.probability * r.impact}</span>,
      numeric: true,
    },
    { header: t('risks.owner'), cell: (r) => r.owner },
    { header: t('risks.reserve'), cell: (r) => formatMoney(r.reserveCents, i18n.language), numeric: true },
    { header: t('risks.activity'), cell: (r) => activityTitle(snapshot, r.activityId) },
    { header: t('risks.status'), cell: (r) => t(`enum.riskStatus.${r.status}`) },
  ];

  return (
    <div className="record-view" data-testid="risks-view">
      <div className="toolbar">
        <h2>{t('risks.title')}</h2>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={editor.add} data-testid="risk-add">
          + {t('risks.add')}
        </button>
      </div>
      <RecordTable
        rows={snapshot.risks}
        columns={columns}
        onEdit={editor.edit}
        onDelete={editor.askDelete}
        testId="risks-table"
      />
      {editor.dialogs}
    </div>
  );
}

/** Display only; the plan's configurable bands arrive with the risk matrix (issue 5). */
function scoreBand(r: Risk): 'high' | 'medium' | 'low' {
  const s = r.probability * r.impact;
  return s >= 15 ? 'high' : s >= 8 ? 'medium' : 'low';
}

function toFields(v: FormValues) {
  return {
    title: str(v, 'title'),
    category: pick(RISK_CATEGORIES, str(v, 'category'), 'market'),
    status: pick(RISK_STATUSES, str(v, 'status'), 'open'),
    probability: num(v, 'probability'),
    impact: num(v, 'impact'),
    owner: str(v, 'owner'),
    reserveCents: cents(v, 'reserveCents'),
    activityId: nullableStr(v, 'activityId'),
    mitigation: typeof v.mitigation === 'string' ? v.mitigation : '',
    contingency: typeof v.contingency === 'string' ? v.contingency : '',
  };
}
