/**
 * Money is integer cents (分) end to end; these helpers only format and parse at the edge.
 * Parsing is done on the decimal digits themselves, never through floating point, so
 * "¥0.29" is 29 cents and "1.2万" is 1,200,000 cents exactly.
 */

/** "¥12,500.00" (or "-¥300.00" for a negative variance). */
export function formatCny(cents: number, symbol = '¥'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const yuan = Math.floor(abs / 100);
  const fen = String(abs % 100).padStart(2, '0');
  return `${sign}${symbol}${groupThousands(String(yuan))}.${fen}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Reading amounts has one home, src-shared/parse/amount.ts (shared with file import); the
 * budget views keep their familiar names for it.
 */
export { centsToDecimal as centsToPlain, parseAmount, AMOUNT_MESSAGES as AMOUNT_REASONS } from '../parse/amount';
export type { AmountResult as AmountParse } from '../parse/amount';
