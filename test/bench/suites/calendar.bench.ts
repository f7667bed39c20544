/**
 * Schedule figures (issue 4), measured in Chromium against the browser door with 2,000
 * activities in the visible month: opening the month view to interactive, one drag-preview
 * update (the pure rules plus the DOM writes, read from the page's own performance.measure
 * entries), and a drop persisted with the conflict list recomputed and on screen (from the
 * moment FullCalendar reports the drop to the frame after the service's answer, one drop at a
 * time with the page settled in between). Targets (issue 4): ≤ 500 ms, ≤ 16 ms, ≤ 100 ms.
 */
import type { Page } from 'playwright-core';
import { invoke } from '../../e2e/support/api';
import { openBrowser } from '../../e2e/support/browser';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { addDays } from '../../../src-shared/model';
import type { BenchSuite } from '../run';

const N = Number(process.env.DANGQI_BENCH_CAL_N ?? 2000);

/**
 * The browser door as a child process, like the e2e helper (support/host.ts), which reads
 * __dirname and so cannot load under the bench runner's ESM; the repository root is the cwd.
 */
async function startDoor(dataDir: string) {
  const child = spawn(process.execPath, ['out/main/host.js', '--data-dir', dataDir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, DANGQI_DATA_DIR: '' },
  });
  const found = await new Promise<{ origin: string; token: string }>((ok, fail) => {
    const timer = setTimeout(
      () => fail(new Error('the browser door printed no URL (run npm run build first)')),
      20_000,
    );
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/.exec(line);
      if (!m) return;
      clearTimeout(timer);
      ok({ origin: m[1], token: m[2] });
    });
  });
  return {
    ...found,
    url: `${found.origin}/#token=${found.token}`,
    stop: () =>
      new Promise<void>((done) =>
        child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM')),
      ),
  };
}
const MONTH = '2027-03';
const TYPES = ['festival', 'birthday', 'vip_day', 'salon', 'member_day', 'online'] as const;

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN;
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').map((e) => e.duration), name);
}

async function openPlan(page: Page, name: string): Promise<number> {
  await page.getByTestId('nav-plans').click();
  await page.getByTestId('plan-open').first().waitFor();
  const began = Date.now();
  await page.getByTestId('plan-open').getByText(name, { exact: true }).click();
  await page.locator('[data-testid="calendar-event"]').first().waitFor();
  // Interactive: the events are drawn and the conflicts of the 2,000 activities are listed.
  await page.getByTestId('finding').first().waitFor();
  return Date.now() - began;
}

async function centre(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height * 0.75 };
}

const suite: BenchSuite = {
  name: 'calendar',
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'dangqi-bench-'));
    const host = await startDoor(dir);
    const session = await openBrowser({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
    try {
      const plan = await invoke(host, 'plan/create', {
        name: '压力测试方案',
        startDate: '2027-03-01',
        endDate: '2027-06-30',
      });
      const venues = [];
      for (let r = 0; r < 40; r++)
        venues.push(await invoke(host, 'resource/create', { name: `场地${r + 1}`, kind: 'venue', quantity: 2 }));
      const first = `${MONTH}-01`;
      const jobs: Promise<unknown>[] = [];
      for (let i = 0; i < N; i++) {
        const start = addDays(first, i % 31);
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
      await page.goto(host.url);
      await page.locator('.app').waitFor();
      await page.evaluate(() => sessionStorage.setItem('dangqi.calendarMode', 'month'));
      const opens: number[] = [];
      for (let k = 0; k < 3; k++) {
        opens.push(
          await openPlan(page, '压力测试方案').catch(async (e: unknown) => {
            await page.screenshot({ path: '/tmp/bench-fail.png' });
            console.error(await page.evaluate(() => document.body.innerText.slice(0, 500)));
            throw e;
          }),
        );
        if (k === 0) {
          // Later opens land on the same month: page there once.
          for (let m = 0; m < 6; m++) {
            const shown = await page.locator('td.fc-daygrid-day[data-date]').nth(15).getAttribute('data-date');
            if (shown?.startsWith(MONTH)) break;
            await page.locator('.fc-next-button').click();
          }
        }
      }

      // Drag preview: hold one event and sweep the pointer over 40 day cells.
      const src = await centre(
        page,
        `td.fc-daygrid-day[data-date="${MONTH}-10"] [data-testid="calendar-event"]:not(.more-chip)`,
      );
      await page.mouse.move(src.x, src.y);
      await page.mouse.down();
      await page.mouse.move(src.x + 15, src.y + 5, { steps: 3 });
      for (let d = 0; d < 40; d++) {
        const day = addDays(`${MONTH}-01`, (d * 3) % 28);
        const c = await centre(page, `td.fc-daygrid-day[data-date="${day}"]:not(.fc-day-other)`);
        await page.mouse.move(c.x, c.y, { steps: 2 });
      }
      await page.mouse.up();
      const previews = await measures(page, 'dangqi:drag-preview');

      // Drops: each one persisted and the conflict list recomputed and painted. The channel calls
      // the page makes from mouse-up until it is quiet are counted per drop (requests_per_drop).
      let calls = 0;
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/api/invoke') calls++;
      });
      const perDrop: number[] = [];
      for (let d = 0; d < 24; d++) {
        const before = (await measures(page, 'dangqi:drop-roundtrip')).length;
        const from = await centre(
          page,
          `td.fc-daygrid-day[data-date="${addDays(`${MONTH}-01`, 2 + (d % 24))}"] [data-testid="calendar-event"]:not(.more-chip)`,
        );
        const to = await centre(page, `td.fc-daygrid-day[data-date="${addDays(`${MONTH}-01`, 3 + (d % 24))}"]`);
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(from.x + 15, from.y + 5, { steps: 3 });
        await page.mouse.move(to.x, to.y, { steps: 5 });
        const callsBefore = calls;
        await page.mouse.up();
        await page.waitForFunction(
          (n) => performance.getEntriesByName('dangqi:drop-roundtrip', 'measure').length > n,
          before,
          { timeout: 10_000 },
        );
        // A planner drags one activity at a time: let the refetch of this drop settle first.
        await page.waitForTimeout(400);
        perDrop.push(calls - callsBefore);
      }
      const drops = await measures(page, 'dangqi:drop-roundtrip');
      return {
        calendar_open_ms_2k: median(opens),
        drag_preview_ms_p95_2k: p95(previews),
        drag_preview_samples: previews.length,
        drop_roundtrip_ms_p95_2k: p95(drops),
        drop_roundtrip_ms_p50_2k: median(drops),
        drop_roundtrip_samples: drops.length,
        requests_per_drop: median(perDrop),
        requests_per_drop_max: Math.max(...perDrop),
      };
    } finally {
      await session.close();
      await host.stop();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
export default suite;
