import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { type TemplateChoice, TemplatesPage } from './pages/templates';
import { invoke } from './support/api';
import { useDoor } from './support/door';

/** "New plan from template" through the UI: each playbook becomes a plan whose activities the calendar shows. */
describe('new plan from template', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });

  const planNamed = async (name: string) => (await invoke(door.host, 'plan/list', {})).find((p) => p.name === name);

  /** The calendar opened on the new plan; page to its first activity's month and see activities there. */
  async function seeActivitiesOnCalendar(name: string): Promise<void> {
    const calendar = new CalendarPage(door.session.page);
    await calendar.waitFor();
    const plan = await planNamed(name);
    expect(plan, `plan ${name} was not created`).toBeDefined();
    await door.session.page.locator(`[data-testid="plan-view"][data-plan-id="${plan!.id}"]`).waitFor();
    const snap = await invoke(door.host, 'plan/get-snapshot', { id: plan!.id });
    expect(snap.activities.length).toBeGreaterThan(0);
    const first = [...snap.activities].sort((a, b) => (a.start < b.start ? -1 : 1))[0];
    const month = first.start.slice(0, 7);
    await calendar.showMonth(month);
    await calendar.events.first().waitFor();
    const inMonth = new Set(snap.activities.filter((a) => a.start.slice(0, 7) === month).map((a) => a.title));
    const shown = await calendar.eventTitles();
    expect(
      shown.some((title) => inMonth.has(title)),
      `${shown.join('|')} vs ${[...inMonth].join('|')}`,
    ).toBe(true);
  }

  const CASES: { id: TemplateChoice; when: string; name: string; scale: number }[] = [
    { id: 'member_campaign', when: '2027', name: 'E2E 2027 会员档期', scale: 20000 },
    { id: 'retention', when: '2026-04-06', name: 'E2E 春季保客活动', scale: 5000 },
    { id: 'member_conference', when: '2026-03-02', name: 'E2E 年度会员大会', scale: 30000 },
    { id: 'city_promotion', when: '2025-06-02', name: 'E2E 同城推广', scale: 50000 },
  ];

  it.each(CASES)(
    'builds a plan from the $id template and shows it on the calendar',
    async ({ id, when, name, scale }) => {
      const { page } = door.session;
      const shell = new AppShell(page);
      const templates = new TemplatesPage(page);
      await shell.open(door.host.url);
      await shell.goToPlans(); // a reload returns to the last plan; start from the list
      await new PlansPage(page).waitFor();
      await templates.openDialog();
      // Each choice carries its one-line description.
      expect((await templates.option(id).innerText()).length).toBeGreaterThan(20);
      await templates.fill(id, when, name, scale);
      const notices = await templates.build();
      if (id === 'member_campaign') {
        // 2027 has no official holiday schedule shipped: the planner is told before trusting the dates.
        expect(notices.join('\n')).toContain('2027年尚无国务院办公厅放假安排数据');
      }
      await seeActivitiesOnCalendar(name);
      await expect.poll(() => shell.undoButton.getAttribute('title')).toContain(name);
    },
  );

  it('undo of a template creation removes the whole plan', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const templates = new TemplatesPage(page);
    const plans = new PlansPage(page);
    await shell.open(door.host.url);
    await shell.goToPlans();
    await plans.waitFor();
    await templates.openDialog();
    await templates.fill('retention', '2026-05-11', 'E2E 撤销的保客活动', 2000);
    await templates.build();
    const plan = await planNamed('E2E 撤销的保客活动');
    expect(plan).toBeDefined();
    expect((await invoke(door.host, 'plan/get-snapshot', { id: plan!.id })).tasks.length).toBeGreaterThan(10);

    await shell.undoButton.click();
    await expect.poll(async () => (await planNamed('E2E 撤销的保客活动')) === undefined).toBe(true);
    await shell.goToPlans();
    await plans.waitFor();
    await plans.row('E2E 同城推广').waitFor();
    expect(await plans.names()).not.toContain('E2E 撤销的保客活动');
    expect(door.session.pageErrors).toEqual([]);
  });
});
