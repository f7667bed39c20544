import { describe, expect, it } from 'vitest';
import { addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { SolverPage } from './pages/solver';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/**
 * The solver at hand: five clashes, solved to its own end (it stops when nothing is left to fix,
 * long before the limit, and says so), counted as the header counts, accepted, undone.
 */
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
    await solver.setLimit(60);
    await solver.start();
    await solver.waitForPreview();
    expect(await solver.moves().count()).toBeGreaterThanOrEqual(5);
    // The header's units: five hard conflicts before, none after; the weighted score only as a detail.
    expect(await solver.dialog.getByTestId('solver-counts').innerText()).toMatch(/^硬冲突 5 → 0 · 软冲突 \d+ → \d+$/);
    expect(await solver.dialog.getByTestId('solver-by-rule').innerText()).toContain('资源超出容量：5 → 0');
    // A plan this small misses its monthly targets whatever moves: the solver stops on a stall.
    expect(await solver.dialog.getByTestId('solver-stopped').innerText()).toMatch(
      /^已停止：(没有可再解决的冲突。|得分在 [\d.]+ 秒后不再改进（共用时 [\d.]+ 秒）。)$/,
    );
    const reasons = await solver.moves().locator('td:last-child').allInnerTexts();
    expect(reasons.filter((r) => r.includes('消除冲突：资源「会员中心大厅」超出容量'))).toHaveLength(5);
    await solver.acceptAll();
    await expect.poll(() => calendar.hardCount()).toBe(0);

    await new AppShell(page).pressShortcut('Control+z');
    await expect.poll(() => calendar.findingsOf('resource.capacity').count()).toBe(5);
    expect(door.session.pageErrors).toEqual([]);
  });
});
