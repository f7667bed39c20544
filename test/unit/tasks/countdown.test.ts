import { describe, expect, it } from 'vitest';
import { countdowns, tLabel, taskDueDate } from '../../../src-shared/tasks/countdown';
import {
  findDependencyCycle,
  openPrerequisites,
  raciMatrix,
  withRaciRole,
} from '../../../src-shared/tasks/dependencies';
import type { Task } from '../../../src-shared/model';

const task = (o: Partial<Task>): Task => ({
  id: 't',
  planId: 'p',
  activityId: 'conf',
  title: '任务',
  offsetDays: 0,
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
  ...o,
});
// docs/domain.md §3: the member conference on 2026-06-20 with its 60-day countdown.
const conference = { id: 'conf', title: '会员大会', start: '2026-06-20T09:00' };
const tasks = [
  task({ id: 'kick', title: '跨部门启动会', offsetDays: -45, status: 'done' }),
  task({ id: 'vol', title: '志愿者招募', offsetDays: -30 }),
  task({ id: 'test', title: '技术压力测试', offsetDays: -14, dependsOn: ['vol'] }),
  task({ id: 'rev', title: '复盘发布', offsetDays: 30 }),
  task({ id: 'loose', activityId: null, offsetDays: null, fixedDate: '2026-05-01', title: '预算周检' }),
];

describe('countdown', () => {
  it('dates tasks from T offsets and labels them', () => {
    const starts = new Map([['conf', '2026-06-20']]);
    expect(taskDueDate(tasks[0], starts)).toBe('2026-05-06');
    expect(taskDueDate(tasks[4], starts)).toBe('2026-05-01');
    expect([tLabel(-60), tLabel(0), tLabel(30)]).toEqual(['T-60', 'T', 'T+30']);
  });

  it('lists per activity with overdue tasks, waiting prerequisites and the next task', () => {
    const [conf, loose] = countdowns([conference], tasks, '2026-05-25');
    expect(conf.todayLabel).toBe('T-26');
    expect(conf.daysToEvent).toBe(26);
    expect(conf.items.map((i) => i.task.id)).toEqual(['kick', 'vol', 'test', 'rev']);
    expect(conf.items.find((i) => i.task.id === 'vol')).toMatchObject({ overdue: true, daysLeft: -4 });
    expect(conf.items.find((i) => i.task.id === 'test')?.waitingOn).toEqual(['vol']);
    expect(conf).toMatchObject({ done: 1, overdue: 1 });
    expect(conf.next?.task.id).toBe('vol');
    expect(loose).toMatchObject({ activityId: null, overdue: 1 });
  });

  it('updates when a task is marked done', () => {
    const doneNow = tasks.map((t) => (t.id === 'vol' ? { ...t, status: 'done' as const } : t));
    const [conf] = countdowns([conference], doneNow, '2026-05-25');
    expect(conf).toMatchObject({ done: 2, overdue: 0 });
    expect(conf.next?.task.id).toBe('test');
    expect(conf.items.find((i) => i.task.id === 'test')?.waitingOn).toEqual([]);
  });
});

describe('dependencies and RACI', () => {
  it('finds a cycle and ignores dangling ids', () => {
    const ts = [
      task({ id: 'a', dependsOn: ['b'] }),
      task({ id: 'b', dependsOn: ['c'] }),
      task({ id: 'c', dependsOn: ['a', 'gone'] }),
    ];
    expect(findDependencyCycle(ts, 'a')).toEqual(['a', 'b', 'c', 'a']);
    expect(findDependencyCycle([task({ id: 'a', dependsOn: ['b'] }), task({ id: 'b' })], 'a')).toBeNull();
    expect(openPrerequisites(task({ dependsOn: ['gone'] }), ts)).toEqual([]);
  });

  it('builds the people × tasks matrix and flags tasks without one A and an R', () => {
    const ts = [
      task({
        id: 'a',
        raci: [
          { person: '项目经理', role: 'A' },
          { person: '技术工程师', role: 'R' },
        ],
      }),
      task({ id: 'b', raci: [{ person: '志愿者', role: 'I' }] }),
    ];
    const m = raciMatrix(ts);
    expect(m.people).toEqual(['项目经理', '技术工程师', '志愿者']);
    expect(m.cells.get('a')?.get('技术工程师')).toBe('R');
    expect(m.problems).toEqual([
      { taskId: 'b', kind: 'no_accountable' },
      { taskId: 'b', kind: 'no_responsible' },
    ]);
    expect(withRaciRole(ts[0].raci, '项目经理', null)).toEqual([{ person: '技术工程师', role: 'R' }]);
  });
});
