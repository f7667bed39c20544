import { describe, expect, it } from 'vitest';
import { anchorAfterShow, clampToPlan, openingDay } from './view-anchor';

const plan = { startDate: '2027-01-01', endDate: '2027-12-31' };

describe('the day every schedule view looks at', () => {
  it('opens on the day last looked at, else today inside the plan, else the plan start', () => {
    expect(openingDay('2027-05-12', '2026-12-04', plan)).toBe('2027-05-12');
    expect(openingDay('2026-11-30', '2026-12-04', plan)).toBe('2027-01-01');
    expect(openingDay(null, '2027-03-08', plan)).toBe('2027-03-08');
    expect(openingDay('junk', '2026-12-04', plan)).toBe('2027-01-01');
  });

  it('keeps the anchor while on show, so a week reaching back into 2026 does not leave the plan', () => {
    // The week of 2027-01-01 starts on Monday 2026-12-28.
    expect(anchorAfterShow('2027-01-01', '2026-12-28', '2027-01-03', plan)).toBe('2027-01-01');
    // Paging on to the next week moves it to that week's first day.
    expect(anchorAfterShow('2027-01-01', '2027-01-04', '2027-01-10', plan)).toBe('2027-01-04');
    // Paging back before the plan: the first day on show inside the plan, or the first day on show.
    expect(anchorAfterShow('2027-01-04', '2026-12-28', '2027-01-03', plan)).toBe('2027-01-01');
    expect(anchorAfterShow('2027-01-01', '2026-12-21', '2026-12-27', plan)).toBe('2026-12-21');
  });

  it('clamps a day into the plan', () => {
    expect(clampToPlan('2026-10-01', plan)).toBe('2027-01-01');
    expect(clampToPlan('2028-01-01', plan)).toBe('2027-12-31');
    expect(clampToPlan('2027-06-01', plan)).toBe('2027-06-01');
  });
});
