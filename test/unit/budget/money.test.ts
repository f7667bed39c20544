import { describe, expect, it } from 'vitest';
import { centsToPlain, formatCny, parseAmount } from '../../../src-shared/budget/money';

describe('parseAmount', () => {
  it.each([
    ['¥12,500.00', 1_250_000],
    ['￥12500', 1_250_000],
    ['12,500元', 1_250_000],
    ['1.2万', 1_200_000],
    ['1.2万元', 1_200_000],
    ['3亿', 30_000_000_000],
    ['RMB 800', 80_000],
    ['０.２９', 29],
    ['0.29', 29],
    ['.5', 50],
    ['12.345', 1235],
    ['1.23456万', 1_234_560],
    ['5k', 500_000],
    ['0', 0],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['-5', 'negative'],
    ['(500)', 'negative'],
    ['−5', 'negative'],
    ['¥-5', 'negative'],
    ['', 'empty'],
    ['abc', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['99999999999999999', 'too_large'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });
});

describe('formatCny', () => {
  it('shows cents as grouped yuan with two decimals', () => {
    expect(formatCny(1_250_000)).toBe('¥12,500.00');
    expect(formatCny(5)).toBe('¥0.05');
    expect(formatCny(-30_000)).toBe('-¥300.00');
    expect(formatCny(100_000_000_00)).toBe('¥100,000,000.00');
    expect(centsToPlain(1_250_001)).toBe('12500.01');
  });

  it('round-trips through parseAmount for every cent value it prints', () => {
    for (const c of [0, 1, 9, 10, 99, 100, 101, 123_456_789, 9_999_999_999_999]) {
      expect(parseAmount(formatCny(c))).toEqual({ ok: true, cents: c });
    }
  });
});
