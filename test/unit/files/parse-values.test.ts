import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDay } from '../../../src-shared/model';
import { centsToDecimal, parseAmount } from '../../../src-shared/parse/amount';
import { lacksYear, parseDateCell } from '../../../src-shared/parse/date';

describe('parseAmount', () => {
  it.each([
    ['12500', 1_250_000],
    ['¥12,500.00', 1_250_000],
    ['￥12,500.00', 1_250_000],
    ['1.2万', 1_200_000],
    ['1.2345万', 1_234_500],
    ['0.29', 29],
    ['12,500元', 1_250_000],
    ['３００', 30_000],
    ['RMB 800', 80_000],
    ['3亿', 30_000_000_000],
    ['1234.565', 123_457],
  ])('%s → %i cents', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', 'empty'],
    ['-5', 'negative'],
    ['(5)', 'negative'],
    ['abc', 'not_a_number'],
    ['1.2.3', 'not_a_number'],
    ['999999999999999', 'too_large'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(parseAmount(text)).toEqual({ ok: false, reason });
  });

  it('spreadsheet numbers: formula noise rounds to the cent, never through float multiplication', () => {
    expect(parseAmount(1234.5600000000002)).toEqual({ ok: true, cents: 123_456 });
    expect(parseAmount(0.1 + 0.2)).toEqual({ ok: true, cents: 30 });
    expect(parseAmount(-1)).toEqual({ ok: false, reason: 'negative' });
  });

  it('property: every cents value survives plain, grouped, ¥ and number forms exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), (cents) => {
        const plain = centsToDecimal(cents);
        const grouped = `¥${plain.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ',')}`;
        expect(parseAmount(plain)).toEqual({ ok: true, cents });
        expect(parseAmount(grouped)).toEqual({ ok: true, cents });
        expect(parseAmount(cents / 100)).toEqual({ ok: true, cents });
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('fuzz: never throws, and a success is an integer in range', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[¥￥0-9,.万千亿元-]{0,20}$/), fc.double()), (v) => {
        const r = parseAmount(v);
        if (r.ok) expect(Number.isSafeInteger(r.cents) && r.cents >= 0 && r.cents <= 1e13).toBe(true);
      }),
      { numRuns: 5000, seed: 8 },
    );
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2026-03-08', '2026-03-08', null],
    ['2026/3/8', '2026-03-08', null],
    ['2026.3.8', '2026-03-08', null],
    ['2026年3月8日', '2026-03-08', null],
    ['２０２６年３月８日', '2026-03-08', null],
    ['20260308', '2026-03-08', null],
    ['2026-03-08 14:30', '2026-03-08', '14:30'],
    ['2026年3月8日 14时30分', '2026-03-08', '14:30'],
    ['46089', '2026-03-08', null],
  ])('%s', (text, day, time) => {
    expect(parseDateCell(text)).toEqual({ ok: true, day, time });
  });

  it('dates without a year are refused until the planner gives one', () => {
    expect(parseDateCell('3月8日')).toEqual({ ok: false, reason: 'needs_year' });
    expect(parseDateCell('3/8')).toEqual({ ok: false, reason: 'needs_year' });
    expect(parseDateCell('3月8日', { year: 2027 })).toEqual({ ok: true, day: '2027-03-08', time: null });
    expect(lacksYear('3月8日')).toBe(true);
    expect(lacksYear('2026年3月8日')).toBe(false);
  });

  it('Excel serials, including the phantom 29 Feb 1900', () => {
    expect(parseDateCell(1)).toMatchObject({ day: '1900-01-01' });
    expect(parseDateCell(59)).toMatchObject({ day: '1900-02-28' });
    expect(parseDateCell(61)).toMatchObject({ day: '1900-03-01' });
    expect(parseDateCell(46089.75)).toEqual({ ok: true, day: '2026-03-08', time: '18:00' });
  });

  it('refuses impossible days and text that is no date', () => {
    expect(parseDateCell('2026-02-30')).toEqual({ ok: false, reason: 'no_such_day' });
    expect(parseDateCell('2026')).toEqual({ ok: false, reason: 'not_a_date' });
    expect(parseDateCell('下周三')).toEqual({ ok: false, reason: 'not_a_date' });
    expect(parseDateCell('')).toEqual({ ok: false, reason: 'empty' });
  });

  it('fuzz: never throws; a success is a real day', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[0-9年月日号/.\- :时分]{0,24}$/), fc.double(), fc.integer()),
        fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: undefined }),
        (v, year) => {
          const r = parseDateCell(v, { year });
          if (r.ok) expect(isValidDay(r.day)).toBe(true);
        },
      ),
      { numRuns: 5000, seed: 9 },
    );
  });
});
