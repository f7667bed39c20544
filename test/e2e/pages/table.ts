import type { Locator, Page } from 'playwright-core';

/** The activity table view (schedule mode "表格 / Table"): AG Grid rows keyed by activity id. */
export class TablePage {
  readonly root: Locator;
  readonly rows: Locator;
  readonly groups: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('table-view');
    // Pinned (title) and centre parts of a row share its row-id; read the centre part.
    this.rows = this.root.locator('.ag-center-cols-container .ag-row:not(.table-group-row)');
    this.groups = this.root.getByTestId('table-group');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view-table').click();
    await this.rows.first().waitFor();
  }

  /** Titles in the order shown (by row index: AG Grid reuses row elements, so DOM order is not display order). */
  async titles(): Promise<string[]> {
    return (await this.layout()).filter((t) => !t.startsWith('['));
  }

  /** Row texts in display order, group headers as "[header]", read from the DOM's row-index. */
  async layout(): Promise<string[]> {
    return this.page.evaluate(() => {
      const out: { i: number; text: string }[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('[data-testid="table-view"] .ag-row')) {
        const i = Number(el.getAttribute('row-index'));
        const group = el.querySelector('[data-testid="table-group"]');
        const title = el.querySelector('[col-id="title"]');
        if (group) out.push({ i, text: `[${group.getAttribute('data-group')}]` });
        else if (title) out.push({ i, text: title.textContent?.trim() ?? '' });
      }
      return out.sort((a, b) => a.i - b.i).map((o) => o.text);
    });
  }

  /** The row id (activity id) of the row with this title. */
  async rowId(title: string): Promise<string> {
    const row = this.root.locator('.ag-pinned-left-cols-container .ag-row', {
      has: this.page.locator(`[col-id="title"]:text-is("${title}")`),
    });
    return (await row.getAttribute('row-id')) ?? '';
  }

  /** A cell of the row with this activity id, in whichever part of the grid the column lives. */
  cellOf(rowId: string, colId: string): Locator {
    return this.root.locator(`.ag-row[row-id="${rowId}"] [col-id="${colId}"]`);
  }

  async sortBy(headerText: string): Promise<void> {
    await this.root.locator('.ag-header-cell', { hasText: headerText }).locator('.ag-header-cell-label').click();
  }
}
