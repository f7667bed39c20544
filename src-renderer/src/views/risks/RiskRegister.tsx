import type { TFunction } from 'i18next';
import { listSeparator } from '../../i18n';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { formatCny } from '../../../../src-shared/budget/money';
import {
  type Bands,
  residualLevel,
  responseTimeText,
  riskLevel,
  riskWarning,
} from '../../../../src-shared/risk/assess';
import type { Kpi, Risk } from '../../../../src-shared/model';
import { type Column, RecordTable } from '../../components/crud/RecordTable';

interface Props {
  snapshot: PlanSnapshot;
  bands: Bands;
  kpisById: ReadonlyMap<string, Kpi>;
  t: TFunction;
  lang: 'zh-CN' | 'en';
  onEdit: (r: Risk) => void;
  onDelete: (r: Risk) => void;
}

/** The register beside the matrix: every field of every risk, flagged ones marked. */
export function RiskRegister({ snapshot, bands, kpisById, t, lang, onEdit, onDelete }: Props) {
  const titleOf = (id: string) => snapshot.activities.find((a) => a.id === id)?.title;
  const trigger = (r: Risk) => {
    const kpi = r.triggerKpiId ? kpisById.get(r.triggerKpiId) : undefined;
    const rule =
      kpi && r.triggerThreshold !== null
        ? `${kpi.name} ${r.triggerDirection === 'below' ? '<' : '>'} ${r.triggerThreshold}${kpi.unit}`
        : '';
    const state = riskWarning(r, kpisById).state;
    return (
      <span className={state === 'fired' ? 'warn-fired' : undefined} data-testid="risk-warning" data-state={state}>
        {[rule, r.triggerNote].filter(Boolean).join('；') || t('none')}
        {state !== 'no_trigger' && ` · ${t(`warn.${state}`)}`}
      </span>
    );
  };
  const columns: Column<Risk>[] = [
    { header: t('col.title'), cell: (r) => r.title },
    { header: t('col.category'), cell: (r) => t(`translation:enum.riskCategory.${r.category}`), short: true },
    {
      header: t('col.score'),
      short: true,
      cell: (r) => {
        const level = riskLevel(r, bands);
        return (
          <span className={`level-badge level-${level}`} data-testid="risk-level" data-level={level}>
            {r.probability}×{r.impact}={r.probability * r.impact} {t(`level.${level}`)}
          </span>
        );
      },
    },
    {
      header: t('col.residual'),
      short: true,
      cell: (r) => {
        const level = residualLevel(r, bands);
        return level ? `${r.residualProbability}×${r.residualImpact} ${t(`level.${level}`)}` : t('none');
      },
    },
    { header: t('col.owner'), cell: (r) => r.owner, short: true },
    { header: t('col.trigger'), cell: trigger },
    {
      header: t('col.emergency'),
      cell: (r) =>
        [r.emergencyLevel ? t(`emergency.${r.emergencyLevel}`) : '', responseTimeText(r.responseMinutes, lang)]
          .filter(Boolean)
          .join(' / ') || t('none'),
    },
    { header: t('col.reserve'), cell: (r) => formatCny(r.reserveCents), numeric: true, short: true },
    { header: t('col.status'), cell: (r) => t(`translation:enum.riskStatus.${r.status}`), short: true },
    {
      header: t('col.activities'),
      cell: (r) =>
        [r.activityId, ...r.linkedActivityIds]
          .flatMap((id) => (id && titleOf(id) ? [titleOf(id)] : []))
          .join(listSeparator(lang)),
    },
    { header: t('col.mitigation'), cell: (r) => <span className="clip">{r.mitigation}</span> },
    { header: t('col.contingency'), cell: (r) => <span className="clip">{r.contingency}</span> },
  ];
  return (
    <RecordTable rows={snapshot.risks} columns={columns} onEdit={onEdit} onDelete={onDelete} testId="risks-table" />
  );
}
