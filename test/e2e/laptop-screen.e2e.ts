import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { BudgetPage } from './pages/budget';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { RisksPage } from './pages/risks';
import { TablePage } from './pages/table';
import { TasksPage } from './pages/tasks';
import { invoke } from './support/api';
import type { Session } from './support/browser';
import { useDoor } from './support/door';
import type { RunningHost } from './support/host';
import { screenshotPath } from './support/screenshots';

const PLAN = '2026年会员档期';
const BUSY_DAY = '2026-10-13';
// Longer than a month cell is wide, so the chip must cut them and the hover must carry the rest.
const LONG_TITLES = ['金卡会员秋季品鉴会暨新品发布沙龙', '白金会员专属线下答谢晚宴', '会员积分翻倍周启动直播'];

/** Distinct text lines an element's text is set on (one rect per line fragment, grouped by top). */
function lineCount(el: Locator): Promise<number> {
  return el.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
    return tops.size;
  });
}

/** AG Grid rows wholly inside the grid's visible body: the rows a planner actually sees. */
function visibleGridRows(page: Page): Promise<number> {
  return page.getByTestId('budget-grid').evaluate((grid) => {
    const body = grid.querySelector('.ag-body-viewport')!.getBoundingClientRect();
    return Array.from(grid.querySelectorAll('.ag-center-cols-container .ag-row')).filter((row) => {
      const r = row.getBoundingClientRect();
      return r.height > 0 && r.top >= body.top - 1 && r.bottom <= body.bottom + 1;
    }).length;
  });
}

