import { addDays } from '../../../../src-shared/model';
import { type FcRange, isoDay } from './fc-dates';

/**
 * One geometry for every drag: the day (or time slot) the preview judges is the day the drop
 * will land on. In FullCalendar's views that is FullCalendar's own answer, never the cell under
 * the pointer: it aims from the grabbed event's centre (the grab offset), so near a cell's edge
 * the pointer can be over one day while the event goes to the next. It reports each new target
 * through eventAllow (`range`: the event as it would be dropped, end exclusive), for moves,
 * resizes, Alt-drag copies and drags from the tray alike, and drops exactly the last one.
 * The resource lanes draw their own bars and use `laneShift` for the bar, the verdict and the drop.
 */

/** What a drag changes: the start (a move, a copy, a tray drop) or the last day (an end-edge resize). */
export type DragEdge = 'start' | 'end';

/** The day FullCalendar's target puts the judged edge on: the new start, or the new last day of a resize. */
export function judgedDay(range: FcRange, edge: DragEdge): string {
  if (edge === 'start') return isoDay(range.start);
  // All-day ends are exclusive days; a timed end is a minute on its own day.
  return range.allDay ? addDays(isoDay(range.end), -1) : isoDay(range.end);
}

/**
 * The cell FullCalendar draws `day` in: a time-grid column of the week view for a timed target,
 * else the day-grid cell (the week view's all-day row, a month or a quarter grid). A quarter may
 * show a day twice (a month's trailing days in the next month's grid): the one of its own month,
 * then the one nearest the pointer.
 */
export function cellOfDay(day: string, timed: boolean, x: number, y: number): HTMLElement | null {
  if (timed) {
    const col = document.querySelector<HTMLElement>(`td.fc-timegrid-col[data-date="${day}"]`);
    if (col) return col;
  }
  const cells = [...document.querySelectorAll<HTMLElement>(`td.fc-daygrid-day[data-date="${day}"]`)];
  const own = cells.filter((c) => !c.classList.contains('fc-day-other') && !c.classList.contains('fc-day-disabled'));
  const pool = own.length > 0 ? own : cells;
  let best: HTMLElement | null = null;
  let bestDist = Infinity;
  for (const c of pool) {
    const r = c.getBoundingClientRect();
    const dist = Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    if (dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}

/** Whole days a lane bar moves: the pointer's travel since the grab, rounded to the nearest day. */
export function laneShift(grabX: number, x: number, dayWidth: number): number {
  return Math.round((x - grabX) / dayWidth);
}

/**
 * Ends a drag held by FullCalendar (or the lanes) without dropping: FullCalendar drops on the
 * last target it saw, so it is first shown a point outside every calendar (no target: it puts
 * the event back), then let go there. The planner's own button-up later finds no drag to end.
 */
export function cancelPointerDrag(): void {
  const away = { clientX: -100_000, clientY: -100_000, bubbles: true, cancelable: true, view: window };
  document.dispatchEvent(new MouseEvent('mousemove', { ...away, buttons: 1 }));
  document.dispatchEvent(new MouseEvent('mouseup', { ...away, button: 0, buttons: 0 }));
}
