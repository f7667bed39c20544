import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { achievementRate } from '../../../../src-shared/kpi/evaluate';
import type { Kpi } from '../../../../src-shared/model';
import { useEChart } from '../budget/use-echart';

/**
 * Target vs actual for KPIs of different units on one axis: each as a percent of its own
 * target, so 100% is the target line whatever the KPI measures.
 */
export function KpiChart({ kpis, t }: { kpis: readonly Kpi[]; t: TFunction }) {
  const option = useMemo(() => {
    const rates = kpis.map((k) => {
      const r = achievementRate(k);
      return r === null ? null : Math.round(r * 1000) / 10;
    });
    return {
      title: { text: t('chart'), textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0, right: 0 },
      grid: { left: 50, right: 10, top: 40, bottom: 60 },
      xAxis: { type: 'category' as const, data: kpis.map((k) => k.name), axisLabel: { rotate: 20 } },
      yAxis: { type: 'value' as const, axisLabel: { formatter: '{value}%' } },
      series: [
        { name: t('targetSeries'), type: 'bar' as const, data: kpis.map(() => 100) },
        { name: t('actualSeries'), type: 'bar' as const, data: rates },
      ],
    };
  }, [kpis, t]);
  const ref = useEChart(option);
  return <div ref={ref} className="chart kpi-chart" data-testid="kpi-chart" />;
}