/** The laptop screen (1366×768): every view uses the width and height it has. */
describe('a 1366×768 laptop screen', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  let host: RunningHost;
  let session: Session;

  beforeAll(async () => {
    ({ host, session } = door);
    const { plan } = await invoke(host, 'plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: PLAN,
      scale: 200_000,
    });
    for (const title of LONG_TITLES) {
      await invoke(host, 'activity/create', {
        planId: plan.id,
        title,
        type: 'salon',
        start: BUSY_DAY,
        end: BUSY_DAY,
        claims: [],
      });
    }
    await new AppShell(session.page).open(host.url);
    await new PlansPage(session.page).open(PLAN);
  });

  it('fits three chips in a month cell, each showing what fits of its title and all of it on hover', async () => {
    const calendar = new CalendarPage(session.page);
    await calendar.waitFor();
    await calendar.showMonth('2026-10');
    const cell = calendar.day(BUSY_DAY);
    const chips = cell.locator('[data-testid="calendar-event"]');
    await expect.poll(() => chips.count()).toBe(3);
    for (let i = 0; i < 3; i++) await expect(chips.nth(i).isVisible()).resolves.toBe(true);
    expect(await cell.locator('.fc-daygrid-more-link').count()).toBe(0);

    const hovers = await chips.evaluateAll((els) => els.map((el) => el.getAttribute('title')));
    expect(hovers.sort()).toEqual(LONG_TITLES.map((title) => `${title}\n${BUSY_DAY}`).sort());
    const cellWidth = (await cell.boundingBox())!.width;
    for (let i = 0; i < 3; i++) {
      // The title fills the chip's line (cut with an ellipsis), not a few characters of it.
      const { clientWidth, scrollWidth } = await chips
        .nth(i)
        .locator('.fc-event-title')
        .evaluate((el) => ({ clientWidth: el.clientWidth, scrollWidth: el.scrollWidth }));
      expect(clientWidth).toBeGreaterThan(cellWidth * 0.8);
      expect(scrollWidth).toBeGreaterThan(clientWidth);
    }
    await session.page.screenshot({ path: screenshotPath('laptop-calendar-month.png') });
  });

  it('explains its symbols and counters on the page, not only on hover', async () => {
    const { page } = session;
    const calendar = new CalendarPage(page);
    expect(await page.getByTestId('legend-pinned').innerText()).toContain('◆ = 已锁定');
    // The header's "冲突比月初 ±N" is spelled out beside the findings.
    const note = page.getByTestId('conflicts-month-note');
    await note.waitFor();
    expect(await note.innerText()).toContain('冲突比月初');
    expect(await page.getByTestId('conflict-delta').isVisible()).toBe(true);
    // The quarter's "+N" links are explained in its legend.
    await calendar.switchTo('quarter');
    expect(await page.getByTestId('legend-more').innerText()).toContain('+N = 当天还有 N 个活动');
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it('lays the activity table out over all the width the conflicts panel leaves', async () => {
    const { page } = session;
    const calendar = new CalendarPage(page);
    const table = new TablePage(page);
    await table.open();
    const area = (await calendar.root.boundingBox())!;
    const box = (await table.root.boundingBox())!;
    const panel = (await calendar.panel.boundingBox())!;
    expect(box.x - area.x).toBeLessThan(16);
    expect(panel.x - (box.x + box.width)).toBeLessThan(24);
    expect(box.width).toBeGreaterThan(area.width * 0.7);
    expect(await table.rows.count()).toBeGreaterThan(10);
    await page.screenshot({ path: screenshotPath('laptop-table.png') });
    await calendar.switchTo('month');
    await calendar.waitFor();
  });

  it('lays the task lists out at the full width, each title on one or two lines', async () => {
    const tasks = new TasksPage(session.page);
    await tasks.open();
    const items = tasks.root.getByTestId('countdown-item');
    await items.first().waitFor();
    const area = (await tasks.root.boundingBox())!.width;
    const count = await items.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < Math.min(count, 12); i++) {
      const item = items.nth(i);
      expect((await item.boundingBox())!.width).toBeGreaterThanOrEqual(area * 0.9);
      const lines = await lineCount(item.locator('.task-title'));
      expect(lines).toBeGreaterThanOrEqual(1);
      expect(lines).toBeLessThanOrEqual(2);
      expect(await lineCount(item.locator('.task-when'))).toBe(1);
    }
    const legend = await tasks.root.getByTestId('tasks-legend').innerText();
    expect(legend).toContain('◆ = 里程碑');
    expect(legend).toContain('T-21 = 活动日前 21 天');
    await session.page.screenshot({ path: screenshotPath('laptop-tasks.png') });
  });

  it('lays the risk register out at the full width, each title on one or two lines', async () => {
    const risks = new RisksPage(session.page);
    await risks.open();
    const rows = risks.root.getByTestId('risks-table-row');
    await rows.first().waitFor();
    const area = (await risks.root.boundingBox())!.width;
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      expect((await row.boundingBox())!.width).toBeGreaterThanOrEqual(area * 0.9);
      const lines = await lineCount(row.locator('td').first());
      expect(lines).toBeGreaterThanOrEqual(1);
      expect(lines).toBeLessThanOrEqual(2);
    }
  });

  it('opens the budget charts beside the grid, which keeps its rows', async () => {
    const { page } = session;
    const budget = new BudgetPage(page);
    await budget.open();
    await expect.poll(() => visibleGridRows(page)).toBeGreaterThanOrEqual(12);
    const without = await visibleGridRows(page);

    await page.getByTestId('budget-charts-toggle').click();
    const charts = page.getByTestId('budget-charts');
    await charts.locator('canvas').first().waitFor();
    expect(await visibleGridRows(page)).toBe(without);
    const grid = (await page.getByTestId('budget-grid').boundingBox())!;
    const panel = (await charts.boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(grid.x + grid.width);
    expect(panel.y).toBeLessThan(grid.y + grid.height);
    const canvas = (await charts.getByTestId('chart-category').boundingBox())!;
    expect(canvas.width).toBeGreaterThan(300);
    expect(canvas.height).toBeGreaterThan(200);
    await page.screenshot({ path: screenshotPath('laptop-budget.png') });
    await page.getByTestId('budget-charts-toggle').click();
    await charts.waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  });
});
