import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import type { Session } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedActivities, seedPlan } from './support/seed';

/**
 * Every view opens on the day last looked at, inside the plan, and switching views keeps it.
 * The plan is 2027; the browser's today is whatever the machine says (the test only needs it to
 * be outside 2027, or else "今天" jumps, which the last test checks either way).
 */
describe('views stay on the plan', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let calendar: CalendarPage;

  /** The first and last day the current FullCalendar view draws (or the lanes' quarter). */
  const shown = () =>
    session.page.evaluate(() => {
      const lanes = document.querySelector<HTMLElement>('[data-testid="resource-lanes"]');
      if (lanes) return `${lanes.dataset.from}..${lanes.dataset.to}`;
      const days = [
        ...document.querySelectorAll<HTMLElement>(
          '.fc-timegrid-col[data-date], .fc-list-day[data-date], .fc-multimonth-month[data-date], .fc-daygrid-day[data-date]:not(.fc-day-other)',
        ),
      ]
        .map((el) => el.dataset.date ?? '')
        .sort();
      return `${days[0]}..${days.at(-1)}`;
    });

  beforeAll(async () => {
    ({ host, session } = door);
    plan = await seedPlan(host, '2027 会员档期', '2027-01-01', '2027-12-31');
    await seedActivities(host, plan.id, [
      { title: '元旦会员日', type: 'member_day', start: '2027-01-02', end: '2027-01-02' },
      { title: '三月会员沙龙', type: 'salon', start: '2027-03-02', end: '2027-03-02' },
    ]);
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await session.page.evaluate(() => sessionStorage.setItem('dangqi.calendarMode', 'month'));
    await new PlansPage(session.page).open('2027 会员档期');
    await calendar.waitFor();
  });

  it('opens the 2027 plan in January 2027 and keeps that date in every view', async () => {
    expect(await calendar.visibleMonth()).toBe('2027-01');
    await calendar.switchTo('week');
    await expect.poll(shown).toBe('2026-12-28..2027-01-03');
    await calendar.switchTo('quarter');
    await expect.poll(async () => (await shown()).slice(0, 7)).toBe('2027-01');
    await calendar.switchTo('list');
    await expect.poll(shown).toBe('2027-01-02..2027-01-02');
    await calendar.switchTo('lanes');
    await expect.poll(shown).toBe('2027-01-01..2027-03-31');
    await calendar.switchTo('month');
    await calendar.waitFor();
    expect(await calendar.visibleMonth()).toBe('2027-01');
  });

  it('comes back to the month last looked at, in another view and after leaving the tab', async () => {
    await calendar.next();
    await calendar.next();
    await expect.poll(() => calendar.visibleMonth()).toBe('2027-03');
    await calendar.switchTo('week');
    await expect.poll(shown).toBe('2027-03-01..2027-03-07');
    await calendar.switchTo('month');
    await calendar.waitFor();
    await session.page.getByTestId('tab-budget').click();
    await session.page.getByTestId('tab-calendar').click();
    await calendar.waitFor();
    await expect.poll(() => calendar.visibleMonth()).toBe('2027-03');
  });

  it('"今天" jumps only inside the plan; otherwise it says where the plan is', async () => {
    const today = await session.page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await calendar.root.locator('.fc-planToday-button').click();
    if (today >= '2027-01-01' && today <= '2027-12-31') {
      await expect.poll(() => calendar.visibleMonth()).toBe(today.slice(0, 7));
    } else {
      await expect.poll(() => new AppShell(session.page).notices.innerText()).toContain('不在本方案的日期内');
      expect(await calendar.visibleMonth()).toBe('2027-03');
    }
  });
});
