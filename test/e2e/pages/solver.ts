import type { Locator, Page } from 'playwright-core';

/** The "Resolve conflicts" dialog. */
export class SolverPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('solver-dialog');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('resolve-conflicts').click();
    await this.dialog.waitFor();
  }

  async setLimit(seconds: number): Promise<void> {
    await this.dialog.getByTestId('solver-limit').selectOption(String(seconds));
  }

  async start(): Promise<void> {
    await this.dialog.getByTestId('solver-start').click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByTestId('solver-cancel').click();
    await this.dialog.getByTestId('solver-cancelled').waitFor();
  }

  async waitForPreview(): Promise<void> {
    await this.dialog.getByTestId('solver-preview').waitFor({ timeout: 90_000 });
  }

  moves(): Locator {
    return this.dialog.getByTestId('solver-move');
  }

  async acceptAll(): Promise<void> {
    await this.dialog.getByTestId('solver-accept-all').click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
