import type { PlanSnapshot } from '../../../../src-shared/contract';
import { riskLevelOf } from '../../../../src-shared/model';
import { formatMoney } from '../../components/crud/form-values';
import type { Lang } from '../../i18n';
import { budgetPhaseName } from '../budget/phase-name';

type T = (key: string, vars?: Record<string, unknown>) => string;

interface Props {
  snapshot: PlanSnapshot;
  t: T;
  lang: Lang;
}

/**
 * The budget summary as printed: planned, committed, actual and variance by phase and category,
 * with the plan total. Tables flow over as many sheets as they need (rows never split, the
 * header row repeats), so the browser's own pagination is right here.
 */
export function BudgetPrint({ snapshot, t, lang }: Props) {
  const phases = snapshot.settings.budgetPhases;
  const phaseName = (key: string) => budgetPhaseName(phases, key, lang, t);
  const groups = new Map<
    string,
    { phase: string; category: string; planned: number; committed: number; actual: number }
  >();
  for (const l of snapshot.budgetLines) {
    const key = `${l.phase}|${l.category}`;
    const g = groups.get(key) ?? { phase: l.phase, category: l.category, planned: 0, committed: 0, actual: 0 };
    g.planned += l.plannedCents;
    g.committed += l.committedCents;
    g.actual += l.actualCents;
    groups.set(key, g);
  }
  const order = (k: string) => {
    const i = phases.findIndex((p) => p.key === k);
    return i < 0 ? phases.length : i;
  };
  const rows = [...groups.values()].sort(
    (a, b) => order(a.phase) - order(b.phase) || a.category.localeCompare(b.category),
  );
  const total = rows.reduce(
    (s, r) => ({ planned: s.planned + r.planned, committed: s.committed + r.committed, actual: s.actual + r.actual }),
    {
      planned: 0,
      committed: 0,
      actual: 0,
    },
  );
  const money = (c: number) => formatMoney(c, lang);
  return (
    <table className="ptable" data-testid="print-budget">
      <thead>
        <tr>
          <th>{t('budgetGrid:col.phase')}</th>
          <th>{t('budgetGrid:col.category')}</th>
          <th>{t('budgetGrid:col.planned')}</th>
          <th>{t('budgetGrid:col.committed')}</th>
          <th>{t('budgetGrid:col.actual')}</th>
          <th>{t('budgetGrid:col.variance')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.phase}|${r.category}`}>
            <td>{phaseName(r.phase)}</td>
            <td>{t(`translation:enum.budgetCategory.${r.category}`)}</td>
            <td className="num">{money(r.planned)}</td>
            <td className="num">{money(r.committed)}</td>
            <td className="num">{money(r.actual)}</td>
            <td className="num">{money(r.planned - r.actual)}</td>
          </tr>
        ))}
        <tr className="ptotal">
          <td colSpan={2}>{t('budgetGrid:sub.plan')}</td>
          <td className="num">{money(total.planned)}</td>
          <td className="num">{money(total.committed)}</td>
          <td className="num">{money(total.actual)}</td>
          <td className="num">{money(total.planned - total.actual)}</td>
        </tr>
      </tbody>
    </table>
  );
}

/** The risk register as printed: every risk with its score, level, measures and reserve. */
export function RisksPrint({ snapshot, t, lang }: Props) {
  const bands = snapshot.settings.riskBands;
  const risks = [...snapshot.risks].sort((a, b) => b.probability * b.impact - a.probability * a.impact);
  return (
    <table className="ptable" data-testid="print-risks">
      <thead>
        <tr>
          <th>{t('print:risk.title')}</th>
          <th>{t('print:risk.category')}</th>
          <th>{t('print:risk.score')}</th>
          <th>{t('print:risk.level')}</th>
          <th>{t('print:risk.owner')}</th>
          <th>{t('print:risk.mitigation')}</th>
          <th>{t('print:risk.contingency')}</th>
          <th>{t('print:risk.reserve')}</th>
        </tr>
      </thead>
      <tbody>
        {risks.length === 0 && (
          <tr>
            <td colSpan={8}>{t('print:noRows')}</td>
          </tr>
        )}
        {risks.map((r) => (
          <tr key={r.id}>
            <td>{r.title}</td>
            <td>{t(`translation:enum.riskCategory.${r.category}`)}</td>
            <td className="num">
              {r.probability}×{r.impact}={r.probability * r.impact}
            </td>
            <td>{t(`print:risk.levels.${riskLevelOf(r.probability, r.impact, bands)}`)}</td>
            <td>{r.owner}</td>
            <td className="pwrap">{r.mitigation}</td>
            <td className="pwrap">{r.contingency}</td>
            <td className="num">{formatMoney(r.reserveCents, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
