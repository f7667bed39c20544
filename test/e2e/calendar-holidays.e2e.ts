import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { SettingsPage } from './pages/settings';
import { invoke } from './support/api';
import { type Session, captureFailure } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { seedPlan } from './support/seed';

/**
 * An imported holiday year shades the schedule: no 2027 schedule ships, so a planner imports one
 * in the plan settings and the calendar then shades and names its days (without a reload).
 * The days are made up, so no shipped data or festival label could be what the test sees.
 */
const FILE = [
  '# source: 测试通知 2027',
  '2027-01-05,holiday,测试假日,Test Holiday',
  '2027-01-09,workday,测试调休,Test make-up day',
].join('\n');

describe('imported holiday years on the calendar', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let host: RunningHost;
  let session: Session;
  let calendar: CalendarPage;

  beforeAll(async () => {
    ({ host, session } = door);
    await seedPlan(host, '二〇二七年一季度', '2027-01-01', '2027-03-31');
    calendar = new CalendarPage(session.page);
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open('二〇二七年一季度');
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
  });

  it('shades an imported holiday with its name and a make-up workday, undone with the import', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'cal-holidays')));
    const page = session.page;
    // Before: a plain Tuesday and a plain Saturday.
    expect(await calendar.day('2027-01-05').getAttribute('class')).toContain('day-workday');
    expect(await calendar.day('2027-01-09').getAttribute('class')).toContain('day-weekend');

    const settings = new SettingsPage(page);
    await settings.open();
    await settings.importHolidayFile('cn-2027.txt', FILE);
    await settings.year(2027).waitFor();
    expect((await invoke(host, 'calendar/list-years', {})).some((y) => y.year === 2027)).toBe(true);

    await page.getByTestId('tab-calendar').click();
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
    const holiday = calendar.day('2027-01-05');
    await expect.poll(() => holiday.getAttribute('class')).toContain('day-holiday');
    expect(await holiday.getByTestId('day-label').innerText()).toBe('测试假日');
    expect(await holiday.locator('.day-badge.holiday').innerText()).toBe('休');
    const makeup = calendar.day('2027-01-09');
    expect(await makeup.getAttribute('class')).toContain('day-makeup_workday');
    expect(await makeup.locator('.day-badge.makeup').innerText()).toBe('班');

    // The import is one undoable edit: undo and the days are plain again.
    await new AppShell(page).undoButton.click();
    await expect.poll(() => holiday.getAttribute('class')).toContain('day-workday');
    expect(await holiday.getByTestId('day-label').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
