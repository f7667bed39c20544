import type { Locator, Page } from 'playwright-core';

/** The plan's month calendar (FullCalendar day grid). */
export class CalendarPage {
  readonly root: Locator;
  readonly events: Locator;
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('calendar-view');
    this.events = this.root.locator('[data-testid="calendar-event"]');
    this.title = this.root.locator('.fc-toolbar-title');
  }

  async waitFor(): Promise<void> {
    await this.root.locator('.fc-daygrid-body').waitFor();
  }

  /** The cell of one day of the visible month (FullCalendar marks each with data-date). */
  day(date: string): Locator {
    return this.root.locator(`td.fc-daygrid-day[data-date="${date}"]`);
  }

  /** Clicks the empty top of a day cell, which opens the activity form on that date. */
  async clickDay(date: string): Promise<void> {
    await this.day(date).locator('.fc-daygrid-day-top').click();
  }

  event(title: string): Locator {
    return this.events.filter({ hasText: title });
  }

  async eventTitles(): Promise<string[]> {
    const titles = await this.root.locator('[data-testid="calendar-event"] .fc-event-title').allInnerTexts();
    return [...new Set(titles.map((t) => t.trim()))].sort();
  }

  /** Titles shown inside one day's cell (a multi-day event is drawn in its first cell of each week). */
  async titlesOn(date: string): Promise<string[]> {
    return this.day(date).locator('.fc-event-title').allInnerTexts();
  }

  /** The month on show, as YYYY-MM, read from a cell in the middle of the grid (not from the localized title). */
  async visibleMonth(): Promise<string> {
    const date = await this.root.locator('td.fc-daygrid-day[data-date]').nth(15).getAttribute('data-date');
    return (date ?? '').slice(0, 7);
  }

  /** Pages with the toolbar's arrows until the month (YYYY-MM) is on show. */
  async showMonth(month: string): Promise<void> {
    for (let i = 0; i < 36; i++) {
      const shown = await this.visibleMonth();
      if (shown === month) return;
      const before = shown;
      await (shown < month ? this.next() : this.prev());
      await this.page.waitForFunction(
        ([sel, old]) => document.querySelectorAll(sel)[15]?.getAttribute('data-date')?.slice(0, 7) !== old,
        ['td.fc-daygrid-day[data-date]', before] as const,
      );
    }
    throw new Error(`could not page the calendar to ${month}`);
  }

  async next(): Promise<void> {
    await this.root.locator('.fc-next-button').click();
  }

  async prev(): Promise<void> {
    await this.root.locator('.fc-prev-button').click();
  }
}
