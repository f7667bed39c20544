import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../src-shared/model';
import { checkDraft, draftFrom, draftToFields, emptyDraft, mainType, toggleAllDay } from './activity-draft';

const t = (key: string, vars?: Record<string, string | number>) => (vars ? `${key} ${JSON.stringify(vars)}` : key);

describe('activity draft', () => {
  it('asks for a title and refuses an all-day end before the start', () => {
    const d = { ...emptyDraft('2026-12-10'), end: '2026-12-08' };
    expect(checkDraft(d, t)).toEqual({ title: 'validation.required', end: 'validation.endBeforeStart' });
  });

  it('accepts a one-day all-day activity (the end day is inclusive)', () => {
    expect(checkDraft({ ...emptyDraft('2026-12-10'), title: '会员日' }, t)).toEqual({});
  });

  it('needs a timed end strictly after the start', () => {
    const d = {
      ...emptyDraft('2026-12-10'),
      title: '沙龙',
      allDay: false,
      start: '2026-12-10T14:00',
      end: '2026-12-10T14:00',
    };
    expect(checkDraft(d, t).end).toBe('validation.endNotAfterStart');
  });

  it('refuses what the service would refuse, from the model’s own schema: lengths, bad dates, repeated picks', () => {
    const base = { ...emptyDraft('2026-12-10'), title: '会员日' };
    expect(checkDraft({ ...base, title: '长'.repeat(201) }, t)).toEqual({ title: 'validation.tooLong {"max":200}' });
    expect(checkDraft({ ...base, start: '2026-02-30', end: '2026-03-01' }, t)).toEqual({ start: 'validation.day' });
    expect(checkDraft({ ...base, start: '' }, t)).toEqual({ start: 'validation.required' });
    expect(checkDraft({ ...base, expectedParticipants: '-3' }, t)).toEqual({
      expectedParticipants: 'validation.integer',
    });
    expect(checkDraft({ ...base, expectedParticipants: '120' }, t)).toEqual({});
    const id = '00000000-0000-4000-8000-000000000001';
    expect(checkDraft({ ...base, segmentIds: [id, id] }, t)).toEqual({ segmentIds: 'validation.invalid' });
  });

  it('checks the allowed window and the participant count', () => {
    const d = {
      ...emptyDraft('2026-12-10'),
      title: 'x',
      windowStart: '2026-12-20',
      windowEnd: '2026-12-01',
      expectedParticipants: '1.5',
    };
    expect(checkDraft(d, t)).toEqual({
      windowEnd: 'validation.windowOrder',
      expectedParticipants: 'validation.integer',
    });
  });

  it('keeps the days when switching between all-day and timed', () => {
    const allDay = { ...emptyDraft('2026-12-10'), end: '2026-12-11' };
    const timed = toggleAllDay(allDay, false);
    expect([timed.start, timed.end]).toEqual(['2026-12-10T09:00', '2026-12-11T18:00']);
    expect([toggleAllDay(timed, true).start, toggleAllDay(timed, true).end]).toEqual(['2026-12-10', '2026-12-11']);
    const toMidnight = { ...timed, end: '2026-12-12T00:00' };
    expect(toggleAllDay(toMidnight, true).end).toBe('2026-12-11');
  });

  it('turns a draft into request fields, keeping stored claim quantities', () => {
    const stored: Activity = {
      id: '7d4f1f2e-3c55-4e0c-9a7e-2a6b8f0f3b11',
      planId: '7d4f1f2e-3c55-4e0c-9a7e-2a6b8f0f3b12',
      title: '大会',
      type: 'conference',
      status: 'planned',
      allDay: true,
      start: '2027-05-20',
      end: '2027-05-20',
      windowStart: null,
      windowEnd: null,
      priority: 'normal',
      pinned: false,
      owner: '',
      expectedParticipants: null,
      notes: '',
      backupPlan: '',
      claims: [{ resourceId: 'r1', quantity: 6 }],
      segmentIds: [],
      createdAt: '',
      updatedAt: '',
    };
    const draft = { ...draftFrom(stored), resourceIds: ['r1', 'r2'], expectedParticipants: ' 800 ', owner: ' 王敏 ' };
    const fields = draftToFields(draft, stored);
    expect(fields.claims).toEqual([
      { resourceId: 'r1', quantity: 6 },
      { resourceId: 'r2', quantity: 1 },
    ]);
    expect(fields.expectedParticipants).toBe(800);
    expect(fields.owner).toBe('王敏');
    expect(fields.windowStart).toBeNull();
  });

  it("starts a new activity as the plan's main type", () => {
    const of = (...types: Activity['type'][]) => types.map((type) => ({ type }));
    expect(mainType(of('retention', 'member_day', 'retention'))).toBe('retention');
    expect(mainType([])).toBe('member_day');
    // A tie goes to the type listed first.
    expect(mainType(of('salon', 'festival'))).toBe('festival');
  });
});
