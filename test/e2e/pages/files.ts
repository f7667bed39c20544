import type { Download, Locator, Page } from 'playwright-core';

/** The plan's File menu, the plan list's "Import plan file", and the import dialogs. */
export class FilesPage {
  readonly tableDialog: Locator;
  readonly planDialog: Locator;
  readonly icsDialog: Locator;

  constructor(readonly page: Page) {
    this.tableDialog = page.getByTestId('table-import-dialog');
    this.planDialog = page.getByTestId('plan-import-dialog');
    this.icsDialog = page.getByTestId('ics-import-dialog');
  }

  /** Clicks a File menu item that downloads, and saves what the browser received to `path`. */
  async export(item: string, path: string): Promise<Download> {
    await this.page.getByTestId('files-menu-button').click();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`files-${item}`).click(),
    ]);
    await download.saveAs(path);
    return download;
  }

  /** Clicks something that opens the file chooser and picks `path`. */
  private async choose(trigger: Locator, path: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), trigger.click()]);
    await chooser.setFiles(path);
  }

  async importPlanFile(path: string): Promise<void> {
    await this.choose(this.page.getByTestId('plan-import'), path);
    await this.planDialog.waitFor();
  }

  async applyPlanImport(): Promise<void> {
    await this.page.getByTestId('plan-import-apply').click();
    await this.planDialog.waitFor({ state: 'detached' });
  }

  async importTable(target: 'activities' | 'budget', path: string): Promise<void> {
    await this.page.getByTestId('files-menu-button').click();
    await this.choose(this.page.getByTestId(`files-import-${target}`), path);
    await this.tableDialog.waitFor();
    await this.tableDialog.getByTestId('table-import-summary').waitFor();
  }

  async importIcs(path: string): Promise<void> {
    await this.page.getByTestId('files-menu-button').click();
    await this.choose(this.page.getByTestId('files-import-ics'), path);
    await this.icsDialog.waitFor();
  }

  /** The "after import use" select of the plan file's resource (or segment) named `name`. */
  remapSelect(name: string, table: 'resources' | 'segments' = 'resources'): Locator {
    return this.planDialog
      .getByTestId(`remap-${table}`)
      .locator(`[data-testid="remap-row"][data-name="${name}"] select`);
  }

  /** The conflicts the plan import dialog lists. */
  planConflicts(): Locator {
    return this.planDialog.getByTestId('plan-import-conflicts').locator('li');
  }

  /** `current` once the listed conflicts answer the dialog's current remap; `recomputing` while asked again. */
  planConflictsState(): Promise<string | null> {
    return this.planDialog.getByTestId('plan-import-conflicts-title').getAttribute('data-state');
  }

  /** The listed conflicts (severity class and text), once they answer the current remap. */
  async currentPlanConflicts(): Promise<{ severity: string; text: string }[]> {
    await this.planDialog.locator('[data-testid="plan-import-conflicts-title"][data-state="current"]').waitFor();
    return this.planConflicts().evaluateAll((items) =>
      items.map((li) => ({ severity: li.className, text: (li as HTMLElement).innerText })),
    );
  }

  mappingSelect(col: number): Locator {
    return this.tableDialog.getByTestId(`mapping-col-${col}`);
  }

  unreadableRows(): Locator {
    return this.tableDialog.getByTestId('table-import-unreadable').locator('li');
  }
}
