import { addDays } from '../model/dates';

/**
 * Quarter q of the fiscal year `year` whose first quarter starts in `startMonth` (1 = calendar
 * quarters; 4 = April-June is Q1 of fiscal `year`). Inclusive first and last day. Shared by the
 * calendar export and the printed schedule so both mean the same days by "Q2".
 */
export function quarterRange(year: number, q: number, startMonth = 1): [string, string] {
  const month0 = startMonth - 1 + (q - 1) * 3;
  const y = year + Math.floor(month0 / 12);
  const m = (month0 % 12) + 1;
  const from = `${y}-${String(m).padStart(2, '0')}-01`;
  const nextM = m + 3;
  const next =
    nextM > 12 ? `${y + 1}-${String(nextM - 12).padStart(2, '0')}-01` : `${y}-${String(nextM).padStart(2, '0')}-01`;
  return [from, addDays(next, -1)];
}
