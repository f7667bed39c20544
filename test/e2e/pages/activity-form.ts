import type { Locator, Page } from 'playwright-core';
import { typeDate } from '../support/keyboard';

export interface ActivityEntry {
  title: string;
  /** The option's visible label in the current language, e.g. 会员日. */
  typeLabel?: string;
  /** Inclusive end day for all-day activities. */
  end?: string;
  owner?: string;
  participants?: number;
}

/** The activity dialog (create and edit). */
export class ActivityFormPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('activity-form');
  }

  async waitFor(): Promise<void> {
    await this.root.waitFor();
  }

  field(testId: string): Locator {
    return this.root.getByTestId(testId);
  }

  /** The validation message shown next to a field (the Field component links it with aria-describedby). */
  async errorOf(testId: string): Promise<string> {
    const describedBy = await this.field(testId).getAttribute('aria-describedby');
    if (!describedBy) return '';
    return this.page.locator(`[id="${describedBy}"]`).innerText();
  }

  /** Fills the form with the keyboard: click a field, type, Tab on. */
  async fill(entry: ActivityEntry): Promise<void> {
    await this.field('activity-title').click();
    await this.page.keyboard.type(entry.title);
    if (entry.typeLabel) await this.field('activity-type').selectOption({ label: entry.typeLabel });
    if (entry.end) await typeDate(this.field('activity-end'), entry.end);
    if (entry.owner) {
      await this.field('activity-owner').click();
      await this.page.keyboard.type(entry.owner);
    }
    if (entry.participants !== undefined) {
      await this.field('activity-participants').click();
      await this.page.keyboard.type(String(entry.participants));
    }
  }

  async save(): Promise<void> {
    await this.field('activity-save').click();
  }

  async saveAndWaitClosed(): Promise<void> {
    await this.save();
    await this.root.waitFor({ state: 'detached' });
  }

  async delete(): Promise<void> {
    await this.field('activity-delete').click();
    await this.page.getByTestId('confirm-ok').click();
    await this.root.waitFor({ state: 'detached' });
  }
}
