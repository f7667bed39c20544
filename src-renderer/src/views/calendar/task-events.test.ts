import { describe, expect, it } from 'vitest';
import type { Task } from '../../../../src-shared/model';
import { taskEvents } from './task-events';

const task = (patch: Partial<Task>): Task => ({
  id: 't1',
  planId: 'p1',
  activityId: 'a1',
  title: '物料下单',
  offsetDays: -7,
  fixedDate: null,
  durationDays: 1,
  leadDays: null,
  milestone: false,
  owner: '',
  status: 'todo',
  notes: '',
  dependsOn: [],
  raci: [],
  createdAt: '',
  updatedAt: '',
  ...patch,
});
const acts = [{ id: 'a1', start: '2027-01-20' }];

describe('taskEvents', () => {
  it('puts a T-7 task seven days before its activity, read-only', () => {
    const [e] = taskEvents(acts, new Set(['a1']), [task({})], '2027-01-01');
    expect(e).toMatchObject({ id: 'task:t1', start: '2027-01-13', title: 'T-7 物料下单', editable: false });
    expect(e.classNames).toEqual(['task-event']);
  });

  it('ticks done tasks, marks overdue ones, and keeps fixed-date tasks without a T label', () => {
    const [done, late] = taskEvents(
      acts,
      new Set(['a1']),
      [task({ status: 'done' }), task({ id: 't2', activityId: null, offsetDays: null, fixedDate: '2027-01-02' })],
      '2027-01-15',
    );
    expect(done).toMatchObject({ title: '✓ T-7 物料下单', classNames: ['task-event', 'task-done'] });
    expect(late).toMatchObject({ title: '物料下单', start: '2027-01-02', classNames: ['task-event', 'task-overdue'] });
  });

  it('hides the tasks of activities the filters hide', () => {
    expect(taskEvents(acts, new Set(), [task({})], '2027-01-01')).toEqual([]);
  });
});
