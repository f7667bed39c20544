import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/model';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { JANUARY_2027, seedActivities, seedPlan } from './support/seed';

/** Issue 15: one click selects an activity (the arrows then move it), a double click or Enter opens it. */
describe('select with a click, open with a double click or Enter', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  let plan: Plan;
  let calendar: CalendarPage;
  const startOf = async (title: string) =>
    (await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).activities.find((a) => a.title === title)?.start;

  beforeAll(async () => {
    plan = await seedPlan(door.host, '2027 一月档期', '2027-01-01', '2027-03-31');
    await seedActivities(door.host, plan.id, JANUARY_2027);
    const page = door.session.page;
    calendar = new CalendarPage(page);
    await new AppShell(page).open(door.host.url);
    await new PlansPage(page).open('2027 一月档期');
    await calendar.waitFor();
    await calendar.showMonth('2027-01');
  });

  it('a single click selects without opening the editor; → moves the selection a day', async () => {
    const page = door.session.page;
    await calendar.event('新年会员日').first().click();
    await expect.poll(() => calendar.event('新年会员日').first().getAttribute('class')).toContain('is-selected');
    expect(await page.getByTestId('activity-form').count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => startOf('新年会员日')).toBe('2027-01-07');
    expect(await page.getByTestId('activity-form').count()).toBe(0);
  });

  it('Enter opens the selected activity; a double click opens another', async () => {
    const page = door.session.page;
    const form = new ActivityFormPage(page);
    await calendar.event('新年会员日').first().waitFor();
    await page.keyboard.press('Enter');
    await form.waitFor();
    expect(await form.field('activity-title').inputValue()).toBe('新年会员日');
    await page.keyboard.press('Escape');
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });

    await calendar.event('一月会员生日会').first().dblclick();
    await form.waitFor();
    expect(await form.field('activity-title').inputValue()).toBe('一月会员生日会');
    await page.keyboard.press('Escape');
    await page.getByTestId('activity-form').waitFor({ state: 'detached' });
    expect(door.session.pageErrors).toEqual([]);
  });
});
