import { describe, expect, it } from 'vitest';
import { AppShell } from './pages/app-shell';
import { PlansPage } from './pages/plans';
import { TemplatesPage } from './pages/templates';
import { invoke } from './support/api';
import { useDoor } from './support/door';

/**
 * Every tab of a template plan in both UI languages: the Chinese UI shows no English sentence and
 * the English UI no internal key. The plan is the member conference, whose KPIs, risks and notes
 * carried English text and raw keys (the "raci" scope, "execution" phases) before.
 */
const TABS = ['calendar', 'budget', 'risks', 'kpis', 'tasks', 'settings'] as const;
/** Internal keys a planner must never read, in either language. */
const RAW_KEYS =
  /\b(raci|execution|planning|preparation|monitoring|member_conference|expectedParticipants|in_progress)\b/;
/** English a Chinese screen must not carry (words of 3+ lower-case letters; acronyms such as KPI, VR, 4K are fine). */
const ENGLISH_WORD = /\b[A-Za-z]?[a-z]{3,}\b/g;
/**
 * Words that stay as they are in a Chinese UI: the language switch's own "English", product and
 * key names, and the keywords a holiday file is written with (日期,holiday|workday,名称).
 */
const KEPT = new Set([
  'English',
  'Excel',
  'holiday',
  'workday',
  'Enter',
  'Delete',
  'Ctrl',
  'Shift',
  'Alt',
  'Esc',
  'Tab',
  'Backspace',
]);

describe('one language at a time', () => {
  const door = useDoor({ locale: 'zh-CN', viewport: { width: 1600, height: 1000 } });
  const NAME = 'E2E 语言会员大会';

  const NAME_EN = 'E2E language conference';
  const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/g;

  async function tabTexts(lang: 'zh-CN' | 'en', name = NAME): Promise<Record<string, string>> {
    const { page } = door.session;
    const shell = new AppShell(page);
    await shell.open(door.host.url);
    await shell.setLanguage(lang);
    await shell.goToPlans();
    const plans = new PlansPage(page);
    await plans.waitFor();
    await plans.open(name);
    const out: Record<string, string> = {};
    for (const tab of TABS) {
      const button = page.getByTestId(`tab-${tab}`);
      await button.click();
      await page.locator(`[data-testid="tab-${tab}"][aria-selected="true"]`).waitFor();
      const panel = page.locator('#plan-tabpanel');
      await expect.poll(async () => (await panel.innerText()).trim().length).toBeGreaterThan(0);
      out[tab] = `${await page.locator('header').first().innerText()}\u0000${await panel.innerText()}`;
    }
    return out;
  }

  it('shows the Chinese UI without English or raw keys, and the English UI without raw keys', async () => {
    if (!(await invoke(door.host, 'plan/list', {})).some((p) => p.name === NAME)) {
      await invoke(door.host, 'plan/create-from-template', {
        templateId: 'member_conference',
        startDate: '2026-03-02',
        planName: NAME,
        scale: 30_000,
      });
    }
    const zh = await tabTexts('zh-CN');
    for (const [tab, text] of Object.entries(zh)) {
      expect(text.match(RAW_KEYS), `zh ${tab}`).toBeNull();
      expect(
        (text.match(ENGLISH_WORD) ?? []).filter((w) => !KEPT.has(w)),
        `zh ${tab}`,
      ).toEqual([]);
    }
    expect(zh.kpis).toContain('责任矩阵');

    const en = await tabTexts('en');
    for (const [tab, text] of Object.entries(en)) expect(text.match(RAW_KEYS), `en ${tab}`).toBeNull();
    expect(en.kpis).toContain('RACI roles');
    expect(en.kpis).toMatch(/500,000 views/);
    expect(en.settings).toContain('From the document');
    await door.session.page.goto('about:blank');
    expect(door.session.pageErrors).toEqual([]);
  });

  it('a plan made from a template in the English UI reads in English on every tab', async () => {
    if (!(await invoke(door.host, 'plan/list', {})).some((p) => p.name === NAME_EN)) {
      await invoke(door.host, 'plan/create-from-template', {
        templateId: 'member_conference',
        startDate: '2026-03-02',
        planName: NAME_EN,
        scale: 30_000,
        language: 'en',
      });
    }
    const en = await tabTexts('en', NAME_EN);
    for (const [tab, text] of Object.entries(en)) {
      // The header lists the Chinese plan by its Chinese name and the language switch says 中文;
      // the calendar's lanes and filters are the workspace's, shared with the Chinese plan. The
      // panels of the plan's own tabs are judged.
      if (tab === 'calendar') continue;
      const panel = text.slice(text.indexOf('\u0000') + 1);
      expect(panel.match(RAW_KEYS), `en ${tab}`).toBeNull();
      expect(panel.match(CJK) ?? [], `en ${tab}`).toEqual([]);
    }
    expect(en.kpis).toContain('Online views');
    expect(en.risks).toContain('Technical risk: stream interrupted or picture failure');
    await door.session.page.goto('about:blank');
    expect(door.session.pageErrors).toEqual([]);
  });

  it('date fields show the UI language: 2026-04-06 in Chinese, Apr 6, 2026 in English', async () => {
    const { page } = door.session;
    const shell = new AppShell(page);
    await shell.open(door.host.url);
    for (const [lang, shown] of [
      ['zh-CN', '2026-04-06'],
      ['en', 'Apr 6, 2026'],
    ] as const) {
      await shell.setLanguage(lang);
      await shell.goToPlans();
      const templates = new TemplatesPage(page);
      await templates.openDialog();
      await templates.option('retention').click();
      const start = page.getByTestId('template-start');
      await start.fill('2026-04-06');
      await start.blur();
      await expect.poll(() => start.inputValue()).toBe(shown);
      await expect.poll(() => start.getAttribute('placeholder')).toBe(lang === 'en' ? 'Mar 5, 2027' : '2027-03-05');
      await page.keyboard.press('Escape');
      await templates.dialog.waitFor({ state: 'hidden' });
    }
    await page.goto('about:blank');
    expect(door.session.pageErrors).toEqual([]);
  });
});
