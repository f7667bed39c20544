import type { Locator, Page } from 'playwright-core';
import { typeDate } from '../support/keyboard';

/** The plan list: create, open, rename, delete. */
export class PlansPage {
  readonly root: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('plan-list');
    this.rows = page.getByTestId('plan-row');
  }

  async waitFor(): Promise<void> {
    await this.root.waitFor();
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByTestId('plan-open').getByText(name, { exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.page.getByTestId('plan-open').allInnerTexts();
  }

  /** Creates a plan with the mouse and keyboard; the app then opens it. */
  async create(name: string, startDate: string, endDate: string): Promise<void> {
    await this.page.getByTestId('plan-create').click();
    const dialog = this.page.getByTestId('plan-dialog');
    await dialog.waitFor();
    await this.page.getByTestId('plan-name').click();
    await this.page.keyboard.type(name);
    await typeDate(this.page.getByTestId('plan-start'), startDate);
    await typeDate(this.page.getByTestId('plan-end'), endDate);
    await this.page.getByTestId('plan-save').click();
    await dialog.waitFor({ state: 'detached' });
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByTestId('plan-open').click();
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.row(name).getByTestId('plan-rename').click();
    const input = this.page.getByTestId('plan-name');
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(newName);
    await this.page.getByTestId('plan-save').click();
    await this.page.getByTestId('plan-dialog').waitFor({ state: 'detached' });
  }

  async delete(name: string): Promise<void> {
    await this.row(name).getByTestId('plan-delete').click();
    await this.page.getByTestId('confirm-ok').click();
    await this.page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
  }
}
