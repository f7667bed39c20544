import type { Kpi, TriggerComparison } from '../model';

/**
 * KPI arithmetic (docs/domain.md §2: the achievement rate of each KPI at evaluation; §3: phase
 * targets with trigger rules such as "topic match < 85% → extend topic collection by 3 days").
 */

/**
 * Achievement rate as a fraction (1 = target met exactly): actual/target when more is better,
 * target/actual when less is (10 complaints against a target of 5 is 50%). Null without data.
 */
export function achievementRate(k: Pick<Kpi, 'target' | 'actual' | 'higherIsBetter'>): number | null {
  if (k.actual === null) return null;
  if (k.higherIsBetter) return k.target === 0 ? null : k.actual / k.target;
  if (k.actual === 0) return k.target >= 0 ? 1 : null;
  return k.target / k.actual;
}

export function compare(value: number, comparison: TriggerComparison, threshold: number): boolean {
  switch (comparison) {
    case 'lt':
      return value < threshold;
    case 'lte':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'gte':
      return value >= threshold;
  }
}

export type KpiTriggerState = 'no_rule' | 'no_data' | 'ok' | 'fired';

/** Whether the KPI's own trigger rule fires on its actual. */
export function kpiTriggerState(k: Pick<Kpi, 'actual' | 'triggerThreshold' | 'triggerComparison'>): KpiTriggerState {
  if (k.triggerThreshold === null) return 'no_rule';
  if (k.actual === null) return 'no_data';
  return compare(k.actual, k.triggerComparison, k.triggerThreshold) ? 'fired' : 'ok';
}

export const COMPARISON_SYMBOL: Record<TriggerComparison, string> = { lt: '<', lte: '≤', gt: '>', gte: '≥' };

/** "< 85 % → 延长议题征集 3 天". */
export function triggerRuleText(
  k: Pick<Kpi, 'triggerThreshold' | 'triggerComparison' | 'triggerAction' | 'unit'>,
): string {
  if (k.triggerThreshold === null) return '';
  const rule = `${COMPARISON_SYMBOL[k.triggerComparison]} ${k.triggerThreshold}${k.unit ? ` ${k.unit}` : ''}`;
  return k.triggerAction ? `${rule} → ${k.triggerAction}` : rule;
}

export interface KpiSummary {
  total: number;
  withActual: number;
  met: number;
  fired: number;
}

export function summarizeKpis(kpis: readonly Kpi[]): KpiSummary {
  let withActual = 0;
  let met = 0;
  let fired = 0;
  for (const k of kpis) {
    const rate = achievementRate(k);
    if (k.actual !== null) withActual += 1;
    if (rate !== null && rate >= 1) met += 1;
    if (kpiTriggerState(k) === 'fired') fired += 1;
  }
  return { total: kpis.length, withActual, met, fired };
}
