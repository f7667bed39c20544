import type { TFunction } from 'i18next';
import { formatCny } from '../../../../src-shared/budget/money';
import { type BudgetRollup, contingencyCheck, phaseShares } from '../../../../src-shared/budget/rollup';
import type { PlanSettings } from '../../../../src-shared/model';

interface Props {
  rollup: BudgetRollup;
  settings: PlanSettings;
  t: TFunction;
  lang: 'zh-CN' | 'en';
}

/** Plan totals, phase shares against the target split, and the contingency reserve. */
export function BudgetSummary({ rollup, settings, t, lang }: Props) {
  const shares = phaseShares(rollup, settings.budgetPhases);
  // The reserve from the roll-up's contingency bucket rather than a pass over every line.
  const reserved = rollup.byCategory.get('contingency')?.plannedCents ?? 0;
  const reserve = contingencyCheck(
    [{ category: 'contingency', plannedCents: reserved }],
    rollup.plan.plannedCents,
    settings,
  );
  const p = rollup.plan;
  return (
    <div className="budget-summary">
      <div data-testid="budget-totals">
        {t('totals', {
          planned: formatCny(p.plannedCents),
          committed: formatCny(p.committedCents),
          actual: formatCny(p.actualCents),
          variance: p.actualCents === 0 ? '—' : formatCny(p.varianceCents),
        })}
      </div>
      <div className="phase-shares" aria-label={t('shares')}>
        <span className="muted">{t('shares')}</span>
        {shares.map((s) => {
          const off = Math.abs(s.deltaPercent) > 5;
          return (
            <span
              key={s.key || '-'}
              className={off ? 'share-chip off' : 'share-chip'}
              data-testid={`phase-share-${s.key || 'none'}`}
              data-share={s.sharePercent}
              title={`${formatCny(s.plannedCents)} / ${formatCny(s.targetCents)}`}
            >
              <b>{lang === 'en' ? s.nameEn : s.nameZh}</b>{' '}
              {t('shareOf', { share: s.sharePercent, target: s.targetPercent })}
            </span>
          );
        })}
      </div>
      <div data-testid="budget-contingency" className={reserve.shortfallCents > 0 ? 'warn' : undefined}>
        {t('contingency', {
          reserved: formatCny(reserve.reservedCents),
          target: formatCny(reserve.targetCents),
          pct: reserve.targetPercent,
        })}
        {reserve.shortfallCents > 0 && ` · ${t('contingencyShort', { amount: formatCny(reserve.shortfallCents) })}`}
      </div>
    </div>
  );
}
