import { describe, expect, it } from 'vitest';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/** Undo and redo go through the service's persistent history, from the keyboard and the header. */
describe('undo and redo', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('Ctrl+Z removes the last activity, Ctrl+Shift+Z and Ctrl+Y bring it back', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const calendar = new CalendarPage(page);
    const form = new ActivityFormPage(page);
    const plan = await seedPlan(door.host, '撤销测试方案', '2026-12-01', '2026-12-31');
    await seedActivities(door.host, plan.id, [
      { title: '会员日', type: 'member_day', start: '2026-12-05', end: '2026-12-05' },
    ]);

    await shell.open(door.host.url);
    await new PlansPage(page).open('撤销测试方案');
    await calendar.waitFor();
    await calendar.showMonth('2026-12');
    await calendar.event('会员日').waitFor();

    await calendar.clickDay('2026-12-12');
    await form.waitFor();
    await form.fill({ title: '双十二VIP尊享日', typeLabel: 'VIP尊享日' });
    // Ctrl+Z while typing belongs to the text field, not to the plan's history.
    await page.keyboard.press('Control+z');
    await form.field('activity-title').click();
    await page.keyboard.press('End');
    await page.keyboard.type('专场');
    await form.saveAndWaitClosed();
    const title = await calendar.event('专场').innerText();
    expect(title).toContain('专场');
    const created = title.trim();
    await expect.poll(() => shell.undoButton.innerText()).toContain(created);

    await shell.pressShortcut('Control+z');
    await calendar.event(created).waitFor({ state: 'detached' });
    expect(await calendar.eventTitles()).toEqual(['会员日']);
    await expect.poll(() => shell.redoButton.innerText()).toContain(created);
    const afterUndo = await invoke(door.host, 'plan/get-snapshot', { id: plan.id });
    expect(afterUndo.activities.map((a) => a.title)).toEqual(['会员日']);

    await shell.pressShortcut('Control+Shift+z');
    await calendar.event(created).waitFor();
    expect((await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).activities).toHaveLength(2);

    // Once more with Ctrl+Y as the redo key, and the header buttons.
    await shell.undoButton.click();
    await calendar.event(created).waitFor({ state: 'detached' });
    await shell.pressShortcut('Control+y');
    await calendar.event(created).waitFor();
    expect(await calendar.eventTitles()).toEqual([created, '会员日'].sort());
    expect(door.session.pageErrors).toEqual([]);
  });
});
