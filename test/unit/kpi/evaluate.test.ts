import { describe, expect, it } from 'vitest';
import { achievementRate, kpiTriggerState, summarizeKpis, triggerRuleText } from '../../../src-shared/kpi/evaluate';
import type { Kpi } from '../../../src-shared/model';

const kpi = (o: Partial<Kpi>): Kpi => ({
  id: 'k',
  planId: 'p',
  activityId: null,
  phase: '',
  name: '参与人数',
  unit: '',
  baseline: null,
  target: 1000,
  actual: null,
  higherIsBetter: true,
  triggerThreshold: null,
  triggerComparison: 'lt',
  triggerAction: '',
  createdAt: '',
  updatedAt: '',
  ...o,
});

describe('KPI achievement and triggers', () => {
  it('computes achievement for more-is-better and less-is-better KPIs', () => {
    expect(achievementRate(kpi({ actual: 1200 }))).toBe(1.2);
    expect(achievementRate(kpi({ actual: null }))).toBeNull();
    expect(achievementRate(kpi({ target: 5, actual: 10, higherIsBetter: false }))).toBe(0.5);
    expect(achievementRate(kpi({ target: 5, actual: 0, higherIsBetter: false }))).toBe(1);
    expect(achievementRate(kpi({ target: 0, actual: 3 }))).toBeNull();
  });

  it('fires "topic match < 85% → extend topic collection by 3 days"', () => {
    const rule = {
      target: 90,
      unit: '%',
      triggerThreshold: 85,
      triggerComparison: 'lt' as const,
      triggerAction: '延长议题征集 3 天',
    };
    expect(kpiTriggerState(kpi({ ...rule, actual: 84 }))).toBe('fired');
    expect(kpiTriggerState(kpi({ ...rule, actual: 85 }))).toBe('ok');
    expect(kpiTriggerState(kpi({ ...rule, actual: 85, triggerComparison: 'lte' }))).toBe('fired');
    expect(kpiTriggerState(kpi({ ...rule }))).toBe('no_data');
    expect(kpiTriggerState(kpi({}))).toBe('no_rule');
    expect(triggerRuleText(kpi(rule))).toBe('< 85 % → 延长议题征集 3 天');
  });

  it('summarizes met and fired KPIs', () => {
    const s = summarizeKpis([kpi({ actual: 1000 }), kpi({ actual: 10, triggerThreshold: 50 }), kpi({})]);
    expect(s).toEqual({ total: 3, withActual: 2, met: 1, fired: 1 });
  });
});
