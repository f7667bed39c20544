import type { Locator, Page } from 'playwright-core';

/** The header every screen shares: navigation, undo/redo with their labels, language. */
export class AppShell {
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly planName: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.undoButton = page.getByTestId('undo');
    this.redoButton = page.getByTestId('redo');
    this.planName = page.getByTestId('header-plan-name');
    this.notices = page.getByTestId('notices');
  }

  /** Opens the browser door's URL (with its token) and waits for the React tree. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.app').waitFor();
  }

  async goToPlans(): Promise<void> {
    await this.page.getByTestId('nav-plans').click();
  }

  async setLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
    await this.page.getByTestId('lang-switch').selectOption(lang);
  }

  /** Presses a shortcut with focus on the page body, where it must act globally. */
  async pressShortcut(keys: string): Promise<void> {
    await this.page.locator('body').focus();
    await this.page.keyboard.press(keys);
  }
}
