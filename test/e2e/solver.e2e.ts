import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { SolverPage } from './pages/solver';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/** The solver at hand: five clashes, cancel once, run again, accept, zero hard findings, undo. */
describe('resolve conflicts', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });

  it('clears five venue clashes in one undoable edit', async () => {
    const { page } = door.session;
    const calendar = new CalendarPage(page);
    const solver = new SolverPage(page);
    const plan = await seedPlan(door.host, '五处冲突方案', '2027-04-01', '2027-06-30');
    const hall = await invoke(door.host, 'resource/create', { name: '会员中心大厅', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    const days = ['2027-04-03', '2027-04-10', '2027-04-17', '2027-04-24', '2027-05-01'];
    await seedActivities(
      door.host,
      plan.id,
      days.flatMap((day, k) => [
        { title: `会员沙龙 ${k + 1}`, type: 'salon' as const, start: day, end: day, claims },
        { title: `VIP尊享日 ${k + 1}`, type: 'vip_day' as const, start: day, end: addDays(day, 0), claims },
      ]),
    );
    await new AppShell(page).open(door.host.url);
    await new PlansPage(page).open('五处冲突方案');
    await calendar.waitFor();
    await expect.poll(() => calendar.findingsOf('resource.capacity').count()).toBe(5);

    await solver.open();
    await solver.setLimit(30);
    await solver.start();
    await solver.cancel();
    await solver.setLimit(5);
    await solver.start();
    await solver.waitForPreview();
    expect(await solver.moves().count()).toBeGreaterThanOrEqual(5);
    await solver.acceptAll();
    await expect.poll(() => calendar.hardCount()).toBe(0);

    await new AppShell(page).pressShortcut('Control+z');
    await expect.poll(() => calendar.findingsOf('resource.capacity').count()).toBe(5);
    expect(door.session.pageErrors).toEqual([]);
  });
});
