import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeIcs, fold } from '../../../src-main/files/ics/ics-write';
import { vtimezone } from '../../../src-main/files/ics/vtimezone';
import { resolveZone, utcToWall, wallToUtc } from '../../../src-main/files/ics/zones';
import type { Activity, Plan } from '../../../src-shared/model';

const NOW = '2026-01-01T00:00:00.000Z';
const plan = (timeZone: string): Plan => ({
  id: crypto.randomUUID(),
  name: 'p',
  timeZone,
  currency: 'CNY',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  createdAt: NOW,
  updatedAt: NOW,
});
const timed = (planId: string, start: string, end: string): Activity => ({
  id: crypto.randomUUID(),
  planId,
  title: 't',
  type: 'online',
  status: 'planned',
  allDay: false,
  start,
  end,
  windowStart: null,
  windowEnd: null,
  priority: 'normal',
  pinned: false,
  owner: '',
  expectedParticipants: null,
  notes: '',
  backupPlan: '',
  claims: [],
  segmentIds: [],
  createdAt: NOW,
  updatedAt: NOW,
});

describe('time zones', () => {
  it('maps Windows and prefixed zone names to IANA', () => {
    expect(resolveZone('China Standard Time')).toBe('Asia/Shanghai');
    expect(resolveZone('"China Standard Time"')).toBe('Asia/Shanghai');
    expect(resolveZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(resolveZone('/mozilla.org/20050126_1/Asia/Shanghai')).toBe('Asia/Shanghai');
    expect(resolveZone('(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi')).toBe('Asia/Shanghai');
    expect(resolveZone('Not/AZone')).toBeNull();
  });

  it('converts wall times across a DST change', () => {
    // New York: 8 March 2026 02:00 EST → 03:00 EDT.
    expect(wallToUtc(2026, 3, 7, 12, 0, 'America/New_York')).toBe(Date.UTC(2026, 2, 7, 17, 0));
    expect(wallToUtc(2026, 3, 9, 12, 0, 'America/New_York')).toBe(Date.UTC(2026, 2, 9, 16, 0));
    expect(utcToWall(Date.UTC(2026, 2, 9, 16, 0), 'Asia/Shanghai')).toBe('2026-03-10T00:00');
  });

  it('a DST zone gets a VTIMEZONE with its transitions, and ical.js computes the right instants from it', () => {
    const p = plan('America/New_York');
    const text = writeIcs(
      p,
      [timed(p.id, '2026-01-15T09:00', '2026-01-15T10:00'), timed(p.id, '2026-07-15T09:00', '2026-07-15T10:00')],
      'NY',
      'test',
    );
    expect(text).toContain('BEGIN:DAYLIGHT');
    expect(text).toContain('TZOFFSETTO:-0400');
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const starts = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toUnixTime());
    expect(starts).toEqual([Date.UTC(2026, 0, 15, 14, 0) / 1000, Date.UTC(2026, 6, 15, 13, 0) / 1000]);
    ICAL.TimezoneService.reset();
  });

  it('Asia/Shanghai gets one STANDARD block at +0800', () => {
    const lines = vtimezone('Asia/Shanghai', 2026, 2027);
    expect(lines).toContain('TZOFFSETTO:+0800');
    expect(lines.filter((l) => l.startsWith('BEGIN:DAYLIGHT'))).toHaveLength(0);
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const long = `SUMMARY:${'会员日活动'.repeat(20)}`;
    const folded = fold(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
  });
});
