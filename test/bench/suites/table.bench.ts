/**
 * Activity table figures (issue 15), measured in Chromium against the browser door with 2,000
 * activities in one plan: switching the schedule to the table view until the grid shows its
 * rows with their conflict counts (`table_open_ms_2k`, target ≤ 500 ms), as the median of
 * several switches from the week view; switching from the month view also pays for FullCalendar
 * tearing down its 2,000 events (`table_open_from_month_ms_2k`); the very first switch, which
 * also fetches the table's code, is reported on its own. Needs a build (`npm run build`) like the e2e tests.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { addDays } from '../../../src-shared/model';
import { invoke } from '../../e2e/support/api';
import { openBrowser } from '../../e2e/support/browser';
import type { BenchSuite } from '../run';

/** The e2e host helper reads `__dirname`, which the bench runner (ESM under tsx) lacks: give it one. */
async function hostHelpers() {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), '../../e2e/support');
  return import('../../e2e/support/host');
}

const N = 2000;
const SWITCHES = 7;
const TYPES = ['festival', 'birthday', 'vip_day', 'salon', 'member_day', 'online'] as const;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Clicks the table button inside the page and waits, frame by frame, for rows with their conflicts. */
function openTable(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const t0 = performance.now();
        document.querySelector<HTMLElement>('[data-testid="view-table"]')?.click();
        const ready = () =>
          document.querySelector('[data-testid="table-view"] .ag-center-cols-container .ag-row [col-id="conflicts"]')
            ?.textContent;
        const check = () => (ready() ? resolve(performance.now() - t0) : requestAnimationFrame(check));
        check();
      }),
  );
}

const suite: BenchSuite = {
  name: 'activity table (2k activities, Chromium, browser door)',
  async run() {
    const { makeDataDir, startHost } = await hostHelpers();
    const data = await makeDataDir();
    const host = await startHost(data.dir);
    const session = await openBrowser({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
    try {
      const plan = await invoke(host, 'plan/create', {
        name: '两千活动',
        startDate: '2027-01-01',
        endDate: '2027-12-31',
      });
      const venues = [];
      for (let r = 0; r < 40; r++)
        venues.push(await invoke(host, 'resource/create', { name: `场地${r + 1}`, kind: 'venue', quantity: 2 }));
      const jobs: Promise<unknown>[] = [];
      for (let i = 0; i < N; i++) {
        const start = addDays('2027-01-01', i % 360);
        jobs.push(
          invoke(host, 'activity/create', {
            planId: plan.id,
            title: `活动 ${i + 1}`,
            type: TYPES[i % TYPES.length],
            start,
            end: addDays(start, i % 2),
            claims: [{ resourceId: venues[i % venues.length].id, quantity: 1 }],
          }),
        );
        if (jobs.length === 50) await Promise.all(jobs.splice(0));
      }
      await Promise.all(jobs);

      const { page } = session;
      // tsx compiles functions passed to page.evaluate with esbuild's `__name` helper; give the page one.
      await page.addInitScript({ content: 'window.__name = (f) => f;' });
      await page.goto(host.url);
      await page.locator('.app').waitFor();
      await page.evaluate(() => sessionStorage.setItem('dangqi.calendarMode', 'month'));
      await page.getByTestId('plan-open').filter({ hasText: '两千活动' }).click();
      await page.locator('[data-testid="calendar-event"]').first().waitFor();
      const first = await openTable(page);
      // From the week view (a light view to leave) and from the month view, whose 2,000 events
      // FullCalendar tears down in the same frame.
      const fromWeek: number[] = [];
      const fromMonth: number[] = [];
      for (let i = 0; i < SWITCHES; i++) {
        await page.getByTestId('view-week').click();
        await page.locator('.fc-timegrid').first().waitFor();
        fromWeek.push(await openTable(page));
        await page.getByTestId('view-month').click();
        await page.locator('[data-testid="calendar-event"]').first().waitFor();
        fromMonth.push(await openTable(page));
      }
      return {
        table_open_ms_2k: median(fromWeek),
        table_open_from_month_ms_2k: median(fromMonth),
        table_first_open_ms_2k: first,
      };
    } finally {
      await session.page.goto('about:blank').catch(() => undefined);
      await session.close();
      await host.stop();
      await data.remove();
    }
  },
};
export default suite;
