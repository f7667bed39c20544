import type { Locator, Page } from 'playwright-core';

/** The plan's File menu → print preview: choose quarter, layout, paper; render it to PDF. */
export class PrintPage {
  readonly preview: Locator;
  readonly sheets: Locator;

  constructor(readonly page: Page) {
    this.preview = page.getByTestId('print-preview');
    this.sheets = page.getByTestId('print-sheet');
  }

  /** Opens the preview of the quarterly schedule (or the budget summary / risk register). */
  async open(what: 'quarter' | 'budget' | 'risks' = 'quarter'): Promise<void> {
    await this.page.getByTestId('files-menu-button').click();
    await this.page.getByTestId(`files-print-${what}`).click();
    await this.ready();
  }

  /** Waits until the conflicts are in (they mark bars) and the sheets are drawn. */
  async ready(): Promise<void> {
    await this.page.locator('[data-testid="print-preview"][data-ready="true"]').waitFor();
  }

  /** Chooses the quarter whose option names this first day (e.g. 2026-04-01). */
  async chooseQuarterStarting(day: string): Promise<void> {
    const select = this.page.getByTestId('print-quarter');
    const value = await select.locator('option', { hasText: day }).first().getAttribute('value');
    if (value === null) throw new Error(`no quarter starting ${day}`);
    await select.selectOption(value);
  }

  async choose(layout: 'month-grid' | 'lanes-type' | 'lanes-resource', paper: 'A4' | 'A3' = 'A4'): Promise<void> {
    await this.page.getByTestId('print-layout').selectOption(layout);
    await this.page.getByTestId('print-paper').selectOption(paper);
  }

  /** What the user's "Save as PDF" gives: print media, the page size the CSS names, backgrounds on. */
  async pdf(path: string): Promise<void> {
    await this.page.pdf({ path, preferCSSPageSize: true, printBackground: true });
  }

  async close(): Promise<void> {
    await this.page.getByTestId('print-close').click();
    await this.preview.waitFor({ state: 'detached' });
  }
}
