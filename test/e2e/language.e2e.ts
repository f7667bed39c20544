import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityFormPage } from './pages/activity-form';
import { AppShell } from './pages/app-shell';
import { CalendarPage } from './pages/calendar';
import { FilesPage } from './pages/files';
import { PlansPage } from './pages/plans';
import { PrintPage } from './pages/print';
import { SolverPage } from './pages/solver';
import { TemplatesPage } from './pages/templates';
import { invoke } from './support/api';
import { useDoor } from './support/door';
import { inContext, languageLeaks, readableText } from './support/language-judge';

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

/**
 * The language walk: every view, dialog and print preview, in a workspace whose data is written
 * in the language under test (so any text of the other language is the app's own), judged by
 * support/language-judge: no text of the other language, no internal key. Each language gets its
 * own data folder, so no plan of the other language is listed anywhere.
 */
const WALK = {
  'zh-CN': {
    plan: 'E2E 语言巡检会员大会',
    venue: 'E2E 一号厅',
    clash: ['E2E 会员沙龙甲', 'E2E 会员沙龙乙'],
    added: 'E2E 定稿后新增活动',
    csv: '活动名称,类型,开始,结束\n春季会员沙龙,沙龙,2026-03-20,2026-03-20\n',
    budgetCsv: '类别,说明,预算,实际\n场地,会场租赁,12000,0\n',
    ics: '会员日',
  },
  en: {
    plan: 'E2E language walk conference',
    venue: 'E2E Hall One',
    clash: ['E2E member salon A', 'E2E member salon B'],
    added: 'E2E added after freezing',
    csv: 'Title,Type,Start,End\nSpring member salon,salon,2026-03-20,2026-03-20\n',
    budgetCsv: 'Category,Description,Planned,Actual\nvenue,Hall rental,12000,0\n',
    ics: 'Member day',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  describe(`the language walk in ${lang}: every view, dialog and print`, () => {
    const door = useDoor({ locale: lang, viewport: { width: 1600, height: 1000 } });
    const data = WALK[lang];
    const leaks: Record<string, string[]> = {};
    let files: string;

    beforeAll(async () => {
      files = mkdtempSync(join(tmpdir(), 'dangqi-language-'));
      const plan = await invoke(door.host, 'plan/create-from-template', {
        templateId: 'member_conference',
        startDate: '2026-03-02',
        planName: data.plan,
        scale: 30_000,
        language: lang === 'en' ? 'en' : 'zh-CN',
      });
      // Two activities on one single hall on one day: a hard conflict, so the solver has work.
      const hall = await invoke(door.host, 'resource/create', { name: data.venue, kind: 'venue', quantity: 1 });
      for (const title of data.clash) {
        await invoke(door.host, 'activity/create', {
          planId: plan.plan.id,
          title,
          type: 'salon',
          start: '2026-03-18',
          end: '2026-03-18',
          claims: [{ resourceId: hall.id, quantity: 1 }],
        });
      }
      writeFileSync(join(files, 'activities.csv'), data.csv);
      writeFileSync(join(files, 'budget.csv'), data.budgetCsv);
      writeFileSync(
        join(files, 'events.ics'),
        [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//E2E//EN',
          'BEGIN:VEVENT',
          'UID:e2e-language-1',
          'DTSTAMP:20260301T000000Z',
          'DTSTART;VALUE=DATE:20260325',
          'DTEND;VALUE=DATE:20260326',
          `SUMMARY:${data.ics}`,
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
      );
    });
    afterAll(() => {
      if (files) rmSync(files, { recursive: true, force: true });
    });

    /** Judges what the page shows now, under `name`. */
    async function judge(name: string): Promise<void> {
      const text = await readableText(door.session.page);
      const found = languageLeaks(text, lang);
      // Each with the text around it, so a failure says where it is.
      if (found.length > 0) leaks[name] = found.map((f) => inContext(text, f));
    }

    it('shows nothing of the other language and no internal key anywhere', { timeout: 300_000 }, async () => {
      const { page } = door.session;
      const shell = new AppShell(page);
      await shell.open(door.host.url);
      await shell.setLanguage(lang);
      await page.locator(`html[lang="${lang}"]`).waitFor();

      // The plan list and its template dialog.
      await shell.goToPlans();
      const plans = new PlansPage(page);
      await plans.waitFor();
      await judge('plan list');
      const templates = new TemplatesPage(page);
      await templates.openDialog();
      await templates.option('member_campaign').click();
      await judge('template dialog');
      await page.keyboard.press('Escape');
      await templates.dialog.waitFor({ state: 'hidden' });

      // Every tab of the plan (the settings tab is the plan settings).
      await plans.open(data.plan);
      await page.getByTestId('plan-view').waitFor();
      for (const tab of TABS) {
        await page.getByTestId(`tab-${tab}`).click();
        await page.locator(`[data-testid="tab-${tab}"][aria-selected="true"]`).waitFor();
        const panel = page.locator('#plan-tabpanel');
        await expect.poll(async () => (await panel.innerText()).trim().length).toBeGreaterThan(0);
        await judge(`tab ${tab}`);
      }

      // The activity form, new and for an existing activity.
      await page.getByTestId('tab-calendar').click();
      const calendar = new CalendarPage(page);
      await calendar.waitFor();
      await calendar.showMonth('2026-03');
      await page.getByTestId('activity-add').click();
      const form = new ActivityFormPage(page);
      await form.waitFor();
      await judge('activity form (new)');
      await page.keyboard.press('Escape');
      await form.root.waitFor({ state: 'detached' });
      await calendar.event(data.clash[0]).first().dblclick();
      await form.waitFor();
      await judge('activity form (edit)');
      await page.keyboard.press('Escape');
      await form.root.waitFor({ state: 'detached' });

      // The solver, through to its proposal.
      const solver = new SolverPage(page);
      await solver.open();
      await judge('solver dialog');
      await solver.setLimit(5);
      await solver.start();
      await solver.waitForPreview();
      await judge('solver proposal');
      await page.keyboard.press('Escape');
      await solver.dialog.waitFor({ state: 'detached' });

      // Every print kind: the quarter in each layout, the budget and the risk register.
      const print = new PrintPage(page);
      await print.open('quarter');
      for (const layout of ['month-grid', 'lanes-type', 'lanes-resource'] as const) {
        await print.choose(layout);
        await page.locator(`[data-testid="print-preview"][data-choice^="${layout} "]`).waitFor();
        await print.ready();
        await judge(`print quarter ${layout}`);
      }
      await print.close();
      await print.open('budget');
      // The budget's phases by name: the template's contingency reserve once showed its key.
      const phases = await page
        .getByTestId('print-budget')
        .locator('tbody tr:not(.ptotal) td:first-child')
        .allInnerTexts();
      expect(phases.length).toBeGreaterThan(0);
      expect(phases.filter((p) => /^[a-z_]+$/.test(p.trim()))).toEqual([]);
      expect(phases).toContain(lang === 'en' ? 'Reserve' : '预备金');
      await judge('print budget');
      await print.close();
      await print.open('risks');
      await judge('print risks');
      await print.close();

      // The import dialogs: a table of activities, of budget lines, a calendar file.
      const filesPage = new FilesPage(page);
      await filesPage.importTable('activities', join(files, 'activities.csv'));
      await judge('import activities');
      await page.keyboard.press('Escape');
      await filesPage.tableDialog.waitFor({ state: 'detached' });
      await filesPage.importTable('budget', join(files, 'budget.csv'));
      await judge('import budget');
      await page.keyboard.press('Escape');
      await filesPage.tableDialog.waitFor({ state: 'detached' });
      await filesPage.importIcs(join(files, 'events.ics'));
      await judge('import ics');
      await page.keyboard.press('Escape');
      await filesPage.icsDialog.waitFor({ state: 'detached' });

      // Baselines: freeze, add an activity, compare, and the printed change notice (变更单).
      await page.getByTestId('baselines-open').click();
      const baselines = page.getByTestId('baselines-panel');
      await baselines.waitFor();
      await judge('baselines panel');
      await baselines.getByTestId('baseline-freeze').click();
      await baselines.locator('[data-testid="baseline-row"][data-reference="true"]').waitFor();
      const planId = (await invoke(door.host, 'plan/list', {})).find((p) => p.name === data.plan)!.id;
      await invoke(door.host, 'activity/create', {
        planId,
        title: data.added,
        type: 'salon',
        start: '2026-03-26',
        end: '2026-03-26',
      });
      await baselines.getByTestId('compare-show').click();
      await baselines.getByTestId('change-row').first().waitFor();
      await judge('baselines compare');
      await baselines.getByTestId('notice-print').click();
      await print.ready();
      await judge('print change notice');
      await print.close();
      await page.keyboard.press('Escape');
      await baselines.waitFor({ state: 'detached' });

      // The plan file: exported, then its import dialog on the plan list.
      const planFile = join(files, 'plan.dangqi');
      await filesPage.export('export-plan', planFile);
      await shell.goToPlans();
      await plans.waitFor();
      await filesPage.importPlanFile(planFile);
      await judge('import plan file');
      await page.keyboard.press('Escape');
      await filesPage.planDialog.waitFor({ state: 'detached' });

      // Backups, with one made now.
      await page.getByTestId('nav-backups').click();
      await page.getByTestId('backups-view').waitFor();
      await page.getByTestId('backup-now').click();
      await page.getByTestId('backup-row').first().waitFor();
      await judge('backups');

      expect(leaks).toEqual({});
      await page.goto('about:blank');
      expect(door.session.pageErrors).toEqual([]);
    });
  });
}
