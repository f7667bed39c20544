/**
 * Amounts as planners write them in spreadsheets, to integer cents (分) exactly. The decimal
 * digits are shifted as text, never multiplied as floats, so "0.29" is 29 and "1.2万" is
 * 1,200,000 cents. Shared by file import (src-main/files) and any paste path.
 */
export type AmountResult = { ok: true; cents: number } | { ok: false; reason: AmountReason };
export type AmountReason = 'empty' | 'negative' | 'not_a_number' | 'too_large';

/** Powers of ten of each unit, in yuan: 千/k thousand, 万/w ten thousand, 百万 million, 亿 hundred million. */
const UNIT_EXP: Record<string, number> = { '': 0, 千: 3, k: 3, 万: 4, w: 4, 百万: 6, 亿: 8 };
export const MAX_CENTS = 1e13;

export function parseAmount(input: string | number): AmountResult {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'not_a_number' };
    if (input < 0) return { ok: false, reason: 'negative' };
    // A spreadsheet number: its shortest round-trip decimal form is the value the planner typed.
    input = numberToPlain(input);
    if (input === '') return { ok: false, reason: 'too_large' };
  }
  let s = toHalfWidth(input).trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (/^[-−–]|^\(.*\)$|-$/.test(s)) return { ok: false, reason: 'negative' };
  s = s
    .replace(/^(RMB|CNY|¥|￥)/i, '')
    .replace(/(RMB|CNY|元)$/i, '')
    .replace(/,/g, '');
  if (/^[-−–]/.test(s)) return { ok: false, reason: 'negative' };
  const m = /^(\d*)(?:\.(\d*))?(千|k|万|w|百万|亿)?元?$/i.exec(s);
  if (!m || (m[1] === '' && !m[2])) return { ok: false, reason: 'not_a_number' };
  const exp = 2 + UNIT_EXP[(m[3] ?? '').toLowerCase()];
  const whole = m[1] || '0';
  const frac = m[2] ?? '';
  const kept = (frac + '0'.repeat(exp)).slice(0, exp);
  // Round half up on the first digit dropped (a formula's 1234.565 is 123457 cents).
  const roundUp = frac.length > exp && frac.charCodeAt(exp) >= 0x35;
  const digits = (whole + kept).replace(/^0+(?=\d)/, '');
  if (digits.length > 14) return { ok: false, reason: 'too_large' };
  const cents = Number(digits) + (roundUp ? 1 : 0);
  if (cents > MAX_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents };
}

/** "12500.5" for 12500.5; '' for values toString would write in exponent form (too large or too small to matter). */
function numberToPlain(n: number): string {
  const s = String(n);
  if (!s.includes('e')) return s;
  return n < 1 ? '0' : '';
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** "12500.00" style plain text for cents (exports, editing). */
export function centsToDecimal(cents: number): string {
  const abs = Math.abs(Math.trunc(cents));
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export const AMOUNT_MESSAGES: Record<AmountReason, { zh: string; en: string }> = {
  empty: { zh: '金额为空', en: 'The amount is empty' },
  negative: { zh: '金额不能为负数', en: 'An amount cannot be negative' },
  not_a_number: {
    zh: '无法识别的金额（例如 12500、¥12,500.00 或 1.2万）',
    en: 'Not an amount (try 12500, ¥12,500.00 or 1.2万)',
  },
  too_large: { zh: '金额过大', en: 'The amount is too large' },
};
