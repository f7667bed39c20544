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

/** Editable text without symbol or separators: "12500.00". */
export function centsToPlain(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export type AmountParse =
  { ok: true; cents: number } | { ok: false; reason: 'empty' | 'negative' | 'not_a_number' | 'too_large' };

/** Powers of ten from yuan: 千 (thousand), 万 (ten thousand), 百万, 亿 (hundred million); k/w as typed in WPS. */
const UNITS: Record<string, number> = { '': 0, 元: 0, 千: 3, k: 3, 万: 4, w: 4, 百万: 6, 亿: 8 };
const MAX_CENTS = 1e13;

/**
 * Reads an amount as planners type or paste it: "¥12,500.00", "￥12500", "12,500元", "1.2万",
 * "3亿", "RMB 800", full-width digits. Negative amounts ("-5", "(5)", "−5") are refused: a
 * budget line holds what is planned or spent, never a refund.
 */
export function parseAmount(text: string): AmountParse {
  let s = toHalfWidth(text).trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: 'empty' };
  if (/^[-−–]|^\(.*\)$|-$/.test(s)) return { ok: false, reason: 'negative' };
  s = s
    .replace(/^(RMB|CNY|¥|￥)/i, '')
    .replace(/(RMB|CNY)$/i, '')
    .replace(/,/g, '');
  if (s.startsWith('-')) return { ok: false, reason: 'negative' };
  const m = /^(\d*)(?:\.(\d*))?(千|k|万|w|百万|亿)?元?$/i.exec(s);
  if (!m || (m[1] === '' && !m[2])) return { ok: false, reason: 'not_a_number' };
  const exp = 2 + UNITS[(m[3] ?? '').toLowerCase()];
  const whole = m[1] || '0';
  const frac = m[2] ?? '';
  // Shift the decimal point by `exp` digits, then round half up on the first digit dropped.
  const kept = (frac + '0'.repeat(exp)).slice(0, exp);
  const next = frac.length > exp ? Number(frac[exp]) : 0;
  const digits = (whole + kept).replace(/^0+(?=\d)/, '');
  if (digits.length > 14) return { ok: false, reason: 'too_large' };
  const cents = Number(digits) + (next >= 5 ? 1 : 0);
  if (cents > MAX_CENTS) return { ok: false, reason: 'too_large' };
  return { ok: true, cents };
}

function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

export const AMOUNT_REASONS: Record<Exclude<AmountParse, { ok: true }>['reason'], { zh: string; en: string }> = {
  empty: { zh: '请输入金额', en: 'Enter an amount' },
  negative: { zh: '金额不能为负数', en: 'An amount cannot be negative' },
  not_a_number: {
    zh: '无法识别的金额，例如 12500、¥12,500.00 或 1.2万',
    en: 'Not an amount; try 12500, ¥12,500.00 or 1.2万',
  },
  too_large: { zh: '金额过大', en: 'The amount is too large' },
};
