import fc from 'fast-check';
import { RRule, rrulestr } from 'rrule';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src-main/files/ics/ics-read';
import { FileRefused } from '../../../src-main/files/limits';
import { isValidDateTime, isValidDay } from '../../../src-shared/model';
import { calendar } from './ics-arbitrary';

/**
 * The ICS reader against generated input: (1) recurrence rules compared with an independent
 * expansion (the rrule package, a port of python-dateutil), (2) generated VEVENTs, broken ones
 * included, never make it throw anything but a refusal, and what it answers is well formed.
 */
const ics = (...lines: string[]) =>
  Buffer.from(['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
const compact = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);
const wall = (d: Date) => d.toISOString().slice(0, 16);

/** Floating DTSTART read in a UTC plan: the plan's wall times are the rule's, as rrule computes them in UTC. */
function ours(dtstart: Date, rule: string): string[] {
  const text = ics(
    'BEGIN:VEVENT',
    'UID:r',
    `DTSTART:${compact(dtstart)}`,
    'DURATION:PT1H',
    `RRULE:${rule}`,
    'END:VEVENT',
  );
  return parseIcs(text, 'UTC').events.map((e) => e.start);
}

/**
 * RFC 5545 counts DTSTART as the first instance even when the rule would not produce it; dateutil
 * does not. Plans end in 2200, so nothing later is expected.
 */
function theirs(dtstart: Date, rule: string): string[] {
  const all = rrulestr(`DTSTART:${compact(dtstart)}Z\nRRULE:${rule}`).all((_, i) => i < 600);
  return [...new Set([wall(dtstart), ...all.map(wall)])].filter((w) => w < '2201').sort();
}

const RULES = [
  'FREQ=DAILY;COUNT=10',
  'FREQ=DAILY;INTERVAL=10;COUNT=5',
  'FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,WE,FR;WKST=SU',
  'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
  'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
  'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
  'FREQ=MONTHLY;BYMONTHDAY=-3;COUNT=6',
  'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
  'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
  'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
  'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
  'FREQ=YEARLY;BYMONTH=3;BYDAY=TH;COUNT=11',
  'FREQ=YEARLY;BYDAY=SU;BYMONTH=1;COUNT=8',
  'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13;COUNT=10',
  'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8;COUNT=3',
  'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2;COUNT=7',
  'FREQ=HOURLY;INTERVAL=3;COUNT=8',
  'FREQ=MINUTELY;INTERVAL=15;COUNT=6',
  'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16;COUNT=30',
  'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40;COUNT=30',
  'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;COUNT=4',
];

describe('recurrence against an independent expansion', () => {
  it.each(RULES)('%s', (rule) => {
    const start = new Date(Date.UTC(1997, 8, 2, 9, 0));
    expect(ours(start, rule)).toEqual(theirs(start, rule));
  });

  it('generated rules agree with rrule', () => {
    const freq = fc.constantFrom(RRule.YEARLY, RRule.MONTHLY, RRule.WEEKLY, RRule.DAILY);
    const names = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'];
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const rule = fc
      .record({
        freq,
        interval: fc.integer({ min: 1, max: 3 }),
        count: fc.integer({ min: 1, max: 40 }),
        byMonth: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
        byMonthDay: fc.uniqueArray(
          fc.integer({ min: -31, max: 31 }).filter((n) => n !== 0),
          { maxLength: 3 },
        ),
        byDay: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 3 }),
        nth: fc.constantFrom(0, 0, 1, 2, -1),
        setPos: fc.constantFrom(0, 0, 1, -1),
      })
      .map((r) => {
        const ordinal =
          r.nth !== 0 && (r.freq === RRule.MONTHLY || r.freq === RRule.YEARLY) && r.byMonthDay.length === 0;
        const parts = [`FREQ=${names[r.freq]}`, `INTERVAL=${r.interval}`, `COUNT=${r.count}`];
        if (r.byMonth.length) parts.push(`BYMONTH=${r.byMonth.join(',')}`);
        if (r.byMonthDay.length && r.freq !== RRule.WEEKLY) parts.push(`BYMONTHDAY=${r.byMonthDay.join(',')}`);
        if (r.byDay.length) parts.push(`BYDAY=${r.byDay.map((d) => `${ordinal ? r.nth : ''}${days[d]}`).join(',')}`);
        // dateutil's first WEEKLY period starts at DTSTART, not at the week's start, which moves
        // BYSETPOS there; RFC 5545 counts the whole week. The two differ on purpose only there.
        const setPos = r.setPos !== 0 && r.freq !== RRule.WEEKLY && (r.byDay.length > 1 || r.byMonthDay.length > 1);
        if (setPos) parts.push(`BYSETPOS=${r.setPos}`);
        return parts.join(';');
      });
    const start = fc
      .record({
        y: fc.integer({ min: 1990, max: 2030 }),
        doy: fc.integer({ min: 0, max: 364 }),
        h: fc.integer({ min: 0, max: 23 }),
      })
      .map(({ y, doy, h }) => new Date(Date.UTC(y, 0, 1 + doy, h, 30)));
    fc.assert(
      fc.property(start, rule, (s, r) => {
        expect(ours(s, r)).toEqual(theirs(s, r));
      }),
      { numRuns: 300, seed: 13 },
    );
  }, 120_000);
});

describe('generated VEVENTs', () => {
  it('are read or refused, never thrown at; every readable event has real dates in order', () => {
    fc.assert(
      fc.property(calendar, fc.constantFrom('Asia/Shanghai', 'America/New_York', 'UTC'), (text, zone) => {
        let parsed;
        try {
          parsed = parseIcs(Buffer.from(text), zone);
        } catch (error) {
          expect(error).toBeInstanceOf(FileRefused);
          return;
        }
        for (const e of parsed.events) {
          for (const m of [...e.errors, ...e.warnings]) {
            expect(m.zh.length).toBeGreaterThan(0);
            expect(m.en).not.toMatch(/is not a function|undefined|TypeError|\bnull\b/);
          }
          if (e.errors.length > 0) continue;
          const valid = e.allDay ? isValidDay : isValidDateTime;
          expect(valid(e.start) && valid(e.end)).toBe(true);
          expect(e.allDay ? e.end >= e.start : e.end > e.start).toBe(true);
        }
        expect(parsed.events.length).toBeLessThanOrEqual(6 * 501);
      }),
      { numRuns: 400, seed: 1313 },
    );
  });
});
