import type { Locator, Page } from 'playwright-core';

/** The resource lanes: one row per resource across the quarter. */
export class LanesPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('resource-lanes');
  }

  lane(resourceName: string): Locator {
    return this.root.locator(`[data-testid="lane"][data-resource-name="${resourceName}"]`);
  }

  overDays(resourceName: string): Promise<string[]> {
    return this.lane(resourceName)
      .locator('[data-testid="lane-over"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane-day') ?? ''));
  }

  bar(resourceName: string, activityId: string): Locator {
    return this.lane(resourceName).locator(`[data-testid="lane-bar"][data-activity-id="${activityId}"]`);
  }

  cell(resourceName: string, day: string): Locator {
    return this.lane(resourceName).locator(`[data-lane-day="${day}"]`);
  }

  async dayWidth(): Promise<number> {
    return Number(await this.root.locator('.lanes-grid').getAttribute('data-day-width'));
  }

  async zoomIn(): Promise<void> {
    await this.root.getByTestId('lanes-zoom-in').click();
  }

  async zoomOut(): Promise<void> {
    await this.root.getByTestId('lanes-zoom-out').click();
  }

  async next(): Promise<void> {
    await this.root.getByTestId('lanes-next').click();
  }
}
