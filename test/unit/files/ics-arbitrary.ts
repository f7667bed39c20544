import fc from 'fast-check';

/**
 * Generated VEVENTs for the ICS reader's fuzz tests: mostly well-formed events with the parts
 * real calendars use (zones of every kind, all-day and timed, rules, RDATE periods, EXDATEs,
 * overrides, missing UIDs), mixed with damaged lines and values.
 */
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const date = fc
  .record({
    y: fc.integer({ min: 1890, max: 2210 }),
    m: fc.integer({ min: 1, max: 13 }),
    d: fc.integer({ min: 0, max: 32 }),
  })
  .map(({ y, m, d }) => `${pad(y, 4)}${pad(m)}${pad(d)}`);
const time = fc
  .record({ h: fc.integer({ min: 0, max: 24 }), mi: fc.integer({ min: 0, max: 60 }) })
  .map(({ h, mi }) => `T${pad(h)}${pad(mi)}00`);
const tzid = fc.constantFrom(
  '',
  ';TZID=Asia/Shanghai',
  ';TZID=America/New_York',
  ';TZID="China Standard Time"',
  ';TZID="(UTC-05:00) Eastern Time (US & Canada)"',
  ';TZID="(UTC+05:30) Somewhere"',
  ';TZID=Nowhere/Zone',
);
const dateTime = fc.oneof(
  fc.tuple(date, time, tzid).map(([d, t, z]) => ({ params: z, value: `${d}${t}` })),
  fc.tuple(date, time).map(([d, t]) => ({ params: '', value: `${d}${t}Z` })),
  date.map((d) => ({ params: ';VALUE=DATE', value: d })),
);
const byPart = fc.oneof(
  fc.constantFrom('', ';BYMONTH=2;BYMONTHDAY=30', ';BYDAY=MO,WE', ';BYDAY=-1FR', ';BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR'),
  fc.constantFrom(';BYMONTHDAY=31', ';BYWEEKNO=53', ';BYYEARDAY=366', ';BYHOUR=25', ';BYDAY=XX', ';BYMONTHDAY=0'),
);
const rrule = fc
  .tuple(
    fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY', 'FOO'),
    fc.integer({ min: 0, max: 5 }),
    fc.option(fc.integer({ min: 0, max: 800 })),
    byPart,
  )
  .map(([f, i, c, by]) => `RRULE:FREQ=${f};INTERVAL=${i}${c === null ? '' : `;COUNT=${c}`}${by}`);

const line = (name: string, v: { params: string; value: string }) => `${name}${v.params}:${v.value}`;

export const vevent = fc
  .record({
    uid: fc.option(fc.constantFrom('a', 'b', 'c@x', ''), { nil: null }),
    start: fc.option(dateTime, { nil: null }),
    end: fc.option(dateTime, { nil: null }),
    duration: fc.option(fc.constantFrom('PT1H', 'P1D', '-PT1H', 'P1W', 'PXT', 'PT0S')),
    rules: fc.array(rrule, { maxLength: 2 }),
    rdate: fc.option(
      fc.constantFrom('RDATE:20260301T100000Z', 'RDATE;VALUE=PERIOD:20260301T100000Z/PT2H', 'RDATE;VALUE=PERIOD:x/y'),
    ),
    exdate: fc.option(dateTime),
    recurrenceId: fc.option(dateTime),
    status: fc.option(fc.constantFrom('CANCELLED', 'CONFIRMED')),
    summary: fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ' ')),
    junk: fc.option(fc.constantFrom('X-BROKEN', 'DTSTART', ':::', 'BEGIN:VALARM', 'END:VCALENDAR')),
  })
  .map((e) =>
    [
      'BEGIN:VEVENT',
      e.uid === null ? '' : `UID:${e.uid}`,
      e.start ? line('DTSTART', e.start) : '',
      e.end ? line('DTEND', e.end) : '',
      e.duration ? `DURATION:${e.duration}` : '',
      ...e.rules,
      e.rdate ?? '',
      e.exdate ? line('EXDATE', e.exdate) : '',
      e.recurrenceId ? line('RECURRENCE-ID', e.recurrenceId) : '',
      e.status ? `STATUS:${e.status}` : '',
      `SUMMARY:${e.summary}`,
      e.junk ?? '',
      'END:VEVENT',
    ]
      .filter(Boolean)
      .join('\r\n'),
  );

export const calendar = fc
  .array(vevent, { minLength: 1, maxLength: 6 })
  .map((events) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n'));
