import { describe, expect, it } from 'vitest';
import { actualPoint, monthAxis } from '../../../src-shared/budget/month-axis';

describe('the budget chart’s month axis', () => {
  it('fills the months between the first and last dated lines, across a year end, undated last', () => {
    expect(monthAxis(['2027-01', '', '2026-10', '2026-11'])).toEqual(['2026-10', '2026-11', '2026-12', '2027-01', '']);
  });

  it('has one month, or only the undated bucket, or nothing', () => {
    expect(monthAxis(['2026-05'])).toEqual(['2026-05']);
    expect(monthAxis([''])).toEqual(['']);
    expect(monthAxis([])).toEqual([]);
  });

  it('leaves the actual line empty for months that have not begun, not zero', () => {
    expect(actualPoint('2026-12', 0, '2026-11')).toBeNull();
    expect(actualPoint('2026-11', 0, '2026-11')).toBe(0);
    expect(actualPoint('2026-10', 1500, '2026-11')).toBe(1500);
    expect(actualPoint('', 700, '2026-11')).toBe(700);
  });
});
