import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/**
 * Undo crosses plans only when the planner says so: on the conference plan's risk tab, Ctrl+Z
 * of an edit in the campaign plan first asks, naming both plans; Esc leaves everything as it is,
 * Enter takes the step, and the notice names the plan of the edit.
 */
describe('undo and redo across plans', () => {
  const door = useDoor({ locale: 'zh-CN' });

  it('asks before undoing an edit of another plan, and names the plan', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    const campaign = await seedPlan(door.host, '2027年会员档期', '2027-01-01', '2027-12-31');
    await seedPlan(door.host, '会员大会', '2027-03-01', '2027-05-31');
    const [salon] = await seedActivities(door.host, campaign.id, [
      { title: '会员沙龙', type: 'salon', start: '2027-03-13', end: '2027-03-13' },
    ]);
    await invoke(door.host, 'activity/update', { id: salon.id, start: '2027-03-20', end: '2027-03-20' });
    const salonStart = async () =>
      (await invoke(door.host, 'plan/get-snapshot', { id: campaign.id })).activities[0].start;

    await shell.open(door.host.url);
    await plans.open('会员大会');
    await page.getByTestId('tab-risks').click();
    await expect.poll(() => shell.planName.innerText()).toBe('会员大会');
    await expect.poll(() => shell.undoButton.getAttribute('title')).toContain('〔2027年会员档期〕修改活动「会员沙龙」');

    // Ctrl+Z asks first; Esc changes nothing.
    const ask = page.getByTestId('other-plan-step');
    await shell.pressShortcut('Control+z');
    await ask.waitFor();
    const question = await ask.getByTestId('other-plan-step-message').innerText();
    expect(question).toContain('〔2027年会员档期〕修改活动「会员沙龙」');
    expect(question).toContain('〔会员大会〕');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    expect(await salonStart()).toBe('2027-03-20');
    expect((await invoke(door.host, 'history/state', {})).canRedo).toBe(false);

    // Ctrl+Z again, and Enter: the edit is undone and the notice names its plan.
    await shell.pressShortcut('Control+z');
    await ask.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('other-plan-step-ok');
    await page.keyboard.press('Enter');
    await ask.waitFor({ state: 'detached' });
    await expect.poll(() => shell.notices.innerText()).toContain('已撤销：〔2027年会员档期〕修改活动「会员沙龙」');
    expect(await salonStart()).toBe('2027-03-13');

    // Redo asks the same way.
    await shell.pressShortcut('Control+Shift+z');
    await ask.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => shell.notices.innerText()).toContain('已重做：〔2027年会员档期〕修改活动「会员沙龙」');
    expect(await salonStart()).toBe('2027-03-20');

    // In the edit's own plan, Ctrl+Z undoes at once: nothing to confirm, the edit is simply undone.
    await shell.goToPlans();
    await plans.open('2027年会员档期');
    await expect.poll(() => shell.planName.innerText()).toBe('2027年会员档期');
    await shell.pressShortcut('Control+z');
    await expect.poll(salonStart).toBe('2027-03-13');
    expect(await ask.count()).toBe(0);
    await expect.poll(() => shell.redoButton.getAttribute('title')).toContain('〔2027年会员档期〕修改活动「会员沙龙」');
    expect(door.session.pageErrors).toEqual([]);
  });
});
