import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { SolverPage } from './pages/solver';
import { invoke } from './support/api';
import { type Session, captureFailure, openBrowser } from './support/browser';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/** The solver at hand: five clashes, cancel once, run again, accept, zero hard findings, undo. */
describe('resolve conflicts', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  let host: RunningHost;
  let session: Session;

  beforeAll(async () => {
    data = await makeDataDir();
    host = await startHost(data.dir);
    session = await openBrowser({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  });

  afterAll(async () => {
    await session?.close();
    await host?.stop();
    await data?.remove();
  });

  it('clears five venue clashes in one undoable edit', async () => {
    const { page } = session;
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'solver')));
    const calendar = new CalendarPage(page);
    const solver = new SolverPage(page);
    const plan = await seedPlan(host, '五处冲突方案', '2027-04-01', '2027-06-30');
    const hall = await invoke(host, 'resource/create', { name: '会员中心大厅', kind: 'venue', quantity: 1 });
    const claims = [{ resourceId: hall.id, quantity: 1 }];
    const days = ['2027-04-03', '2027-04-10', '2027-04-17', '2027-04-24', '2027-05-01'];
    await seedActivities(
      host,
      plan.id,
      days.flatMap((day, k) => [
        { title: `会员沙龙 ${k + 1}`, type: 'salon' as const, start: day, end: day, claims },
        { title: `VIP尊享日 ${k + 1}`, type: 'vip_day' as const, start: day, end: addDays(day, 0), claims },
      ]),
    );
    await new AppShell(page).open(host.url);
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
    expect(session.pageErrors).toEqual([]);
  });
});
