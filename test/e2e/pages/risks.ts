import type { Locator, Page } from 'playwright-core';

/** The risk matrix (5×5 cells with draggable cards) and its register. */
export class RisksPage {
  readonly root: Locator;
  readonly flags: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('risks-view');
    this.flags = page.getByTestId('risk-flags');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('tab-risks').click();
    await this.root.getByTestId('risk-matrix').waitFor();
  }

  cell(probability: number, impact: number): Locator {
    return this.root.getByTestId(`risk-cell-${probability}-${impact}`);
  }

  card(riskId: string): Locator {
    return this.root.locator(`[data-testid="risk-card"][data-risk-id="${riskId}"]`);
  }

  /** Where a card sits now, read from its cell. */
  async position(riskId: string): Promise<{ p: number; i: number; level: string }> {
    const cell = this.card(riskId).locator('xpath=ancestor::*[@data-cell][1]');
    return {
      p: Number(await cell.getAttribute('data-p')),
      i: Number(await cell.getAttribute('data-i')),
      level: (await this.card(riskId).getAttribute('data-level')) ?? '',
    };
  }

  /** A real mouse drag: press on the card, move in steps to the target cell's centre, release. */
  async drag(riskId: string, probability: number, impact: number): Promise<void> {
    const from = await this.card(riskId).boundingBox();
    const to = await this.cell(probability, impact).boundingBox();
    if (!from || !to) throw new Error('card or cell not visible');
    const mouse = this.page.mouse;
    await mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await mouse.down();
    await mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await mouse.up();
  }

  flagOn(riskId: string): Locator {
    return this.card(riskId).getByTestId('risk-flag');
  }
}
