import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type IcsEvent, parseIcs } from '../../../src-main/files/ics/ics-read';

/**
 * The ICS corpus (test/fixtures/files/ics-corpus): one file per way real calendars differ, plus
 * RFC 5545's own recurrence examples. Expected dates are written out by hand from the RFC's
 * listings and from the files' intent, not computed with the code under test.
 */
const read = (name: string, zone = 'Asia/Shanghai') =>
  parseIcs(readFileSync(join(__dirname, '../../fixtures/files/ics-corpus', name)), zone);
const of = (events: IcsEvent[], uid: string) => events.filter((e) => e.uid === uid);
const starts = (events: IcsEvent[]) => events.map((e) => e.start);
const has = (e: IcsEvent | undefined, text: RegExp) => (e?.warnings ?? []).some((w) => text.test(w.en));

describe('ICS corpus', () => {
  it('an override belongs to its own series only; a cancelled override removes its occurrence', () => {
    const { events } = read('overrides-two-series.ics');
    expect(of(events, 'series-a@corpus').map((e) => [e.title, e.start, e.end])).toEqual([
      ['周一晨会', '2025-01-06T09:00', '2025-01-06T10:00'],
      ['周一晨会（改到周二下午）', '2025-01-14T14:00', '2025-01-14T15:00'],
      ['周一晨会', '2025-01-27T09:00', '2025-01-27T10:00'],
    ]);
    const b = of(events, 'series-b@corpus');
    expect(b.map((e) => e.title)).toEqual(['周一复盘', '周一复盘', '周一复盘', '周一复盘']);
    expect(starts(b)).toEqual(['2025-01-06T09:00', '2025-01-13T09:00', '2025-01-20T09:00', '2025-01-27T09:00']);
    expect(b.every((e) => e.end.endsWith('09:30'))).toBe(true);
  });

  it('a rule that matches no real date yields no dates and says so, even searching minute by minute', () => {
    const { events } = read('impossible-rule.ics');
    const yearly = of(events, 'feb-30@corpus');
    expect(starts(yearly)).toEqual(['2025-01-30']);
    expect(has(yearly[0], /matches no real date/)).toBe(true);
    const minutely = of(events, 'feb-30-hourly@corpus');
    expect(starts(minutely)).toEqual(['2025-01-01T08:00']);
    expect(has(minutely[0], /matches no real date|too many steps/)).toBe(true);
  });

  it('rules that search long stop at the file-wide bound and say so; the rest of the file still comes in', () => {
    const hostile = Array.from({ length: 40 }, (_, i) => [
      'BEGIN:VEVENT',
      `UID:slow-${i}`,
      'DTSTART:19000101T090000Z',
      'RRULE:FREQ=DAILY;BYWEEKNO=1;BYYEARDAY=300',
      'END:VEVENT',
    ]).flat();
    const text = [
      'BEGIN:VCALENDAR',
      ...hostile,
      'BEGIN:VEVENT',
      'UID:plain',
      'DTSTART;VALUE=DATE:20250301',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    const { events } = parseIcs(Buffer.from(text.join('\r\n')), 'Asia/Shanghai');
    expect(events).toHaveLength(41);
    expect(events.filter((e) => has(e, /too many steps/)).length).toBeGreaterThan(30);
    expect(events.find((e) => e.uid === 'plain')).toMatchObject({ start: '2025-03-01', errors: [] });
  });

  it('two RRULEs on one event give the union: all 36 occurrences', () => {
    const { events } = read('two-rrules.ics');
    expect(events).toHaveLength(36);
    expect(new Set(events.map((e) => e.recurrence)).size).toBe(36);
    expect(starts(events).slice(0, 4)).toEqual([
      '2025-01-06T20:00',
      '2025-01-08T20:00',
      '2025-01-13T20:00',
      '2025-01-15T20:00',
    ]);
    expect(events.every((e) => e.errors.length === 0)).toBe(true);
  });

  it('RDATE;VALUE=PERIOD occurrences keep their own length, amid a long daily rule', () => {
    const { events } = read('rdate-period.ics');
    expect(events).toHaveLength(203);
    expect(events.every((e) => e.errors.length === 0)).toBe(true);
    const at = (start: string) => events.find((e) => e.start === start)?.end;
    expect(at('2025-04-01T14:00')).toBe('2025-04-01T17:00');
    expect(at('2025-04-02T14:00')).toBe('2025-04-02T16:00');
    expect(at('2025-04-05T15:00')).toBe('2025-04-05T16:00');
    expect(at('2025-09-16T10:00')).toBe('2025-09-16T11:00');
  });

  it('DTSTART without DTEND or DURATION: a date is one day, a date-time a moment (given a slot, with a warning)', () => {
    const { events } = read('no-end.ics');
    const [moment] = of(events, 'moment@corpus');
    expect(moment).toMatchObject({ start: '2025-03-10T10:00', end: '2025-03-10T10:30', errors: [] });
    expect(has(moment, /no end time/)).toBe(true);
    expect(of(events, 'day@corpus')[0]).toMatchObject({ allDay: true, start: '2025-03-12', end: '2025-03-12' });
    expect(of(events, 'duration@corpus')[0]).toMatchObject({ start: '2025-03-15T14:00', end: '2025-03-15T16:30' });
  });

  it('legacy Outlook zone names without VTIMEZONE: mapped, else the offset in the name, else flagged', () => {
    const { events } = read('outlook-legacy-zones.ics');
    const one = (uid: string) => of(events, uid)[0];
    // 09:00 EDT (UTC-4) on 10 July is 21:00 in Shanghai.
    expect(one('legacy-eastern@corpus')).toMatchObject({ start: '2025-07-10T21:00', warnings: [] });
    expect(one('legacy-beijing@corpus')).toMatchObject({ start: '2025-07-10T09:00', warnings: [] });
    // 09:00 AEST (UTC+10) is 07:00 in Shanghai.
    expect(one('windows-id@corpus')).toMatchObject({ start: '2025-07-10T07:00', warnings: [] });
    expect(one('legacy-offset@corpus')).toMatchObject({ start: '2025-07-10T20:00' });
    expect(has(one('legacy-offset@corpus'), /UTC-03:00/)).toBe(true);
    expect(one('legacy-unknown@corpus')).toMatchObject({ start: '2025-07-10T09:00' });
    expect(has(one('legacy-unknown@corpus'), /not known/)).toBe(true);
  });

  it('events without a UID get the same content-derived key on every read', () => {
    const first = read('no-uid.ics').events;
    const second = read('no-uid.ics').events;
    expect(first).toHaveLength(4);
    expect(first.map((e) => `${e.uid}|${e.recurrence}`)).toEqual(second.map((e) => `${e.uid}|${e.recurrence}`));
    expect(new Set(first.map((e) => `${e.uid}|${e.recurrence}`)).size).toBe(4);
    expect(first.every((e) => e.uid.startsWith('no-uid-'))).toBe(true);
  });

  it("RFC 5545's recurrence examples give the RFC's listed dates", () => {
    const { events } = read('rfc5545-examples.ics', 'America/New_York');
    const days = (uid: string) => of(events, `${uid}@corpus`).map((e) => e.start.slice(0, 10));
    expect(days('rfc-daily-10')).toEqual(
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((d) => `1997-09-${String(d).padStart(2, '0')}`),
    );
    expect(of(events, 'rfc-daily-10@corpus').every((e) => e.start.endsWith('T09:00'))).toBe(true);
    const everyOther: [string, number[]][] = [
      ['09', [1, 3, 5, 15, 17, 19, 29]],
      ['10', [1, 3, 13, 15, 17, 27, 29, 31]],
      ['11', [10, 12, 14, 24, 26, 28]],
      ['12', [8, 10, 12, 22]],
    ];
    expect(days('rfc-every-other-week')).toEqual(
      everyOther.flatMap(([m, ds]) => ds.map((d) => `1997-${m}-${String(d).padStart(2, '0')}`)),
    );
    expect(days('rfc-first-last')).toEqual([
      '1997-09-30',
      '1997-10-01',
      '1997-10-31',
      '1997-11-01',
      '1997-11-30',
      '1997-12-01',
      '1997-12-31',
      '1998-01-01',
      '1998-01-31',
      '1998-02-01',
    ]);
    expect(days('rfc-friday-13').slice(0, 5)).toEqual([
      '1998-02-13',
      '1998-03-13',
      '1998-11-13',
      '1999-08-13',
      '2000-10-13',
    ]);
    expect(days('rfc-setpos')).toEqual(['1997-09-04', '1997-10-07', '1997-11-06']);
    expect(days('rfc-20th-monday')).toEqual(['1997-05-19', '1998-05-18', '1999-05-17']);
    expect(days('rfc-weekno-20')).toEqual(['1997-05-12', '1998-05-11', '1999-05-17']);
    expect(days('rfc-wkst-mo')).toEqual(['1997-08-05', '1997-08-10', '1997-08-19', '1997-08-24']);
    expect(days('rfc-wkst-su')).toEqual(['1997-08-05', '1997-08-17', '1997-08-19', '1997-08-31']);
    expect(days('rfc-feb-30-ignored')).toEqual(['2007-01-15', '2007-01-30', '2007-02-15', '2007-03-15', '2007-03-30']);
    expect(of(events, 'rfc-rdate@corpus').map((e) => e.start)).toEqual(['1997-07-14T08:30', '1997-07-16T08:30']);
  });

  it('DST changes, all-day against timed, floating times and an override named in another zone', () => {
    const { events } = read('dst-allday-floating.ics');
    // New York moves to EDT on 8 March 2026: 09:00 there is 22:00, then 21:00, in Shanghai.
    expect(starts(of(events, 'ny-weekly-across-dst@corpus'))).toEqual([
      '2026-03-01T22:00',
      '2026-03-08T21:00',
      '2026-03-15T21:00',
    ]);
    // London returns to GMT on 25 October 2026: 08:30 there is 15:30, then 16:30.
    expect(starts(of(events, 'london-autumn@corpus'))).toEqual([
      '2026-10-24T15:30',
      '2026-10-25T16:30',
      '2026-10-26T16:30',
    ]);
    expect(of(events, 'allday-weekly@corpus').map((e) => [e.allDay, e.start, e.end])).toEqual([
      [true, '2026-03-02', '2026-03-03'],
      [true, '2026-03-16', '2026-03-17'],
    ]);
    expect(of(events, 'floating-monthly@corpus').map((e) => [e.start, e.end])).toEqual([
      ['2026-01-05T19:00', '2026-01-05T20:30'],
      ['2026-02-05T19:00', '2026-02-05T20:30'],
    ]);
    expect(of(events, 'utc-override@corpus').map((e) => [e.title, e.start])).toEqual([
      ['UTC series', '2026-03-02T10:00'],
      ['UTC series (moved by its organiser in Shanghai)', '2026-03-03T16:00'],
      ['UTC series', '2026-03-04T10:00'],
    ]);
  });
});
