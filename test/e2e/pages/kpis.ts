import type { Locator, Page } from 'playwright-core';

/** The KPI table, its edit dialog and trigger flags. */
export class KpisPage {
  readonly root: Locator;
  readonly flags: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('kpis-view');
    this.flags = this.root.getByTestId('kpi-flag');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-kpis').click();
    await this.root.waitFor();
  }

  row(name: string): Locator {
    return this.root.getByTestId('kpis-table-row').filter({ hasText: name });
  }

  /** Types a new actual straight into the table and presses Enter. */
  async typeActual(name: string, actual: string): Promise<void> {
    const input = this.row(name).getByTestId('kpi-actual-input');
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(actual);
    await this.page.keyboard.press('Enter');
  }

  /** Opens the KPI, types a new actual and saves. */
  async setActual(name: string, actual: string): Promise<void> {
    await this.row(name).getByTestId('row-edit').click();
    const dialog = this.page.getByTestId('kpi-dialog');
    await dialog.waitFor();
    const input = dialog.getByTestId('field-actual');
    await input.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(actual);
    await dialog.getByTestId('record-save').click();
    await dialog.waitFor({ state: 'detached' });
  }
}
