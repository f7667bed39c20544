import { describe, expect, it } from 'vitest';
import { datePlaceholder, formatDateText, parseDateText } from './date-text';

describe('date fields in the UI language', () => {
  it('shows 2027-03-05 in Chinese and Mar 5, 2027 in English, with the time when timed', () => {
    expect(formatDateText('2027-03-05', 'zh-CN')).toBe('2027-03-05');
    expect(formatDateText('2027-03-05', 'en')).toBe('Mar 5, 2027');
    expect(formatDateText('2027-12-31T09:30', 'zh-CN')).toBe('2027-12-31 09:30');
    expect(formatDateText('2027-12-31T09:30', 'en')).toBe('Dec 31, 2027, 09:30');
    expect(datePlaceholder('en', false)).toBe('Mar 5, 2027');
    expect(formatDateText('not a date', 'en')).toBe('not a date');
  });

  it('reads what it shows in both languages, and ISO, slashes and 年月日 in either', () => {
    for (const lang of ['zh-CN', 'en'] as const)
      for (const value of ['2027-03-05', '2028-02-29', '2030-11-09'])
        expect(parseDateText(formatDateText(value, lang), false)).toBe(value);
    expect(parseDateText(formatDateText('2027-12-31T09:30', 'en'), true)).toBe('2027-12-31T09:30');
    expect(parseDateText('2027/3/5', false)).toBe('2027-03-05');
    expect(parseDateText('2027年3月5日', false)).toBe('2027-03-05');
    expect(parseDateText('march 5 2027', false)).toBe('2027-03-05');
    expect(parseDateText('2027年3月5日 9:05', true)).toBe('2027-03-05T09:05');
  });

  it('names no date for a day that does not exist, a missing time, or a time where none belongs', () => {
    expect(parseDateText('2027-02-29', false)).toBeNull();
    expect(parseDateText('Feb 30, 2028', false)).toBeNull();
    expect(parseDateText('Foo 3, 2027', false)).toBeNull();
    expect(parseDateText('2027-03-05', true)).toBeNull();
    expect(parseDateText('2027-03-05 09:30', false)).toBeNull();
    expect(parseDateText('', false)).toBeNull();
  });
});
