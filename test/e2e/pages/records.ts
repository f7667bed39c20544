import type { Locator, Page } from 'playwright-core';
import { typeDate } from '../support/keyboard';

export type RecordTab = 'tasks';

const ADD_BUTTON: Record<RecordTab, string> = {
  tasks: 'task-add',
};
const DIALOG: Record<RecordTab, string> = {
  tasks: 'task-dialog',
};

/** A field value: text typed with the keyboard, a select option by its visible label, a checkbox state, or a date. */
export type FieldValue = string | { label: string } | { checked: boolean } | { date: string };

/**
 * The plan's simple record tabs: a table with a form per record (today only the task tab; issue 5
 * replaced budget, risks and KPIs with their own views and page models).
 */
export class RecordsPage {
  constructor(
    readonly page: Page,
    readonly tab: RecordTab,
  ) {}

  get dialog(): Locator {
    return this.page.getByTestId(DIALOG[this.tab]);
  }

  get table(): Locator {
    return this.page.getByTestId(`${this.tab}-table`);
  }

  get rows(): Locator {
    return this.page.getByTestId(`${this.tab}-table-row`);
  }

  async open(): Promise<void> {
    await this.page.getByTestId(`tab-${this.tab}`).click();
    await this.page.getByTestId(`${this.tab}-view`).waitFor();
  }

  async fill(values: Record<string, FieldValue>): Promise<void> {
    for (const [name, value] of Object.entries(values)) {
      const field = this.dialog.getByTestId(`field-${name}`);
      if (typeof value === 'string') {
        await field.click();
        await this.page.keyboard.press('ControlOrMeta+A');
        await this.page.keyboard.type(value);
      } else if ('label' in value) {
        await field.selectOption({ label: value.label });
      } else if ('checked' in value) {
        if ((await field.isChecked()) !== value.checked) await field.click();
      } else {
        await typeDate(field, value.date);
      }
    }
  }

  async add(values: Record<string, FieldValue>): Promise<void> {
    await this.page.getByTestId(ADD_BUTTON[this.tab]).click();
    await this.dialog.waitFor();
    await this.fill(values);
    await this.save();
  }

  async save(): Promise<void> {
    await this.dialog.getByTestId('record-save').click();
  }

  async saveAndWaitClosed(): Promise<void> {
    await this.save();
    await this.dialog.waitFor({ state: 'detached' });
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  async edit(text: string, values: Record<string, FieldValue>): Promise<void> {
    await this.row(text).getByTestId('row-edit').click();
    await this.dialog.waitFor();
    await this.fill(values);
    await this.saveAndWaitClosed();
  }

  async delete(text: string): Promise<void> {
    await this.row(text).getByTestId('row-delete').click();
    await this.page.getByTestId('confirm-ok').click();
    await this.page.getByTestId('confirm-dialog').waitFor({ state: 'detached' });
  }

  /** The cells of each row, as shown. */
  async cells(): Promise<string[][]> {
    const out: string[][] = [];
    for (const row of await this.rows.all()) out.push((await row.locator('td').allInnerTexts()).map((t) => t.trim()));
    return out;
  }

  /** The message next to a field (linked by aria-describedby). */
  async errorOf(name: string): Promise<string> {
    const id = await this.dialog.getByTestId(`field-${name}`).getAttribute('aria-describedby');
    return id ? this.page.locator(`[id="${id}"]`).innerText() : '';
  }
}
