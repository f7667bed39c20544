import type { Locator, Page } from 'playwright-core';

/** The plan settings view (tab "方案设置"), with the holiday file import. */
export class SettingsPage {
  readonly root: Locator;
  readonly saveButton: Locator;
  readonly importErrors: Locator;
  readonly years: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('settings-view');
    this.saveButton = page.getByTestId('settings-save');
    this.importErrors = page.getByTestId('holiday-import-errors');
    this.years = page.getByTestId('holiday-year');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-settings').click();
    await this.root.waitFor();
  }

  field(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  /** Replaces a text field's content with the keyboard. */
  async type(testId: string, value: string): Promise<void> {
    await this.field(testId).click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(value);
  }

  /** Phase shares as shown, in order. */
  async phaseShares(): Promise<string[]> {
    const inputs = this.root.locator('[data-testid^="settings-phase-share-"]');
    const out: string[] = [];
    for (let i = 0; i < (await inputs.count()); i++) out.push(await inputs.nth(i).inputValue());
    return out;
  }

  /** Saves and waits until the form shows stored values again (no unsaved marker). */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.page.getByTestId('settings-dirty').waitFor({ state: 'detached' });
  }

  error(field: string): Locator {
    return this.page.getByTestId(`settings-error-${field}`);
  }

  /** Picks a holiday file through the hidden <input type=file>, as the file chooser would. */
  async importHolidayFile(name: string, text: string): Promise<void> {
    await this.page.getByTestId('holiday-file-input').setInputFiles({
      name,
      mimeType: 'text/plain',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  async importErrorLines(): Promise<number[]> {
    const items = this.importErrors.getByTestId('holiday-import-error');
    const lines: number[] = [];
    for (let i = 0; i < (await items.count()); i++) lines.push(Number(await items.nth(i).getAttribute('data-line')));
    return lines;
  }

  year(year: number): Locator {
    return this.page.locator(`[data-testid="holiday-year"][data-year="${year}"]`);
  }
}
