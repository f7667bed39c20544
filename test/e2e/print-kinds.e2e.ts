import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, addDays } from '../../src-shared/model';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { PrintPage } from './pages/print';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { MM_PT, overlappingWords, pdfRawText, pdfWords } from './support/pdf-read';

const PLAN = 'E2E 打印各式 500';
const squash = (s: string) => s.replace(/\s+/g, '');
const LAYOUTS = ['month-grid', 'lanes-type', 'lanes-resource'] as const;
const PAPERS = ['A4', 'A3'] as const;
const ORIENTATIONS = ['landscape', 'portrait'] as const;
const KINDS = LAYOUTS.flatMap((layout) =>
  PAPERS.flatMap((paper) => ORIENTATIONS.map((orientation) => ({ layout, paper, orientation }))),
);
/** The sheet's margin, header and footer (PrintSheet, print.css), in mm. */
const TOP_MM = 10 + 6;
const FOOT_MM = 10 + 4 + 8;

/**
 * Every print kind of a busy quarter (500 activities, a fifth of them with long titles, on five
 * resources) through the print preview's own controls, rendered to PDF by Chromium's print path
 * and read back with poppler: every title is findable in the text, no text runs into other text,
 * no title box cuts its title, and no sheet is mostly empty.
 */
describe('print kinds of a 500-activity quarter, read back from the PDF', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });
  const out = resolve(__dirname, 'artifacts', 'print-kinds');
  const titles: string[] = [];

  beforeAll(async () => {
    mkdirSync(out, { recursive: true });
    const plan = await invoke(door.host, 'plan/create', { name: PLAN, startDate: '2026-04-01', endDate: '2026-06-30' });
    const resources = [];
    for (const [name, kind] of [
      ['E2E 一号厅', 'venue'],
      ['E2E 静安嘉里中心三楼多功能厅', 'venue'],
      ['E2E 活动执行组', 'staff'],
      ['E2E 4K 摄像机', 'equipment'],
      ['E2E 短信', 'channel'],
    ] as const) {
      const dailyCapacity = kind === 'channel' ? 100_000 : null;
      resources.push(await invoke(door.host, 'resource/create', { name, kind, quantity: 3, dailyCapacity }));
    }
    let seed = 11;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % k;
    };
    for (let i = 0; i < 500; i++) {
      const start = addDays('2026-04-01', rnd(91));
      const title =
        rnd(5) === 0
          ? `第${i}场：夏季会员沙龙暨新品体验日（静安嘉里中心三楼多功能厅）`
          : rnd(4) === 0
            ? `Member day ${i}`
            : `会员活动${i}号`;
      titles.push(title);
      const r = rnd(7);
      await invoke(door.host, 'activity/create', {
        planId: plan.id,
        title,
        type: ACTIVITY_TYPES[rnd(ACTIVITY_TYPES.length)],
        start,
        end: addDays(start, rnd(4) === 0 ? rnd(12) : rnd(3)),
        claims: r < resources.length ? [{ resourceId: resources[r].id, quantity: 1 }] : [],
      });
    }
    await new AppShell(door.session.page).open(door.host.url);
    await new PlansPage(door.session.page).open(PLAN);
    await door.session.page.getByTestId('plan-view').waitFor();
    await new PrintPage(door.session.page).open('quarter');
  });

  it.each(KINDS)('$layout on $paper $orientation', async ({ layout, paper, orientation }) => {
    const page = door.session.page;
    const print = new PrintPage(page);
    await print.choose(layout, paper);
    await page.getByTestId('print-orientation').selectOption(orientation);
    await page.locator(`[data-testid="print-preview"][data-choice="${layout} ${paper} ${orientation}"]`).waitFor();

    // No title box cuts its title: the lanes' boxes hide what does not fit, so any cut shows here.
    const cut = await page
      .locator('.pbar-lane .pbar-text')
      .evaluateAll((els) =>
        els
          .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
          .map((e) => `${e.textContent} ${e.scrollWidth}x${e.scrollHeight} in ${e.clientWidth}x${e.clientHeight}`),
      );
    expect(cut, 'title boxes that cut their titles').toEqual([]);

    const pdf = join(out, `${layout}-${paper}-${orientation}.pdf`);
    await print.pdf(pdf);
    const pages = pdfWords(pdf);
    expect(pages.length).toBe(await print.sheets.count());

    const kinds = await print.sheets.evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet-kind')));
    const text = pdfRawText(pdf);
    expect(
      titles.filter((t) => !text.includes(squash(t))),
      'titles not found in the PDF',
    ).toEqual([]);

    pages.forEach((p, i) => {
      const clash = overlappingWords(p).map(([a, b]) => `${a.text} × ${b.text}`);
      expect(clash, `page ${i + 1}: text running into text`).toEqual([]);
      const right = p.words.filter((w) => w.x1 > p.width - 9 * MM_PT).map((w) => w.text);
      expect(right, `page ${i + 1}: text past the right margin`).toEqual([]);
      // The body's lowest word: a sheet is filled when it reaches past half of the body. (A
      // month grid's notes sheet holds what notes there are: with few, it is short; not checked.)
      if (kinds[i] === 'notes') return;
      const top = TOP_MM * MM_PT;
      const bottom = p.height - FOOT_MM * MM_PT;
      const lowest = Math.max(...p.words.filter((w) => w.y0 > top && w.y1 < bottom).map((w) => w.y1));
      expect((lowest - top) / (bottom - top), `page ${i + 1} of ${pages.length} is mostly empty`).toBeGreaterThan(0.5);
    });
    expect(door.session.pageErrors).toEqual([]);
  });
});
