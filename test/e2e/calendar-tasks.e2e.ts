import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Plan, Task } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/** Issue 5: "tasks optionally shown on the calendar": a per-plan toggle, tasks on their due day. */
describe('tasks on the calendar', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let order: Task;
  let calendar: CalendarPage;

  const toggle = () => session.page.getByTestId('calendar-show-tasks');
  const tasksOn = (date: string) => calendar.day(date).getByTestId('calendar-task');

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '年会倒计时', '2027-01-01', '2027-03-31');
    const [conf] = await seedActivities(host, plan.id, [
      { title: '年度会员大会', type: 'conference', start: '2027-01-20', end: '2027-01-20' },
      // A full day (four activities) where a fixed-date task must give way to the "+N more" chip.
      ...[1, 2, 3, 4].map((n) => ({
        title: `二月会员日${n}`,
        type: 'member_day' as const,
        start: '2027-02-10',
        end: '2027-02-10',
      })),
    ]);
    order = await invoke(host, 'task/create', {
      planId: plan.id,
      activityId: conf.id,
      title: '物料下单',
      offsetDays: -7,
    });
    await invoke(host, 'task/create', { planId: plan.id, title: '会员日短信', fixedDate: '2027-02-10' });
    const page = session.page;
    calendar = new CalendarPage(page);
    await new AppShell(page).open(host.url);
    await new PlansPage(page).open('年会倒计时');
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
  });

  it('shows a T-7 task seven days before its activity, remembered for the plan, gone when off', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-tasks')));
    expect(await toggle().isChecked()).toBe(false);
    expect(await calendar.root.getByTestId('calendar-task').count()).toBe(0);

    await toggle().check();
    const task = tasksOn('2027-01-13');
    await task.waitFor();
    expect(await task.getAttribute('data-task-id')).toBe(order.id);
    expect(await task.innerText()).toContain('T-7 物料下单');
    expect(await task.getAttribute('class')).toContain('task-event');
    // The activity itself is unchanged on its own day.
    expect(await calendar.titlesOn('2027-01-20')).toContain('年度会员大会');
    // A task opens nothing here: it is edited in the Tasks tab.
    await task.click();
    expect(await session.page.getByTestId('activity-form').count()).toBe(0);

    // Remembered for this plan across a reload.
    await session.page.reload();
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
    await tasksOn('2027-01-13').waitFor();
    expect(await toggle().isChecked()).toBe(true);

    // The month's per-day cap still holds: on a full day the task goes behind "+N more".
    await calendar.showMonth('2027-02');
    await calendar.event('+2').waitFor();
    expect(await tasksOn('2027-02-10').count()).toBe(0);
    expect(await calendar.titlesOn('2027-02-10')).toHaveLength(4);

    await calendar.showMonth('2027-01');
    await toggle().uncheck();
    await tasksOn('2027-01-13').waitFor({ state: 'detached' });
    expect(await calendar.root.getByTestId('calendar-task').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
