import type { Locator, Page } from 'playwright-core';

/** The budget grid (AG Grid): lines by row id, our subtotal rows, the summary and the paste preview. */
export class BudgetPage {
  readonly root: Locator;
  readonly message: Locator;
  readonly totals: Locator;
  readonly contingency: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('budget-view');
    this.message = page.getByTestId('budget-message');
    this.totals = page.getByTestId('budget-totals');
    this.contingency = page.getByTestId('budget-contingency');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-budget').click();
    await this.waitFor();
  }

  async waitFor(): Promise<void> {
    await this.root.locator('.ag-floating-bottom .ag-row').first().waitFor();
  }

  /** A cell of a line (row id = line id) or of a subtotal row (`sub:phase:<key>`, `sub:act:<phase>:<activity>`). */
  cell(rowId: string, colId: string): Locator {
    return this.root.locator(`.ag-body .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  }

  /** The pinned plan total. */
  totalCell(colId: string): Locator {
    return this.root.locator(`.ag-floating-bottom .ag-cell[col-id="${colId}"]`);
  }

  async text(cell: Locator): Promise<string> {
    return (await cell.innerText()).trim();
  }

  /** Types into a cell as a planner does: select it, type (which starts the editor afresh), Enter. */
  async typeInto(rowId: string, colId: string, text: string): Promise<void> {
    await this.cell(rowId, colId).click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  phaseShare(key: string): Locator {
    return this.page.getByTestId(`phase-share-${key}`);
  }

  rowIds(): Promise<string[]> {
    return this.root
      .locator('.ag-center-cols-container .ag-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('row-id') ?? ''));
  }

  /** Puts tab-separated text on the clipboard and presses Ctrl+V over the grid. */
  async pasteFromClipboard(tsv: string): Promise<void> {
    await this.page.evaluate((text) => navigator.clipboard.writeText(text), tsv);
    await this.root.locator('.ag-floating-bottom .ag-cell[col-id="description"]').click();
    await this.page.keyboard.press('ControlOrMeta+V');
    await this.page.getByTestId('paste-dialog').waitFor();
  }

  pasteRows(): Locator {
    return this.page.getByTestId('paste-row');
  }

  async insertPasted(): Promise<void> {
    await this.page.getByTestId('paste-insert').click();
    await this.page.getByTestId('paste-dialog').waitFor({ state: 'detached' });
  }
}
