/**
 * Budget grid figures (issue 5), measured in Chromium against the browser door with 10,000
 * lines: opening the budget tab until the grid is interactive (and, for reference, a whole page
 * reload onto that tab, which includes fetching the snapshot), and the p95 of one cell edit
 * from the Enter key until the edit is persisted (the service answered) and the plan total moved.
 * Needs a build (`npm run build`) like the e2e tests.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { BUDGET_CATEGORIES } from '../../../src-shared/model';
import { invoke } from '../../e2e/support/api';
import { openBrowser } from '../../e2e/support/browser';
import type { BenchSuite } from '../run';

/**
 * The e2e host helper finds the build through `__dirname`, which Vitest provides and the bench
 * runner (plain ESM under tsx) does not; give it the folder it expects, then load it.
 */
async function hostHelpers() {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), '../../e2e/support');
  return import('../../e2e/support/host');
}

const LINES = 10_000;
const OPENS = 7;
const EDITS = 40;

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Clicks a tab inside the page and waits, frame by frame, until the grid shows lines and its total. */
function openBudgetTab(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        document.querySelector<HTMLElement>('[data-testid="tab-budget"]')?.click();
        const ready = () =>
          document.querySelector('.ag-floating-bottom .ag-row [col-id="plannedCents"]')?.textContent?.includes('¥') &&
          document.querySelector('.ag-center-cols-container .ag-row:not([row-id^="sub:"])');
        const check = () => (ready() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      }),
  );
}

/** Arms a timer on the next Enter and resolves when the plan total's text has changed. */
function armEditTimer(page: Page): Promise<void> {
  return page.evaluate(() => {
    const total = () => document.querySelector('.ag-floating-bottom .ag-row [col-id="plannedCents"]')?.textContent;
    const before = total();
    const w = window as unknown as { __edit: Promise<number> };
    w.__edit = new Promise<number>((resolve) => {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter') return;
        window.removeEventListener('keydown', onKey, true);
        const t0 = performance.now();
        const check = () => (total() !== before ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      };
      window.addEventListener('keydown', onKey, true);
    });
  });
}

const suite: BenchSuite = {
  name: 'budget grid (10k lines, Chromium, browser door)',
  async run() {
    const { makeDataDir, startHost } = await hostHelpers();
    const data = await makeDataDir();
    const host = await startHost(data.dir);
    const session = await openBrowser({ viewport: { width: 1600, height: 1000 } });
    try {
      const plan = await invoke(host, 'plan/create', {
        name: '万行预算',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
      });
      const activities: { id: string }[] = [];
      for (let i = 0; i < 20; i++) {
        const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-15`;
        activities.push(
          await invoke(host, 'activity/create', {
            planId: plan.id,
            title: `活动${i}`,
            type: 'salon',
            start: day,
            end: day,
          }),
        );
      }
      const phases = ['planning', 'execution', 'monitoring', 'review'];
      const lines = Array.from({ length: LINES }, (_, i) => ({
        activityId: activities[i % activities.length].id,
        phase: phases[i % phases.length],
        category: BUDGET_CATEGORIES[i % BUDGET_CATEGORIES.length],
        description: `科目 ${i}`,
        plannedCents: 100_000 + i * 37,
        actualCents: i % 3 === 0 ? 90_000 + i : 0,
        date: `2026-${String((i % 12) + 1).padStart(2, '0')}-01`,
      }));
      await invoke(host, 'budget/paste-lines', { planId: plan.id, lines });

      const { page } = session;
      // tsx compiles functions passed to page.evaluate with esbuild's `__name` helper; give the page one.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.goto(host.url);
      await page.getByTestId('plan-list').waitFor();
      await page.getByTestId('plan-open').filter({ hasText: '万行预算' }).click();
      await page.getByTestId('tab-calendar').waitFor();
      await page.locator('[data-testid="calendar-view"]').waitFor();

      const opens: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        opens.push(await openBudgetTab(page));
        await page.getByTestId('tab-calendar').click();
        await page.locator('[data-testid="calendar-view"]').waitFor();
      }
      await openBudgetTab(page);

      // A reload straight onto the budget tab: page load, the 10k-line snapshot fetch and the grid.
      const reloads: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = Date.now();
        await page.reload();
        await page.locator('.ag-floating-bottom .ag-row [col-id="plannedCents"]').filter({ hasText: '¥' }).waitFor();
        await page.locator('.ag-center-cols-container .ag-row:not([row-id^="sub:"])').first().waitFor();
        reloads.push(Date.now() - t0);
      }

      const edits: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const cell = page
          .locator('.ag-center-cols-container .ag-row:not([row-id^="sub:"]) [col-id="plannedCents"]')
          .nth(i % 8);
        await cell.click();
        await page.keyboard.type(String(2000 + i));
        await armEditTimer(page);
        const answered = page.waitForResponse((r) => (r.request().postData() ?? '').includes('budget/update-line'));
        await page.keyboard.press('Enter');
        edits.push(await page.evaluate(() => (window as unknown as { __edit: Promise<number> }).__edit));
        // The edit's answer (its outcome patches the held snapshot; nothing is read again) and an
        // idle moment, as between a planner's edits, so each figure measures one edit alone.
        await answered;
        await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 3000 })));
      }
      return {
        budget_lines: LINES,
        budget_open_ms_10k: Math.round(percentile(opens, 50)),
        budget_open_ms_10k_max: Math.round(Math.max(...opens)),
        budget_reload_ms_10k: Math.round(percentile(reloads, 50)),
        budget_edit_ms_p50_10k: Math.round(percentile(edits, 50)),
        budget_edit_ms_p95_10k: Math.round(percentile(edits, 95)),
      };
    } finally {
      await session.close();
      await host.stop();
      await data.remove();
    }
  },
};
export default suite;
