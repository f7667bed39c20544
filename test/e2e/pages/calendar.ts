import type { Locator, Page } from 'playwright-core';

export type ScheduleMode = 'month' | 'week' | 'quarter' | 'list' | 'lanes';

/** The plan's schedule: FullCalendar views, the unscheduled tray, the conflicts panel. */
export class CalendarPage {
  readonly root: Locator;
  readonly events: Locator;
  readonly title: Locator;
  readonly preview: Locator;
  readonly panel: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('calendar-view');
    this.events = this.root.locator('[data-testid="calendar-event"]');
    this.title = this.root.locator('.fc-toolbar-title');
    this.preview = page.getByTestId('drop-preview');
    this.panel = page.getByTestId('conflicts-panel');
    this.findings = this.panel.getByTestId('finding');
  }

  async waitFor(): Promise<void> {
    await this.root.locator('.fc-daygrid-body').first().waitFor();
  }

  async switchTo(mode: ScheduleMode): Promise<void> {
    await this.root.getByTestId(`view-${mode}`).click();
    await this.page.waitForFunction(
      (m) => document.querySelector('[data-testid="calendar-view"]')?.getAttribute('data-mode') === m,
      mode,
    );
  }

  /** The cell of one day of the visible month (FullCalendar marks each with data-date). */
  day(date: string): Locator {
    return this.root.locator(`td.fc-daygrid-day[data-date="${date}"]:not(.fc-day-other)`);
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

  /**
   * Drags with the real mouse: press on the element, travel in small steps to the target's
   * centre (FullCalendar starts a drag after a few pixels), run `whileHeld` before letting go.
   */
  /** How many activities the drag preview's model holds (its input is read apart from the snapshot). */
  async modelActivities(): Promise<number> {
    return Number((await this.page.getByTestId('conflicts-panel').getAttribute('data-model-activities')) ?? '');
  }

  async drag(
    from: Locator,
    to: Locator,
    options: { alt?: boolean; whileHeld?: () => Promise<void> } = {},
  ): Promise<void> {
    const a = await from.first().boundingBox();
    const b = await to.first().boundingBox();
    if (!a || !b) throw new Error('drag: source or target is not on screen');
    const { mouse, keyboard } = this.page;
    await mouse.move(a.x + Math.min(12, a.width / 2), a.y + a.height / 2);
    if (options.alt) await keyboard.down('Alt');
    await mouse.down();
    await mouse.move(a.x + 20, a.y + a.height / 2 + 4, { steps: 4 });
    await mouse.move(b.x + b.width / 2, b.y + b.height * 0.7, { steps: 10 });
    if (options.whileHeld) await options.whileHeld();
    await mouse.up();
    if (options.alt) await keyboard.up('Alt');
  }

  async dragEventToDay(
    title: string,
    date: string,
    options: { alt?: boolean; whileHeld?: () => Promise<void> } = {},
  ): Promise<void> {
    await this.drag(this.event(title), this.day(date), options);
  }

  /** The week view's time-grid column of one day (not its all-day row). */
  weekColumn(date: string): Locator {
    return this.root.locator(`td.fc-timegrid-col[data-date="${date}"]`);
  }

  /** The week view's all-day row cell of one day (above the time grid). */
  weekAllDay(date: string): Locator {
    return this.root.locator(`.fc-timegrid td.fc-daygrid-day[data-date="${date}"]`);
  }

  /** Pages the week view with the toolbar's arrows until `date` (YYYY-MM-DD) is one of its columns. */
  async showWeekOf(date: string): Promise<void> {
    for (let i = 0; i < 60; i++) {
      if ((await this.weekColumn(date).count()) > 0) return;
      const first = (await this.root.locator('td.fc-timegrid-col[data-date]').first().getAttribute('data-date')) ?? '';
      await (first < date ? this.next() : this.prev());
      await this.page.waitForFunction(
        (old) => document.querySelector('td.fc-timegrid-col[data-date]')?.getAttribute('data-date') !== old,
        first,
      );
    }
    throw new Error(`could not page the week view to ${date}`);
  }

  /** The centre of one time slot (HH:mm, on the 30-minute grid) in a day's column of the week view. */
  async weekSlot(date: string, time: string): Promise<{ x: number; y: number }> {
    const column = await this.weekColumn(date).boundingBox();
    const slot = await this.root.locator(`td.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
    if (!column || !slot) throw new Error(`weekSlot: ${date} ${time} is not on screen`);
    return { x: column.x + column.width / 2, y: slot.y + slot.height / 2 };
  }

  /** Drags with the real mouse from one point to another in small steps, running `whileHeld` before letting go. */
  async dragPoints(
    from: { x: number; y: number },
    to: { x: number; y: number },
    options: { whileHeld?: () => Promise<void> } = {},
  ): Promise<void> {
    const { mouse } = this.page;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + 3, from.y + 6, { steps: 3 });
    await mouse.move(to.x, to.y, { steps: 12 });
    if (options.whileHeld) await options.whileHeld();
    await mouse.up();
  }

  findingsOf(rule: string): Locator {
    return this.findings.and(this.page.locator(`[data-rule="${rule}"]`));
  }

  async hardCount(): Promise<number> {
    return this.page
      .getByTestId('panel-hard-count')
      .innerText()
      .then((t) => Number(t.replace(/\D+/g, '')));
  }

  /** The quarter view's month blocks. */
  quarterMonths(): Locator {
    return this.root.locator('.fc-multimonth-month');
  }

  /** The quarter view's month grids (the day cells, below each month's title and weekday row). */
  quarterGrids(): Locator {
    return this.root.locator('.fc-multimonth-daygrid-table');
  }

  /** The calendar area below FullCalendar's toolbar, which the views fill. */
  viewArea(): Locator {
    return this.root.locator('.fc-view-harness');
  }

  /** FullCalendar's "+N" link of a day whose events do not all fit its cell. */
  moreLink(date: string): Locator {
    return this.day(date).locator('.fc-daygrid-more-link');
  }

  /** The day's list FullCalendar opens from the "+N" link. */
  get morePopover(): Locator {
    return this.root.locator('.fc-more-popover');
  }
}
