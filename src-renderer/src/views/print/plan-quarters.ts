import { quarterRange } from '../../../../src-shared/print';

export interface PlanQuarter {
  year: number;
  quarter: number;
  from: string;
  to: string;
  label: string;
}

/**
 * The (fiscal) quarters a plan touches, in order. The year is the fiscal year the quarter
 * belongs to, as the ICS export and the print layout both read it through quarterRange.
 */
export function planQuarters(startDate: string, endDate: string, startMonth: number): PlanQuarter[] {
  const out: PlanQuarter[] = [];
  const first = Number(startDate.slice(0, 4)) - 1;
  const last = Number(endDate.slice(0, 4));
  for (let year = first; year <= last; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const [from, to] = quarterRange(year, quarter, startMonth);
      if (to < startDate || from > endDate) continue;
      out.push({ year, quarter, from, to, label: `${year} Q${quarter}` });
    }
  }
  return out;
}
