import { describe, expect, it } from 'vitest';
import { PLAN_ID, activity } from '../conflicts/snapshot-fixture';
import { eventDates, shiftTiming, timingFromCalendar, timingOnDay } from './fc-dates';
import { MORE_PREFIX, cappedEvents } from './to-events';

describe('calendar dates at the FullCalendar edge', () => {
  it('turns FullCalendar’s exclusive all-day end back into our inclusive one', () => {
    expect(timingFromCalendar(true, new Date(2027, 0, 30), new Date(2027, 1, 1))).toEqual({
      start: '2027-01-30',
      end: '2027-01-31',
    });
    expect(timingFromCalendar(true, new Date(2027, 0, 30), null)).toEqual({ start: '2027-01-30', end: '2027-01-30' });
    expect(timingFromCalendar(false, new Date(2027, 0, 9, 14), new Date(2027, 0, 9, 16, 30))).toEqual({
      start: '2027-01-09T14:00',
      end: '2027-01-09T16:30',
    });
  });

  it('says an event’s dates for its hover title: one day, a day’s times, or a span with inclusive end', () => {
    const range = (from: string, to: string) => `${from} 至 ${to}`;
    expect(eventDates(true, new Date(2027, 0, 9), new Date(2027, 0, 10), range)).toBe('2027-01-09');
    expect(eventDates(true, new Date(2027, 0, 30), new Date(2027, 1, 2), range)).toBe('2027-01-30 至 2027-02-01');
    expect(eventDates(false, new Date(2027, 0, 9, 14), new Date(2027, 0, 9, 16, 30), range)).toBe(
      '2027-01-09 14:00–16:30',
    );
    expect(eventDates(false, new Date(2027, 0, 9, 20), new Date(2027, 0, 10, 9), range)).toBe(
      '2027-01-09 20:00 至 2027-01-10 09:00',
    );
  });

  it('moves keep the length and the times of day, across a month end', () => {
    expect(shiftTiming({ start: '2027-01-30T14:00', end: '2027-01-30T16:00' }, 3)).toEqual({
      start: '2027-02-02T14:00',
      end: '2027-02-02T16:00',
    });
    expect(timingOnDay({ start: '2027-01-01', end: '2027-01-03' }, '2027-02-27')).toEqual({
      start: '2027-02-27',
      end: '2027-03-01',
    });
  });
});

describe('cappedEvents', () => {
  const day = Array.from({ length: 7 }, (_, i) => activity(PLAN_ID, `活动${i}`, '2027-04-10', '2027-04-10'));
  const other = activity(PLAN_ID, '另一天', '2027-04-11', '2027-04-11');

  it('draws at most perDay events a day, the rest as one "+N more" chip', () => {
    const events = cappedEvents([...day, other], 4, new Set(), (n) => `+${n}`);
    const onDay = events.filter((e) => e.start === '2027-04-10');
    expect(onDay).toHaveLength(4);
    expect(onDay.at(-1)).toMatchObject({ id: `${MORE_PREFIX}2027-04-10`, title: '+4' });
    expect(events.filter((e) => e.start === '2027-04-11')).toHaveLength(1);
  });

  it('a selected activity is never hidden behind the chip', () => {
    const events = cappedEvents(day, 3, new Set([day[6].id]), (n) => `+${n}`);
    expect(events.map((e) => e.id)).toContain(day[6].id);
  });
});
