import { beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { SettingsPage } from './pages/settings';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { holdChannel } from './support/hold';
import { seedPlan } from './support/seed';

/** Plan settings in the UI: saved as one undoable edit, refused per field, and the holiday file import. */
describe('plan settings', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  let plan: Plan;
  let settings: SettingsPage;

  const stored = () => invoke(door.host, 'plan/get-settings', { planId: plan.id });

  beforeAll(async () => {
    plan = await seedPlan(door.host, '设置测试方案', '2026-07-01', '2027-06-30');
    const page = door.session.page;
    settings = new SettingsPage(page);
    await new AppShell(page).open(door.host.url);
    await new PlansPage(page).open('设置测试方案');
    await settings.open();
  });

  it('saves a changed phase split and approval cap, kept after a reload, undone in one step', async () => {
    expect(await settings.phaseShares()).toEqual(['20', '50', '15', '15']);
    await settings.type('settings-phase-share-0', '25');
    await settings.type('settings-phase-share-1', '45');
    await settings.type('settings-tier-cap-0', '30000');
    await settings.field('settings-weekday-6').check();
    await settings.save();
    const s = await stored();
    expect(s.budgetPhases.map((p) => p.sharePercent)).toEqual([25, 45, 15, 15]);
    expect(s.approval.tiers[0].upToCents).toBe(3_000_000);
    expect(s.workingWeekdays).toEqual([1, 2, 3, 4, 5, 6]);

    await door.session.page.reload();
    await settings.root.waitFor();
    expect(await settings.phaseShares()).toEqual(['25', '45', '15', '15']);
    expect(await settings.field('settings-tier-cap-0').inputValue()).toBe('30000.00');

    const shell = new AppShell(door.session.page);
    await expect.poll(() => shell.undoButton.getAttribute('title')).toContain('方案设置');
    await shell.undoButton.click();
    await expect.poll(async () => (await stored()).budgetPhases[0].sharePercent).toBe(20);
    await expect.poll(() => settings.phaseShares()).toEqual(['20', '50', '15', '15']);
  });

  it('after a save the typed values stay up until the refreshed plan arrives (no flash of the old ones)', async () => {
    const page = door.session.page;
    await settings.type('settings-phase-share-0', '30');
    await settings.type('settings-phase-share-1', '40');
    const gate = await holdChannel(page, 'plan/get-snapshot');
    try {
      await settings.saveButton.click();
      await expect.poll(async () => (await stored()).budgetPhases[0].sharePercent).toBe(30);
      // Saved, the refreshed plan held back: the form shows what was typed, not marked unsaved.
      await page.getByTestId('settings-dirty').waitFor({ state: 'detached' });
      expect(await settings.phaseShares()).toEqual(['30', '40', '15', '15']);
    } finally {
      await gate.release();
    }
    await expect.poll(() => settings.phaseShares()).toEqual(['30', '40', '15', '15']);
    // Back to the split the other tests expect, through the same form.
    await settings.type('settings-phase-share-0', '20');
    await settings.type('settings-phase-share-1', '50');
    await settings.save();
    await expect.poll(async () => (await stored()).budgetPhases[1].sharePercent).toBe(50);
  });

  it('shows the server’s refusal under the phase split and keeps the stored one', async () => {
    await settings.type('settings-phase-share-0', '10');
    expect(await settings.field('settings-phase-sum').innerText()).toContain('90%');
    await settings.saveButton.click();
    await settings.error('budgetPhases').waitFor();
    // The server's own rule, worded in Chinese for the Chinese UI.
    expect(await settings.error('budgetPhases').innerText()).toContain('各阶段占比合计 90%，应为 100%');
    expect((await stored()).budgetPhases.map((p) => p.sharePercent)).toEqual([20, 50, 15, 15]);
    await settings.type('settings-phase-share-0', '20');
    await settings.save();
    await settings.error('budgetPhases').waitFor({ state: 'detached' });
  });

  it('refuses a bad holiday file naming its line, then imports a good one', async () => {
    // The plan runs into 2027, for which no schedule is shipped: the view says so until one is imported.
    expect(await settings.field('holiday-missing').innerText()).toContain('2027');
    const bad = ['# 2027', '2027-01-01,holiday,元旦,New Year', '2027-02-30,holiday,春节'].join('\n');
    await settings.importHolidayFile('bad-2027.txt', bad);
    await settings.importErrors.waitFor();
    expect(await settings.importErrorLines()).toEqual([3]);
    expect(await settings.importErrors.innerText()).toContain('第 3 行');
    expect((await invoke(door.host, 'calendar/list-years', {})).some((y) => y.year === 2027)).toBe(false);

    const good = [
      '# source: 国办发明电〔2026〕9号',
      '2027-01-01,holiday,元旦,New Year',
      '2027-02-14,workday,春节调休',
    ].join('\n');
    await settings.importHolidayFile('cn-2027.txt', good);
    await settings.year(2027).waitFor();
    await settings.importErrors.waitFor({ state: 'detached' });
    await settings.field('holiday-missing').waitFor({ state: 'detached' });
    expect(await settings.year(2027).getAttribute('data-origin')).toBe('imported');
    expect(door.session.pageErrors).toEqual([]);
  });
});
