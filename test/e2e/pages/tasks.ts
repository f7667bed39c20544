import type { Locator, Page } from 'playwright-core';

/** The countdown lists per activity and the RACI matrix. */
export class TasksPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('tasks-view');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-tasks').click();
    await this.root.waitFor();
  }

  countdown(activityId: string): Locator {
    return this.root.locator(`[data-testid="countdown"][data-activity-id="${activityId}"]`);
  }

  item(taskId: string): Locator {
    return this.root.locator(`[data-testid="countdown-item"][data-task-id="${taskId}"]`);
  }

  async toggle(taskId: string): Promise<void> {
    await this.item(taskId).getByTestId('task-toggle').click();
  }

  async progress(activityId: string): Promise<string> {
    return this.countdown(activityId).getByTestId('countdown-progress').innerText();
  }
}
