import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { PlansPage } from './pages/plans';
import { PrintPage } from './pages/print';
import { useDoor } from './support/door';
import { seedActivities, seedPlan } from './support/seed';

/** pdftotext breaks lines and spaces CJK as it likes; compare text with all whitespace removed. */
const squash = (s: string) => s.replace(/\s+/g, '');

/** 定稿: freeze March, drag an activity, see the ghost and the change list, print the 变更单. */
describe('baselines (定稿)', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1500, height: 950 } });
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'dangqi-baseline-'));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('freeze, drag, ghost, change list, printed change notice read back', async () => {
    const { host, session } = door;
    const page = session.page;
    const plan = await seedPlan(host, '三月会员档期', '2027-03-01', '2027-03-31');
    await seedActivities(host, plan.id, [
      { title: '春季会员沙龙', type: 'salon', start: '2027-03-10', end: '2027-03-10' },
      { title: '三八女神节', type: 'festival', start: '2027-03-08', end: '2027-03-08' },
    ]);
    await new AppShell(page).open(host.url);
    await new PlansPage(page).open('三月会员档期');
    const calendar = new CalendarPage(page);
    await calendar.waitFor();

    // Freeze March from the panel: it becomes the reference, the header counts no change.
    await page.getByTestId('baselines-open').click();
    const panel = page.getByTestId('baselines-panel');
    await panel.getByTestId('baseline-scope').selectOption('2027-03');
    expect(await panel.getByTestId('baseline-name').inputValue()).toBe('2027年3月定稿');
    await panel.getByTestId('baseline-note').fill('已发各门店');
    await panel.getByTestId('baseline-freeze').click();
    await panel.locator('[data-testid="baseline-row"][data-reference="true"]').waitFor();
    await panel.getByRole('button', { name: '关闭', exact: true }).first().click();
    await page.locator('[data-testid="baseline-badge"][data-count="0"]').waitFor();

    // Drag the salon three days later: one change, and a ghost where it was promised.
    await calendar.dragEventToDay('春季会员沙龙', '2027-03-13');
    await page.locator('[data-testid="baseline-badge"][data-count="1"]').waitFor();
    const ghost = calendar.root.locator('[data-activity-id^="ghost:"]');
    await ghost.first().waitFor();
    expect(await ghost.first().innerText()).toContain('定稿：春季会员沙龙');
    expect(await calendar.day('2027-03-10').locator('[data-activity-id^="ghost:"]').count()).toBe(1);

    // The change list says what moved, by how much, when and why.
    await page.getByTestId('baselines-open').click();
    await panel.getByTestId('compare-show').click();
    const row = panel.getByTestId('change-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const text = await row.first().innerText();
    expect(text).toContain('春季会员沙龙');
    expect(text).toContain('改期');
    expect(text).toContain('+3');
    expect(text).toContain('修改活动「春季会员沙龙」');

    // The 变更单 on A4, read back from the PDF.
    await panel.getByTestId('notice-print').click();
    const print = new PrintPage(page);
    await print.ready();
    const pdf = join(out, 'notice.pdf');
    await print.pdf(pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const printed = squash(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    for (const words of [
      '变更单',
      '2027年3月定稿',
      '春季会员沙龙',
      '2027-03-10',
      '2027-03-13',
      '+3',
      '修改活动「春季会员沙龙」',
    ])
      expect(printed).toContain(squash(words));
    await print.close();
    await panel.getByRole('button', { name: '关闭', exact: true }).first().click();
  });
});
