import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { categoryLabel } from '../../../../src-shared/budget/categories';
import { actualPoint, monthAxis } from '../../../../src-shared/budget/month-axis';
import type { BudgetRollup } from '../../../../src-shared/budget/rollup';
import { BUDGET_CATEGORIES } from '../../../../src-shared/model';
import { todayIso } from '../../util/dates';
import { useEChart } from './use-echart';

const yuan = (cents: number) => Math.round(cents) / 100;

/** Spending by category and plan vs actual by month, from the same roll-up the grid shows. */
export function BudgetCharts({ rollup, t, lang }: { rollup: BudgetRollup; t: TFunction; lang: 'zh-CN' | 'en' }) {
  const planned = t('col.planned');
  const actual = t('col.actual');

  const byCategory = useMemo(() => {
    const cats = BUDGET_CATEGORIES.filter((c) => rollup.byCategory.has(c));
    return {
      title: { text: t('chartCategory'), textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0, right: 0 },
      grid: { left: 70, right: 10, top: 40, bottom: 60 },
      xAxis: {
        type: 'category' as const,
        data: cats.map((c) => categoryLabel(c, lang)),
        axisLabel: { rotate: 30 },
      },
      yAxis: { type: 'value' as const },
      series: [
        { name: planned, type: 'bar' as const, data: cats.map((c) => yuan(rollup.byCategory.get(c)!.plannedCents)) },
        { name: actual, type: 'bar' as const, data: cats.map((c) => yuan(rollup.byCategory.get(c)!.actualCents)) },
      ],
    };
  }, [rollup, t, lang, planned, actual]);

  const byMonth = useMemo(() => {
    const months = monthAxis(rollup.byMonth.keys());
    const thisMonth = todayIso().slice(0, 7);
    const totals = (m: string) => rollup.byMonth.get(m) ?? { plannedCents: 0, actualCents: 0 };
    return {
      title: { text: t('chartMonth'), textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0, right: 0 },
      grid: { left: 70, right: 10, top: 40, bottom: 40 },
      xAxis: { type: 'category' as const, data: months.map((m) => m || t('undated')) },
      yAxis: { type: 'value' as const },
      series: [
        { name: planned, type: 'bar' as const, data: months.map((m) => yuan(totals(m).plannedCents)) },
        {
          name: actual,
          type: 'line' as const,
          data: months.map((m) => {
            const cents = actualPoint(m, totals(m).actualCents, thisMonth);
            return cents === null ? null : yuan(cents);
          }),
        },
      ],
    };
  }, [rollup, t, planned, actual]);

  const categoryRef = useEChart(byCategory);
  const monthRef = useEChart(byMonth);
  return (
    <div className="budget-charts" data-testid="budget-charts">
      <div ref={categoryRef} className="chart" data-testid="chart-category" />
      <div ref={monthRef} className="chart" data-testid="chart-month" />
    </div>
  );
}
