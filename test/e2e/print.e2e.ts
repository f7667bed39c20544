import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, addDays } from '../../src-shared/model';
import { quarterRange } from '../../src-shared/print';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { PrintPage } from './pages/print';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { screenshotPath } from './support/screenshots';

const PLAN = 'E2E 2026 会员档期';
/** pdftotext breaks lines and spaces CJK as it likes; compare text with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * The printed quarterly schedule of a template plan, checked the way issue 7 asks: rendered to
 * PDF by Chromium's print path (what "Save as PDF" gives), then read back with poppler's tools
 * (pdfinfo, pdftotext, pdftoppm; Debian package poppler-utils).
 */
describe('print the quarterly schedule', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });
  let out: string;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'dangqi-print-'));
  });

  afterAll(async () => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  async function openPlanPreview(): Promise<{ from: string; to: string; titles: string[] }> {
    const { plan } = await invoke(door.host, 'plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: PLAN,
      scale: 20000,
    });
    const snap = await invoke(door.host, 'plan/get-snapshot', { id: plan.id });
    // The template's second quarter: festivals (Labour Day, Dragon Boat) and a full month load.
    const [from, to] = quarterRange(2026, 2, snap.settings.fiscalQuarterStartMonth);
    const titles = snap.activities
      .filter((a) => a.start.slice(0, 10) <= to && a.end.slice(0, 10) >= from)
      .map((a) => a.title);
    const shell = new AppShell(door.session.page);
    await shell.open(door.host.url);
    await new PlansPage(door.session.page).open(PLAN);
    await door.session.page.getByTestId('plan-view').waitFor();
    const print = new PrintPage(door.session.page);
    await print.open('quarter');
    await print.chooseQuarterStarting(from);
    return { from, to, titles };
  }

  it('month grids on A4 landscape: page count, every activity title in the text, a picture of page 1', async () => {
    const { titles } = await openPlanPreview();
    expect(titles.length).toBeGreaterThan(20);
    const print = new PrintPage(door.session.page);
    const sheets = await print.sheets.count();
    const pdf = join(out, 'quarter.pdf');
    await print.pdf(pdf);

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(sheets);
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/); // A4 landscape
    const text = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    const missing = titles.filter((t) => !text.includes(squash(t)));
    expect(missing, 'titles missing from the PDF text').toEqual([]);
    expect(text).toContain(squash(PLAN));
    expect(text).toContain(squash(`第 1 页 / 共 ${sheets} 页`));

    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(out, 'page')]);
    copyFileSync(join(out, 'page-1.png'), screenshotPath('print-quarter.png'));
    expect(door.session.pageErrors).toEqual([]);
  });

  it('lanes by resource on A3 portrait, and the budget summary and risk register print too', async () => {
    const print = new PrintPage(door.session.page);
    await print.choose('lanes-resource', 'A3');
    await door.session.page.getByTestId('print-orientation').selectOption('portrait');
    const pdf = join(out, 'lanes.pdf');
    await print.pdf(pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(await print.sheets.count());
    expect(info).toMatch(/Page size:\s+841\.\d+ x 119\d\.\d+ pts \(A3\)/); // A3 portrait
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(out, 'lanes')]);
    copyFileSync(join(out, 'lanes-1.png'), screenshotPath('print-lanes.png'));
    await print.close();

    for (const what of ['budget', 'risks'] as const) {
      await print.open(what);
      const file = join(out, `${what}.pdf`);
      await print.pdf(file);
      const text = squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
      expect(text).toContain(squash(what === 'budget' ? '方案合计' : '应对措施'));
      expect(text).toContain(squash('第 1 页 / 共'));
      await print.close();
    }
    expect(door.session.pageErrors).toEqual([]);
  });

  it('a quarter of 500 activities: every title is in the PDF text (drawn, in a note or in the overflow list)', async () => {
    const plan = await invoke(door.host, 'plan/create', {
      name: 'E2E 打印 500',
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    });
    const venue = await invoke(door.host, 'resource/create', { name: 'E2E 一号厅', kind: 'venue', quantity: 1 });
    let seed = 5;
    const rnd = (k: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % k;
    };
    const titles: string[] = [];
    for (let i = 0; i < 500; i++) {
      const start = addDays('2026-01-01', rnd(90));
      const title = rnd(5) === 0 ? `第${i}场：春季会员沙龙暨新品体验日（静安嘉里中心三楼多功能厅）` : `会员活动${i}号`;
      titles.push(title);
      await invoke(door.host, 'activity/create', {
        planId: plan.id,
        title,
        type: ACTIVITY_TYPES[rnd(ACTIVITY_TYPES.length)],
        start,
        end: addDays(start, rnd(4)),
        claims: rnd(3) === 0 ? [{ resourceId: venue.id, quantity: 1 }] : [],
      });
    }
    await new AppShell(door.session.page).open(door.host.url);
    await door.session.page.getByTestId('nav-plans').click();
    await new PlansPage(door.session.page).open('E2E 打印 500');
    const print = new PrintPage(door.session.page);
    await print.open('quarter');
    await print.choose('month-grid', 'A4');
    await door.session.page.getByTestId('print-orientation').selectOption('landscape');
    // The conflicts on the shared hall arrive with the conflict list, after the sheets are drawn:
    // print once they are flagged, so the PDF carries them.
    await expect.poll(() => door.session.page.locator('.pbar-conflict').count()).toBeGreaterThan(0);
    const pdf = join(out, 'q500.pdf');
    await print.pdf(pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(await print.sheets.count());
    const text = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(titles.filter((t) => !text.includes(squash(t)))).toEqual([]);
    // Busy days say how many more there are.
    expect(await door.session.page.getByTestId('print-more').count()).toBeGreaterThan(0);
    await print.close();
  });
});
