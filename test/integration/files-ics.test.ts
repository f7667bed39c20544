import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/files', name)).toString('base64');

describe('ICS export', () => {
  it('writes all-day as DATE with DTEND the day after, timed with TZID + VTIMEZONE, stable UIDs; ical.js reads it back', async () => {
    const { plan, activity } = await seedQuarter(core);
    const timed = await core.call('activity/create', {
      planId: plan.id,
      title: '线上直播, 第一场; 含逗号分号和很长很长很长很长很长很长很长很长很长很长很长很长的标题',
      type: 'online',
      allDay: false,
      start: '2026-03-01T19:30',
      end: '2026-03-01T21:00',
      notes: '第一行\n第二行',
    });
    const out = await core.call('file/export-ics', { planId: plan.id });
    const text = Buffer.from(out.contentBase64, 'base64').toString('utf8');
    expect(text).toContain(`UID:${activity.id}@dangqi`);
    expect(text).toContain('DTSTART;VALUE=DATE:20260214');
    expect(text).toContain('DTEND;VALUE=DATE:20260217');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20260301T193000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const live = events.find((e) => e.uid === `${timed.id}@dangqi`);
    expect(live?.summary).toBe(timed.title);
    expect(live?.description).toBe('第一行\n第二行');
    expect(live?.startDate.toUnixTime()).toBe(Date.UTC(2026, 2, 1, 11, 30) / 1000);
    const day = events.find((e) => e.uid === `${activity.id}@dangqi`);
    expect(day?.startDate.isDate).toBe(true);
    expect(day?.endDate.toString()).toBe('2026-02-17');

    // Re-export of an unchanged plan is byte-identical, so subscribers see updates, not duplicates.
    expect((await core.call('file/export-ics', { planId: plan.id })).contentBase64).toBe(out.contentBase64);
  });

  it('exports one quarter only', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('activity/create', {
      planId: plan.id,
      title: '四月活动',
      type: 'salon',
      start: '2026-04-02',
      end: '2026-04-02',
    });
    const q1 = Buffer.from(
      (await core.call('file/export-ics', { planId: plan.id, quarter: { year: 2026, quarter: 1 } })).contentBase64,
      'base64',
    ).toString();
    expect(q1).toContain('春节会员日');
    expect(q1).not.toContain('四月活动');
  });

  it('our export comes back in as the same activities (round trip), recognised as duplicates in the same plan', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('activity/create', {
      planId: plan.id,
      title: '晚场',
      type: 'online',
      allDay: false,
      start: '2026-03-05T20:00',
      end: '2026-03-05T21:30',
    });
    const out = await core.call('file/export-ics', { planId: plan.id });
    const same = await core.call('file/preview-ics-import', {
      planId: plan.id,
      fileName: out.fileName,
      contentBase64: out.contentBase64,
    });
    expect(same.events.every((e) => e.duplicate)).toBe(true);

    const other = await createTestCore();
    try {
      const p = await other.call('plan/create', { name: 'x', startDate: '2026-01-01', endDate: '2026-12-31' });
      const prev = await other.call('file/preview-ics-import', {
        planId: p.id,
        fileName: out.fileName,
        contentBase64: out.contentBase64,
      });
      await other.call('file/apply-ics-import', { planId: p.id, token: prev.token });
      const pick = (a: { title: string; allDay: boolean; start: string; end: string }) =>
        `${a.title}|${a.allDay}|${a.start}|${a.end}`;
      const mine = (await core.call('plan/get-snapshot', { id: plan.id })).activities.map(pick).sort();
      const theirs = (await other.call('plan/get-snapshot', { id: p.id })).activities.map(pick).sort();
      expect(theirs).toEqual(mine);
    } finally {
      await other.dispose();
    }
  });
});

describe('ICS import', () => {
  it('Outlook: Windows zone names, all-day, weekly recurrence with EXDATE; a second import finds the duplicates', async () => {
    const { plan } = await seedQuarter(core);
    const p = await core.call('file/preview-ics-import', {
      planId: plan.id,
      fileName: 'outlook.ics',
      contentBase64: fixture('outlook.ics'),
    });
    expect(p.calendarName).toBe('市场部日历');
    const by = (t: string) => p.events.filter((e) => e.title === t);
    expect(by('季度复盘会')[0]).toMatchObject({ allDay: false, start: '2026-03-10T14:00', end: '2026-03-10T15:30' });
    expect(by('三八妇女节会员日')[0]).toMatchObject({ allDay: true, start: '2026-03-08', end: '2026-03-08' });
    expect(by('每周例会').map((e) => e.start)).toEqual(['2026-03-02T10:00', '2026-03-16T10:00', '2026-03-23T10:00']);
    const applied = await core.call('file/apply-ics-import', { planId: plan.id, token: p.token, type: 'other' });
    expect(applied.created).toBe(5);
    const again = await core.call('file/preview-ics-import', {
      planId: plan.id,
      fileName: 'outlook.ics',
      contentBase64: fixture('outlook.ics'),
    });
    expect(again.events.every((e) => e.duplicate)).toBe(true);
    const second = await core.call('file/apply-ics-import', { planId: plan.id, token: again.token });
    expect(second.created).toBe(0);
  });

  it('Google: UTC times and an IANA zone without VTIMEZONE converted to the plan zone; an endless recurrence is capped', async () => {
    const { plan } = await seedQuarter(core);
    const p = await core.call('file/preview-ics-import', {
      planId: plan.id,
      fileName: 'google.ics',
      contentBase64: fixture('google.ics'),
    });
    expect(p.events.find((e) => e.title === 'Launch call')).toMatchObject({
      start: '2026-03-15T10:00',
      end: '2026-03-15T11:00',
    });
    // 09:00 in New York on 20 March 2026 (EDT, UTC-4) is 21:00 in Shanghai.
    expect(p.events.find((e) => e.title === 'NY standup')).toMatchObject({ start: '2026-03-20T21:00' });
    expect(p.events.filter((e) => e.title === 'Daily forever')).toHaveLength(500);
    expect(p.truncatedRecurrences).toBe(1);
  });

  it('Apple: multi-day all-day and floating times', async () => {
    const { plan } = await seedQuarter(core);
    const p = await core.call('file/preview-ics-import', {
      planId: plan.id,
      fileName: 'apple.ics',
      contentBase64: fixture('apple.ics'),
    });
    expect(p.events.find((e) => e.uid === 'apple-multi-day')).toMatchObject({
      title: '春季沙龙, 三天',
      allDay: true,
      start: '2026-04-01',
      end: '2026-04-03',
    });
    expect(p.events.find((e) => e.uid === 'apple-floating')).toMatchObject({
      start: '2026-04-05T19:00',
      end: '2026-04-05T21:00',
    });
  });

  it('refuses a file that is not a calendar, writing nothing', async () => {
    const { plan } = await seedQuarter(core);
    const r = await core.dispatch('file/preview-ics-import', {
      planId: plan.id,
      fileName: 'x.ics',
      contentBase64: Buffer.from('hello').toString('base64'),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details).toEqual({ reason: 'not_ics' });
  });
});
