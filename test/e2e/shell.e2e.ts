import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { openBrowser } from './support/browser';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/** The shell around the views: plan list, language, and live refresh on workspace/changed. */
describe('renderer shell', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('renames a plan, asks before deleting it, and undoes the deletion', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    const plan = await seedPlan(door.host, '春季档期', '2027-03-01', '2027-05-31');
    await seedActivities(door.host, plan.id, [
      { title: '春季会员日', type: 'member_day', start: '2027-03-08', end: '2027-03-08' },
    ]);

    await shell.open(door.host.url);
    await plans.rename('春季档期', '2027春季会员档期');
    await plans.row('2027春季会员档期').waitFor();

    // Cancel leaves the plan alone; confirming deletes it with everything in it.
    await plans.row('2027春季会员档期').getByTestId('plan-delete').click();
    const confirm = page.getByTestId('confirm-dialog');
    expect(await confirm.innerText()).toContain('2027春季会员档期');
    await confirm.getByRole('button', { name: '取消' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await plans.names()).toEqual(['2027春季会员档期']);

    await plans.delete('2027春季会员档期');
    await plans.row('2027春季会员档期').waitFor({ state: 'detached' });
    expect(await invoke(door.host, 'plan/list', {})).toEqual([]);

    await shell.pressShortcut('Control+z');
    await plans.row('2027春季会员档期').waitFor();
    const restored = await invoke(door.host, 'plan/get-snapshot', { id: plan.id });
    expect(restored.activities.map((a) => a.title)).toEqual(['春季会员日']);
  });

  it('switches the UI language and keeps the choice', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    await shell.open(door.host.url);
    await shell.goToPlans();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('方案');
    await shell.setLanguage('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Plans');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Plans');
    await shell.setLanguage('zh-CN');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('方案');
  });

  it('starts in English on an English system', async () => {
    const english = await openBrowser({ locale: 'en-US' });
    try {
      await new AppShell(english.page).open(door.host.url);
      await new PlansPage(english.page).waitFor();
      expect(await english.page.getByRole('heading', { level: 1 }).innerText()).toBe('Plans');
    } finally {
      await english.close();
    }
  });

  it('shows an edit made elsewhere without a reload (workspace/changed)', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const calendar = new CalendarPage(page);
    const plan = await seedPlan(door.host, '实时刷新', '2027-01-01', '2027-01-31');
    await shell.open(door.host.url);
    await new PlansPage(page).open('实时刷新');
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
    expect(await calendar.eventTitles()).toEqual([]);

    // Another window (here: a direct call through the door) adds an activity. The header, the
    // plan view and any panel are patched by the one outcome the event carries.
    const snapshotRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/invoke') && (r.postData() ?? '').includes('"plan/get-snapshot"'))
        snapshotRequests.push(r.url());
    });
    await seedActivities(door.host, plan.id, [
      { title: '另一窗口添加', type: 'online', start: '2027-01-15', end: '2027-01-15' },
    ]);
    await calendar.event('另一窗口添加').waitFor({ timeout: 5_000 });
    await expect.poll(() => shell.undoButton.innerText()).toContain('另一窗口添加');
    await page.waitForTimeout(300);
    // The event carries the edit's outcome: the held snapshot takes it, nothing is read again.
    expect(snapshotRequests).toHaveLength(0);
    expect(door.session.pageErrors).toEqual([]);
  });
});
