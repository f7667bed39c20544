import { describe, expect, it } from 'vitest';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { useDoor } from './support/door';
import { startHost } from './support/host';

/**
 * The walking skeleton end to end (issue 2): create a plan, add two activities through the form
 * with the mouse and keyboard, see them on the month calendar, restart the server on the same
 * data folder, load the app again and find them there.
 */
describe('plan and activities survive a restart', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('creates a plan and two activities, then finds them after a restart', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    const calendar = new CalendarPage(page);
    const form = new ActivityFormPage(page);

    await shell.open(door.host.url);
    // The token moved into sessionStorage and out of the address bar.
    expect(page.url()).not.toContain('token=');
    await plans.waitFor();
    await plans.create('2026年12月会员档期', '2026-12-01', '2026-12-31');

    await calendar.waitFor();
    expect(await shell.planName.innerText()).toBe('2026年12月会员档期');
    await calendar.showMonth('2026-12');

    await calendar.clickDay('2026-12-08');
    await form.waitFor();
    expect(await form.field('activity-start').inputValue()).toBe('2026-12-08');
    await form.fill({ title: '双十二会员日', typeLabel: '会员日', owner: '王敏', participants: 1200 });
    await form.saveAndWaitClosed();
    await calendar.event('双十二会员日').waitFor();

    await calendar.clickDay('2026-12-19');
    await form.waitFor();
    await form.fill({ title: '冬季会员沙龙', typeLabel: '会员沙龙', end: '2026-12-20' });
    await form.saveAndWaitClosed();
    await calendar.event('冬季会员沙龙').first().waitFor();

    expect(await calendar.eventTitles()).toEqual(['冬季会员沙龙', '双十二会员日'].sort());
    expect(await calendar.titlesOn('2026-12-08')).toEqual(['双十二会员日']);
    expect(await calendar.titlesOn('2026-12-19')).toEqual(['冬季会员沙龙']);

    // Restart the browser door on the same data folder: a new port and a new token.
    // Leave the page first: a stopped door's refused event-stream reconnect is logged as an error.
    await page.goto('about:blank');
    await door.host.stop();
    door.host = await startHost(door.data.dir);
    await shell.open(door.host.url);
    await plans.waitFor();
    expect(await plans.names()).toEqual(['2026年12月会员档期']);
    await plans.open('2026年12月会员档期');
    await calendar.waitFor();
    await calendar.showMonth('2026-12');
    await calendar.event('双十二会员日').waitFor();
    expect(await calendar.eventTitles()).toEqual(['冬季会员沙龙', '双十二会员日'].sort());

    // The edit form shows what was stored, including the inclusive end day.
    await calendar.event('冬季会员沙龙').first().dblclick();
    await form.waitFor();
    expect(await form.field('activity-title').inputValue()).toBe('冬季会员沙龙');
    expect(await form.field('activity-start').inputValue()).toBe('2026-12-19');
    expect(await form.field('activity-end').inputValue()).toBe('2026-12-20');
    await page.keyboard.press('Escape');
    await form.root.waitFor({ state: 'detached' });

    expect(door.session.pageErrors).toEqual([]);
  });
});
