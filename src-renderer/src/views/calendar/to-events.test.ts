import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../src-shared/model';
import { MORE_PREFIX, cappedEvents, toEvent } from './to-events';

const base: Activity = {
  id: '7d4f1f2e-3c55-4e0c-9a7e-2a6b8f0f3b11',
  planId: '7d4f1f2e-3c55-4e0c-9a7e-2a6b8f0f3b12',
  title: '会员日',
  type: 'member_day',
  status: 'planned',
  allDay: true,
  start: '2026-12-31',
  end: '2026-12-31',
  windowStart: null,
  windowEnd: null,
  priority: 'normal',
  pinned: true,
  owner: '',
  expectedParticipants: null,
  notes: '',
  backupPlan: '',
  claims: [],
  segmentIds: [],
  createdAt: '',
  updatedAt: '',
};

describe('toEvent', () => {
  it('turns our inclusive all-day end into FullCalendar’s exclusive one, across a year end', () => {
    expect(toEvent(base)).toMatchObject({ start: '2026-12-31', end: '2027-01-01', allDay: true });
  });

  it('passes timed values through (their end is exclusive on both sides)', () => {
    const timed = { ...base, allDay: false, start: '2026-12-10T14:00', end: '2026-12-10T16:30' };
    expect(toEvent(timed)).toMatchObject({ start: '2026-12-10T14:00', end: '2026-12-10T16:30', allDay: false });
  });

  it('marks pinned activities and their status for styling', () => {
    expect(toEvent(base).classNames).toEqual(['status-planned', 'is-pinned']);
  });
});

describe('cappedEvents with tasks', () => {
  const task = (n: number) => ({ id: `task:${n}`, title: `任务${n}`, start: '2026-12-31', allDay: true });
  const more = (n: number) => `+${n}`;

  it('shows tasks beside the day’s activities while they fit', () => {
    const ids = cappedEvents([base], 4, new Set(), more, null, [task(1), task(2)]).map((e) => e.id);
    expect(ids).toEqual([base.id, 'task:1', 'task:2']);
  });

  it('counts tasks against the cap, hiding them before any activity', () => {
    const acts = [1, 2, 3].map((n) => ({ ...base, id: `a${n}`, title: `活动${n}` }));
    const events = cappedEvents(acts, 4, new Set(), more, null, [task(1), task(2)]);
    expect(events.map((e) => e.id)).toEqual(['a1', 'a2', 'a3', `${MORE_PREFIX}2026-12-31`]);
    expect(events[3].title).toBe('+2');
  });
});
