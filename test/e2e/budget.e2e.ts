import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { BudgetPage } from './pages/budget';
import { PlansPage } from './pages/plans';
import { invoke } from './support/api';
import { useDoor } from './support/door';

const Y = 100; // cents per yuan

/**
 * The budget grid end to end (issue 5): an edit moves subtotals, phase shares and the approval
 * tier; a negative amount is refused with the old value kept; three rows pasted from a
 * spreadsheet arrive as one undoable edit; undo reverts each.
 */
describe('budget grid', () => {
  const door = useDoor({ locale: 'zh-CN' });

  beforeAll(async () => {
    await door.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: door.host.origin });
  });

  it('edits, refuses, pastes and undoes', async () => {
    const { page } = door.session;
    const plan = await invoke(door.host, 'plan/create', {
      name: '会员大会预算',
      startDate: '2026-05-01',
      endDate: '2026-07-31',
    });
    const conf = await invoke(door.host, 'activity/create', {
      planId: plan.id,
      title: '年度会员大会',
      type: 'conference',
      start: '2026-06-20',
      end: '2026-06-20',
    });
    const venue = await invoke(door.host, 'budget/create-line', {
      planId: plan.id,
      activityId: conf.id,
      phase: 'execution',
      category: 'venue',
      description: '主会场',
      plannedCents: 40_000 * Y,
    });
    await invoke(door.host, 'budget/create-line', {
      planId: plan.id,
      phase: 'planning',
      category: 'research',
      description: '会员调研',
      plannedCents: 40_000 * Y,
    });

    const shell = new AppShell(page);
    const plans = new PlansPage(page);
    const budget = new BudgetPage(page);
    await shell.open(door.host.url);
    await plans.waitFor();
    await plans.open('会员大会预算');
    await budget.open();

    const actSub = `sub:act:execution:${conf.id}`;
    expect(await budget.text(budget.cell(venue.id, 'tier'))).toBe('运营总监');
    expect(await budget.text(budget.cell('sub:phase:execution', 'plannedCents'))).toBe('¥40,000.00');
    expect(await budget.phaseShare('execution').getAttribute('data-share')).toBe('50');

    // An edit moves the line, its activity and phase subtotals, the plan total, shares and tier.
    await budget.typeInto(venue.id, 'plannedCents', '1.2万');
    await expect.poll(() => budget.text(budget.cell(venue.id, 'plannedCents'))).toBe('¥12,000.00');
    await budget.typeInto(venue.id, 'plannedCents', '¥60,000.00');
    await expect.poll(() => budget.text(budget.cell(venue.id, 'plannedCents'))).toBe('¥60,000.00');
    expect(await budget.text(budget.cell(actSub, 'plannedCents'))).toBe('¥60,000.00');
    expect(await budget.text(budget.cell('sub:phase:execution', 'plannedCents'))).toBe('¥60,000.00');
    expect(await budget.text(budget.totalCell('plannedCents'))).toBe('¥100,000.00');
    expect(await budget.phaseShare('execution').getAttribute('data-share')).toBe('60');
    expect(await budget.text(budget.cell(venue.id, 'tier'))).toBe('运营总监 + 财务总监会签');

    // A negative amount is refused with the reason, and the stored value stays.
    await budget.typeInto(venue.id, 'actualCents', '-500');
    await expect.poll(() => budget.message.innerText()).toContain('金额不能为负数');
    expect(await budget.text(budget.cell(venue.id, 'actualCents'))).toBe('¥0.00');
    expect(await budget.text(budget.cell(venue.id, 'plannedCents'))).toBe('¥60,000.00');

    // Undo the last accepted edit: back to 12,000 and the operations director alone.
    await shell.undoButton.click();
    await expect.poll(() => budget.text(budget.cell(venue.id, 'plannedCents'))).toBe('¥12,000.00');
    expect(await budget.text(budget.cell(venue.id, 'tier'))).toBe('运营总监');
    expect(await budget.text(budget.totalCell('plannedCents'))).toBe('¥52,000.00');

    // Three rows copied from a spreadsheet, with a Chinese header row.
    const tsv = [
      '类别\t说明\t预算金额\t实际\t阶段',
      '礼品奖品\t抽奖礼品\t¥12,500.00\t\t执行',
      '宣传推广\t朋友圈广告\t1.5万\t8000\t执行',
      '餐饮住宿\t嘉宾午餐\t3,000\t2,980.50\t执行',
    ].join('\n');
    await budget.pasteFromClipboard(tsv);
    expect(await budget.pasteRows().count()).toBe(3);
    await budget.insertPasted();
    await expect.poll(() => budget.text(budget.totalCell('plannedCents'))).toBe('¥82,500.00');
    expect(await budget.text(budget.totalCell('actualCents'))).toBe('¥10,980.50');
    expect(await budget.root.getByText('朋友圈广告').count()).toBe(1);

    // One undo takes the whole paste away.
    await shell.undoButton.click();
    await expect.poll(() => budget.text(budget.totalCell('plannedCents'))).toBe('¥52,000.00');
    // Removed rows fade out before AG Grid drops them.
    await expect.poll(() => budget.root.getByText('朋友圈广告').count()).toBe(0);

    // Duplicate a line (one edit), delete the copy (one edit), undo the delete.
    const before = new Set(await budget.rowIds());
    await budget.cell(venue.id, 'description').click();
    await page.keyboard.press('ControlOrMeta+D');
    await expect.poll(() => budget.text(budget.totalCell('plannedCents'))).toBe('¥64,000.00');
    const copyId = (await budget.rowIds()).find((id) => !before.has(id) && !id.startsWith('sub:'));
    expect(copyId).toBeDefined();
    expect(await budget.text(budget.cell(copyId!, 'description'))).toBe('主会场');
    // The Delete key over a selected line asks, then deletes.
    await budget.cell(copyId!, 'description').click();
    await page.keyboard.press('Delete');
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => budget.text(budget.totalCell('plannedCents'))).toBe('¥52,000.00');
    await shell.undoButton.click();
    await expect.poll(() => budget.text(budget.totalCell('plannedCents'))).toBe('¥64,000.00');

    // CSV export (AG Grid Community): every row, money as plain yuan, subtotals included.
    const download = page.waitForEvent('download');
    await page.getByTestId('budget-export').click();
    const csv = await readFile((await (await download).path())!, 'utf8');
    expect(csv).toContain('"主会场"');
    expect(csv).toContain('"12000.00"');
    expect(csv).toContain('"会员调研"');
    expect(door.session.pageErrors).toEqual([]);
  });
});
