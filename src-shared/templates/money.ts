/**
 * Money helpers for templates. Everything is integer cents; splits use the largest-remainder
 * method so parts always sum to the whole exactly, to the cent, whatever the weights.
 */
export const YUAN = 100;

export function yuan(amount: number): number {
  return Math.round(amount * YUAN);
}

/** Splits `totalCents` in proportion to `weights` (non-negative, not all zero); ties go to the earlier part. */
export function splitCents(totalCents: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(totalCents) || totalCents < 0) throw new Error(`not a cent amount: ${totalCents}`);
  const sum = weights.reduce((a, w) => a + w, 0);
  if (weights.length === 0 || sum <= 0 || weights.some((w) => w < 0))
    throw new Error('weights must be non-negative and not all zero');
  const exact = weights.map((w) => (totalCents * w) / sum);
  const parts = exact.map((x) => Math.floor(x));
  let rest = totalCents - parts.reduce((a, p) => a + p, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) parts[order[k].i]++;
  return parts;
}

/** Percent of a cent amount, exact when the percent divides evenly; otherwise rounded down. */
export function percentOf(totalCents: number, percent: number): number {
  return Math.floor((totalCents * percent) / 100);
}

/**
 * Like splitCents, but in amounts a planner would write: whole hundreds of yuan when the total
 * allows it (else tens, whole yuan, cents), still summing to the total exactly. A split with
 * fewer than ten units per part falls back to the next finer unit so small parts do not vanish.
 */
export function splitRounded(totalCents: number, weights: readonly number[]): number[] {
  for (const unit of [100 * YUAN, 10 * YUAN, YUAN]) {
    if (totalCents % unit === 0 && totalCents / unit >= 10 * weights.length) {
      return splitCents(totalCents / unit, weights).map((p) => p * unit);
    }
  }
  return splitCents(totalCents, weights);
}
