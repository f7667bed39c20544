import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { startHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/**
 * Issue 4: the header counts hard and soft findings now and the change since this month started.
 * The month's first count lives in the workspace, so a restart of the door (a new port, a new
 * browser origin) still compares against it.
 */
describe('conflict counter in the header', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });

  it('shows the change since the month began, across a restart', async () => {
    const { page } = door.session;
    const plan = await seedPlan(door.host, '冲突计数', '2026-01-01', '2027-12-31');
    const hall = await invoke(door.host, 'resource/create', { name: '计数厅', kind: 'venue', quantity: 1 });
    const booking = (title: string) => ({
      title,
      type: 'salon' as const,
      start: '2027-03-13',
      end: '2027-03-13',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
    await seedActivities(door.host, plan.id, [booking('沙龙甲'), booking('沙龙乙')]);

    const shell = new AppShell(page);
    const counter = page.getByTestId('conflict-counter');
    const delta = page.getByTestId('conflict-delta');
    await shell.open(door.host.url);
    await new PlansPage(page).open('冲突计数');
    await expect.poll(() => counter.getAttribute('data-hard')).toBe('1');
    await expect.poll(() => delta.innerText()).toContain('0');
    const soft = Number(await counter.getAttribute('data-soft'));

    // Another hall booked on another day: one more hard finding than at the month's start.
    await seedActivities(door.host, plan.id, [{ ...booking('沙龙丙'), start: '2027-04-10', end: '2027-04-10' }]);
    await seedActivities(door.host, plan.id, [{ ...booking('沙龙丁'), start: '2027-04-10', end: '2027-04-10' }]);
    await expect.poll(() => counter.getAttribute('data-hard')).toBe('2');
    const softNow = Number(await counter.getAttribute('data-soft'));
    const expected = 1 + softNow - soft;
    await expect.poll(() => delta.innerText()).toContain(expected > 0 ? `+${expected}` : String(expected));

    // A new door on the same data folder: a new origin, the same baseline.
    // Leave the page first: a stopped door's refused event-stream reconnect is logged as an error.
    await page.goto('about:blank');
    await door.host.stop();
    door.host = await startHost(door.data.dir);
    await shell.open(door.host.url);
    await new PlansPage(page).open('冲突计数');
    await expect.poll(() => delta.innerText()).toContain(expected > 0 ? `+${expected}` : String(expected));
    expect(door.session.pageErrors).toEqual([]);
  });
});
