import type { Locator, Page } from 'playwright-core';
import { typeDate } from '../support/keyboard';

export type TemplateChoice = 'member_campaign' | 'retention' | 'member_conference' | 'city_promotion';

/** "New plan from template" on the plan list: choose, fill in, build; then read the notices. */
export class TemplatesPage {
  readonly dialog: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('template-dialog');
    this.notices = page.getByTestId('template-notices');
  }

  async openDialog(): Promise<void> {
    await this.page.getByTestId('template-new').click();
    await this.dialog.waitFor();
  }

  option(id: TemplateChoice): Locator {
    return this.page.getByTestId(`template-option-${id}`);
  }

  /** Fills the dialog the way a planner does; `when` is a year (campaign calendar) or a start date. */
  async fill(id: TemplateChoice, when: string, name: string, scale: number): Promise<void> {
    await this.option(id).click();
    if (/^\d{4}$/.test(when)) {
      await this.page.getByTestId('template-year').fill(when);
    } else {
      await typeDate(this.page.getByTestId('template-start'), when);
    }
    const nameInput = this.page.getByTestId('template-name');
    await nameInput.click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(name);
    await this.page.getByTestId('template-scale').fill(String(scale));
  }

  /**
   * Builds the plan. Returns the notices the dialog showed (none: it went straight to the
   * calendar), after opening the plan's calendar either way.
   */
  async build(): Promise<string[]> {
    await this.page.getByTestId('template-create').click();
    const shown = await Promise.race([
      this.notices.waitFor({ timeout: 60_000 }).then(() => 'notices' as const),
      this.dialog.waitFor({ state: 'detached', timeout: 60_000 }).then(() => 'closed' as const),
    ]);
    if (shown === 'closed') return [];
    const texts = await this.notices.locator('li').allInnerTexts();
    await this.page.getByTestId('template-open-plan').click();
    await this.dialog.waitFor({ state: 'detached' });
    return texts;
  }
}
