import { beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { BudgetPage } from './pages/budget';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';

const Y = 100;

/** Issue 15: a value pasted over a selected 预算 cell sets that cell; a block fills the cells from there. */
describe('paste into budget cells', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });

  beforeAll(async () => {
    await door.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: door.host.origin });
  });

  it('one value sets the selected cell, a row of two fills planned and committed; no rows dialog', async () => {
    const { page } = door.session;
    const plan = await invoke(door.host, 'plan/create', {
      name: '粘贴预算',
      startDate: '2026-05-01',
      endDate: '2026-07-31',
    });
    const line = await invoke(door.host, 'budget/create-line', {
      planId: plan.id,
      phase: 'execution',
      category: 'venue',
      description: '主会场',
      plannedCents: 40_000 * Y,
    });
    const budget = new BudgetPage(page);
    await new AppShell(page).open(door.host.url);
    await new PlansPage(page).open('粘贴预算');
    await budget.open();
    const stored = async () =>
      (await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).budgetLines.find((l) => l.id === line.id);

    await page.evaluate((text) => navigator.clipboard.writeText(text), '12,500');
    await budget.cell(line.id, 'plannedCents').click();
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(() => budget.text(budget.cell(line.id, 'plannedCents'))).toBe('¥12,500.00');
    expect(await page.getByTestId('paste-dialog').count()).toBe(0);

    await page.evaluate((text) => navigator.clipboard.writeText(text), '1万\t8000\r\n');
    await budget.cell(line.id, 'plannedCents').click();
    await page.keyboard.press('ControlOrMeta+V');
    await expect
      .poll(async () => [(await stored())?.plannedCents, (await stored())?.committedCents])
      .toEqual([10_000 * Y, 8_000 * Y]);
    expect(await page.getByTestId('paste-dialog').count()).toBe(0);
    expect((await invoke(door.host, 'plan/get-snapshot', { id: plan.id })).budgetLines).toHaveLength(1);

    // Whole rows go to the preview; an Excel serial that lands outside the plan is flagged there.
    await budget.pasteFromClipboard(
      ['类别\t说明\t预算金额\t实际\t日期', '礼品奖品\t抽奖礼品\t500\t\t46000'].join('\n'),
    );
    expect(await budget.pasteRows().count()).toBe(1);
    expect(await page.getByTestId('paste-date-outside').innerText()).toContain('2026-05-01');
    await page.keyboard.press('Escape');
    await page.getByTestId('paste-dialog').waitFor({ state: 'detached' });
    expect(door.session.pageErrors).toEqual([]);
  });
});
