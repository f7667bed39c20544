import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../src-shared/model';
import { toEvent } from './to-events';

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
