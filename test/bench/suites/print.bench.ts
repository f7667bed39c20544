/**
 * Printed quarter figure (issue 7), measured in Chromium against the browser door: a quarter
 * with 500 activities, from choosing "Print quarterly schedule" in the File menu until the PDF
 * is written (the preview lays out and draws every sheet, then Chromium's print path makes the
 * PDF, as "Save as PDF" does). Median of a few runs; month grids on A4 landscape, the default.
 * Needs a build (`npm run build`) like the e2e tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVITY_TYPES, type ActivityInput, addDays } from '../../../src-shared/model';
import { invoke } from '../../e2e/support/api';
import { openBrowser } from '../../e2e/support/browser';
import type { BenchSuite } from '../run';

/** The e2e host helper finds the build through `__dirname`, which the bench runner lacks (see budget.bench.ts). */
async function hostHelpers() {
  const g = globalThis as { __dirname?: string };
  g.__dirname ??= join(dirname(fileURLToPath(import.meta.url)), '../../e2e/support');
  return import('../../e2e/support/host');
}

const ACTIVITIES = 500;
const RUNS = 3;
const VENUES = ['一号宴会厅', '二号多功能厅', '门店活动区', '线上直播间'];

/** 500 activities over Q1 2026, a fifth with long titles, a third on a shared venue (conflicts to mark). */
function quarterOf(planId: string, venueIds: string[]): ActivityInput[] {
  let s = 7;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  return Array.from({ length: ACTIVITIES }, (_, i) => {
    const start = addDays('2026-01-01', rnd(90));
    const long = rnd(5) === 0;
    return {
      planId,
      title: long ? `第${i}场：春季会员沙龙暨新品体验日（静安嘉里中心三楼多功能厅）` : `会员活动 ${i}`,
      type: ACTIVITY_TYPES[rnd(ACTIVITY_TYPES.length)],
      start,
      end: addDays(start, rnd(4)),
      claims: rnd(3) === 0 ? [{ resourceId: venueIds[rnd(venueIds.length)], quantity: 1 }] : [],
    };
  });
}

const suite: BenchSuite = {
  name: 'print',
  async run() {
    const { makeDataDir, startHost } = await hostHelpers();
    const data = await makeDataDir();
    const host = await startHost(data.dir);
    const session = await openBrowser({ viewport: { width: 1600, height: 1000 } });
    const out = mkdtempSync(join(tmpdir(), 'dangqi-print-bench-'));
    try {
      const plan = await invoke(host, 'plan/create', {
        name: '打印基准 500',
        startDate: '2026-01-01',
        endDate: '2026-03-31',
      });
      const venues = [];
      for (const name of VENUES)
        venues.push(await invoke(host, 'resource/create', { name, kind: 'venue', quantity: 1 }));
      for (const a of quarterOf(
        plan.id,
        venues.map((v) => v.id),
      ))
        await invoke(host, 'activity/create', a);

      const { page } = session;
      await page.goto(host.url);
      await page.getByTestId('plan-open').first().click();
      await page.getByTestId('plan-view').waitFor();
      const times: number[] = [];
      let sheets = 0;
      for (let r = 0; r < RUNS; r++) {
        await page.getByTestId('files-menu-button').click();
        const t0 = performance.now();
        await page.getByTestId('files-print-quarter').click();
        await page.locator('[data-testid="print-preview"][data-ready="true"]').waitFor();
        await page.pdf({ path: join(out, `q${r}.pdf`), preferCSSPageSize: true, printBackground: true });
        times.push(performance.now() - t0);
        sheets = await page.getByTestId('print-sheet').count();
        await page.getByTestId('print-close').click();
      }
      times.sort((a, b) => a - b);
      return { print_quarter_ms_500: times[Math.floor(times.length / 2)], print_quarter_sheets_500: sheets };
    } finally {
      await session.close();
      await host.stop();
      await data.remove();
      rmSync(out, { recursive: true, force: true });
    }
  },
};
export default suite;
