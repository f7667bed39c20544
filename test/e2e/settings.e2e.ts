import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Plan } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { SettingsPage } from './pages/settings';
import { invoke } from './support/api';
import { type Session, captureFailure, openBrowser } from './support/browser';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { seedPlan } from './support/seed';

/** Plan settings in the UI: saved as one undoable edit, refused per field, and the holiday file import. */
describe('plan settings', () => {
  let data: Awaited<ReturnType<typeof makeDataDir>>;
  let host: RunningHost;
  let session: Session;
  let plan: Plan;
  let settings: SettingsPage;

  const stored = () => invoke(host, 'plan/get-settings', { planId: plan.id });

  beforeAll(async () => {
    data = await makeDataDir();
    host = await startHost(data.dir);
    session = await openBrowser({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    plan = await seedPlan(host, '设置测试方案', '2026-07-01', '2027-06-30');
    const page = session.page;
    settings = new SettingsPage(page);
    await new AppShell(page).open(host.url);
    await new PlansPage(page).open('设置测试方案');
    await settings.open();
  });

  afterAll(async () => {
    await session?.close();
    await host?.stop();
    await data?.remove();
  });

  it('saves a changed phase split and approval cap, kept after a reload, undone in one step', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'settings-save')));
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

    await session.page.reload();
    await settings.root.waitFor();
    expect(await settings.phaseShares()).toEqual(['25', '45', '15', '15']);
    expect(await settings.field('settings-tier-cap-0').inputValue()).toBe('30000.00');

    const shell = new AppShell(session.page);
    await expect.poll(() => shell.undoButton.getAttribute('title')).toContain('方案设置');
    await shell.undoButton.click();
    await expect.poll(async () => (await stored()).budgetPhases[0].sharePercent).toBe(20);
    await expect.poll(() => settings.phaseShares()).toEqual(['20', '50', '15', '15']);
  });

  it('shows the server’s refusal under the phase split and keeps the stored one', async () => {
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'settings-refuse')));
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
    onTestFailed(async () => console.error('screenshot:', await captureFailure(session, 'settings-holidays')));
    // The plan runs into 2027, for which no schedule is shipped: the view says so until one is imported.
    expect(await settings.field('holiday-missing').innerText()).toContain('2027');
    const bad = ['# 2027', '2027-01-01,holiday,元旦,New Year', '2027-02-30,holiday,春节'].join('\n');
    await settings.importHolidayFile('bad-2027.txt', bad);
    await settings.importErrors.waitFor();
    expect(await settings.importErrorLines()).toEqual([3]);
    expect(await settings.importErrors.innerText()).toContain('第 3 行');
    expect((await invoke(host, 'calendar/list-years', {})).some((y) => y.year === 2027)).toBe(false);

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
    expect(session.pageErrors).toEqual([]);
  });
});
