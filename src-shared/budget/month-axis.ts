/**
 * The month axis of the budget chart: every month from the first dated line's to the last one's,
 * so a month with no spending shows as an empty bar instead of vanishing and making its
 * neighbours look adjacent; lines without a date come last under their own label ('').
 */
export function monthAxis(months: Iterable<string>): string[] {
  let first = '';
  let last = '';
  let undated = false;
  for (const m of months) {
    if (m === '') undated = true;
    else {
      if (!first || m < first) first = m;
      if (!last || m > last) last = m;
    }
  }
  const out: string[] = [];
  if (first) {
    let [y, mo] = first.split('-').map(Number);
    for (;;) {
      const key = `${y}-${String(mo).padStart(2, '0')}`;
      out.push(key);
      if (key >= last) break;
      mo += 1;
      if (mo > 12) {
        mo = 1;
        y += 1;
      }
    }
  }
  if (undated) out.push('');
  return out;
}

/**
 * The actual-spending line of a month: nothing (a gap) for a month that has not begun, so the
 * line does not fall to zero across the future and read as "spent nothing"; the undated bucket
 * and every begun month show their figure.
 */
export function actualPoint(month: string, actualCents: number, todayMonth: string): number | null {
  return month !== '' && month > todayMonth ? null : actualCents;
}
