import type { PlanSnapshot } from '../../../../src-shared/contract';
import { achievementRate, kpiTriggerState, summarizeKpis, triggerRuleText } from '../../../../src-shared/kpi/evaluate';
import type { Kpi } from '../../../../src-shared/model';
import { type Column, RecordTable } from '../../components/crud/RecordTable';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { type Lang, currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { budgetStrings } from '../budget/budget-i18n';
import { budgetPhaseName } from '../budget/phase-name';
import { useBundle } from '../budget/use-bundle';
import { activityTitle } from '../shared/options';
import { ActualInput } from './ActualInput';
import { emptyKpi, kpiFields, kpiRequest, kpiValues } from './kpi-form';
import { KpiChart } from './KpiChart';
import { kpiStrings } from './kpis-i18n';
import './kpis.css';

/** Units the templates write in Chinese, said in English when the UI is English. */
const UNITS_EN: Record<string, string> = {
  人: 'people',
  '人/月': 'people/month',
  人次: 'views',
  分钟: 'min',
  小时: 'h',
  天: 'days',
  条: 'items',
  元: 'CNY',
  '元/人': 'CNY/person',
  个: 'items',
  场: 'events',
};
export const unitLabel = (unit: string, lang: Lang) => (lang === 'en' ? (UNITS_EN[unit] ?? unit) : unit);

/** KPIs with baseline, target, actual, achievement rate and trigger rules; a chart of target vs actual. */
export function KpisView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('kpiView', kpiStrings);
  useBundle('budgetGrid', budgetStrings); // the phase names a KPI's scope falls back to
  const lang = currentLang(i18n.language);
  const fmt = (v: number | null, unit: string) =>
    v === null ? '—' : `${v.toLocaleString()}${unit ? ` ${unitLabel(unit, lang)}` : ''}`;
  const { api } = useWorkspace();
  const notices = useNotices();
  const run = (work: Promise<unknown>) =>
    // The edit's outcome moves the store; a refused one changed nothing, so only the message shows.
    void work.catch((error: unknown) => notices.error(error));
  const summary = summarizeKpis(snapshot.kpis);

  const editor = useRecordEditor<Kpi>({
    fields: kpiFields(snapshot, t),
    empty: emptyKpi,
    toValues: kpiValues,
    create: (v) => api.invoke('kpi/create', { planId: snapshot.plan.id, ...kpiRequest(v) }),
    update: (k, v) => api.invoke('kpi/update', { id: k.id, ...kpiRequest(v) }),
    remove: (k) => api.invoke('kpi/delete', { id: k.id }),
    titles: { create: t('translation:kpis.createTitle'), edit: t('translation:kpis.editTitle') },
    deleteMessage: (k) => t('translation:kpis.deleteConfirm', { name: k.name }),
    testId: 'kpi-dialog',
  });

  // A KPI's scope is a phase of the plan, or the responsibility matrix (a KPI per RACI role).
  const phaseName = (key: string) => {
    if (key === 'raci') return t('scopeRaci');
    return key ? budgetPhaseName(snapshot.settings.budgetPhases, key, lang, t) : '';
  };
  const columns: Column<Kpi>[] = [
    { header: t('col.name'), cell: (k) => k.name },
    {
      header: t('col.scope'),
      cell: (k) =>
        [phaseName(k.phase), activityTitle(snapshot, k.activityId)].filter(Boolean).join(' · ') || t('planLevel'),
    },
    { header: t('col.baseline'), cell: (k) => fmt(k.baseline, k.unit), numeric: true },
    { header: t('col.target'), cell: (k) => fmt(k.target, k.unit), numeric: true },
    {
      header: t('col.actual'),
      numeric: true,
      cell: (k) => (
        <ActualInput
          key={`${k.id}:${k.updatedAt}`}
          kpi={k}
          invalidText={t('translation:validation.number')}
          onSave={(actual) => run(api.invoke('kpi/update', { id: k.id, actual }))}
        />
      ),
    },
    {
      header: t('col.achievement'),
      numeric: true,
      cell: (k) => {
        const r = achievementRate(k);
        return (
          <span className={r !== null && r >= 1 ? 'met' : undefined} data-testid="kpi-achievement">
            {r === null ? '—' : `${(r * 100).toFixed(1)}%`}
          </span>
        );
      },
    },
    { header: t('col.rule'), cell: (k) => triggerRuleText(k) || '—' },
    {
      header: t('col.state'),
      cell: (k) => {
        const state = kpiTriggerState(k);
        return (
          <span
            className={`kpi-state ${state}`}
            data-testid={state === 'fired' ? 'kpi-flag' : 'kpi-state'}
            data-state={state}
          >
            {/* A KPI without a trigger rule has no state to name. */}
            {state === 'fired' ? `⚠ ${t('state.fired')}` : state === 'no_rule' ? '' : t(`state.${state}`)}
          </span>
        );
      },
    },
  ];

  return (
    <div className="kpis-view" data-testid="kpis-view">
      <div className="toolbar">
        <h2>{t('title')}</h2>
        <span className={summary.fired ? 'kpi-summary fired' : 'kpi-summary'} data-testid="kpi-summary">
          {t('summary', { ...summary })}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={editor.add} data-testid="kpi-add">
          + {t('add')}
        </button>
      </div>
      <RecordTable
        rows={snapshot.kpis}
        columns={columns}
        onEdit={editor.edit}
        onDelete={editor.askDelete}
        testId="kpis-table"
      />
      {snapshot.kpis.length > 0 && <KpiChart kpis={snapshot.kpis} t={t} />}
      {editor.dialogs}
    </div>
  );
}
