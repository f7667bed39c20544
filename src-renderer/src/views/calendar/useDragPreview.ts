import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { addDays, dayNumber } from '../../../../src-shared/model';
import type { Lang } from '../../i18n';
import type { DropVerdict, ScheduleModel } from '../conflicts/schedule-model';
import { type FcRange, type RefusedDrop, isoDay, refusedDrop, timedDropTiming } from './fc-dates';

/**
 * The day cell under the pointer, looking through FullCalendar's events, its mirror, its drop
 * highlight and our own tooltip. Those are skipped because the day grid draws each inside the
 * cell of its first day: while an end edge is stretched, the highlight spans the new range and
 * would otherwise answer with the start day, not the day under the pointer.
 */
const OVERLAYS = '.fc-event, .fc-daygrid-event-harness, .fc-daygrid-bg-harness';
export function dayAt(x: number, y: number): { day: string; cell: HTMLElement } | null {
  for (const el of document.elementsFromPoint(x, y)) {
    if (!(el instanceof HTMLElement) || el.closest(OVERLAYS)) continue;
    const cell = el.closest<HTMLElement>('td[data-date], [data-lane-day]');
    const day = cell?.dataset.date ?? cell?.dataset.laneDay;
    if (cell && day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return { day, cell };
  }
  return null;
}

interface Drag {
  id: string;
  /** 'start': a move, the hovered day sets the start; 'end': an end-edge resize, it sets the last day. */
  edge: 'start' | 'end';
  start: string;
  grabDay: string;
  lastDay: string;
  cell: HTMLElement | null;
  /**
   * A timed activity dragged or resized by FullCalendar: over the week view's time grid the
   * target has a time of day, which the pointer's day cannot tell; FullCalendar reports it (`at`).
   */
  timed: boolean;
  /**
   * Dragged or resized by FullCalendar (not from the tray or a lane): its eventAllow reports the
   * target through `at`, which alone can tell an all-day target from a timed one.
   */
  byCalendar: boolean;
  /** FullCalendar's current target would change the activity's kind: refused, and the tooltip says why. */
  refused: RefusedDrop | null;
  x: number;
  y: number;
}

/** A column of the week view's time grid (not its all-day row). */
const isTimeGridColumn = (cell: HTMLElement) => cell.classList.contains('fc-timegrid-col');
/** A cell of the week view, its time grid or its all-day row. */
const isWeekViewCell = (cell: HTMLElement) => cell.closest('.fc-timegrid') !== null;
/** The cell FullCalendar's target falls in: a time-grid column, or the all-day row's cell of that day. */
const targetCell = (day: string, allDay: boolean) =>
  document.querySelector<HTMLElement>(
    allDay ? `.fc-timegrid td.fc-daygrid-day[data-date="${day}"]` : `td.fc-timegrid-col[data-date="${day}"]`,
  );

const SEVERITY_CLASSES = ['drop-ok', 'drop-hard', 'drop-soft', 'drop-outside', 'drop-refused'];

/**
 * The live drop verdict: while an activity is dragged, or its end edge is, every pointer move
 * onto another day runs the pure rules for that day (an incremental re-check in ScheduleModel)
 * and writes the answer straight into the DOM: a class on the target cell and a tooltip saying
 * why. In the week view's time grid a timed activity's target also has a time of day: there
 * FullCalendar's own target (start and end, as it will drop it) is judged instead, see `at`.
 * No React state changes during the drag, so FullCalendar never re-renders on the pointer's
 * account.
 */
export function useDragPreview(model: ScheduleModel | null, t: TFunction, lang: Lang) {
  const drag = useRef<Drag | null>(null);
  const tip = useRef<HTMLDivElement | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;

  const tooltip = useCallback((): HTMLDivElement => {
    if (!tip.current) {
      const el = document.createElement('div');
      el.className = 'drop-preview';
      el.dataset.testid = 'drop-preview';
      el.setAttribute('role', 'status');
      document.body.appendChild(el);
      tip.current = el;
    }
    return tip.current;
  }, []);

  const place = useCallback((x: number, y: number) => {
    if (!tip.current) return;
    tip.current.style.left = `${Math.min(x + 16, window.innerWidth - 340)}px`;
    tip.current.style.top = `${Math.min(y + 16, window.innerHeight - 120)}px`;
  }, []);

  const render = useCallback(
    (
      v: DropVerdict,
      edge: Drag['edge'],
      cell: HTMLElement,
      x: number,
      y: number,
      timing?: { start: string; end: string },
    ) => {
      const el = tooltip();
      const severity = v.outside ? 'outside' : v.hard.length ? 'hard' : v.soft.length ? 'soft' : 'ok';
      cell.classList.add(`drop-${severity}`);
      el.dataset.severity = severity;
      el.dataset.day = v.day;
      el.dataset.edge = edge;
      delete el.dataset.refused;
      // A time-grid target says its time too: "2027-04-06 14:00", the start of a move or the end of a resize.
      const at = timing && (edge === 'end' ? timing.end : timing.start).replace('T', ' ');
      if (timing) {
        el.dataset.start = timing.start;
        el.dataset.end = timing.end;
      } else {
        delete el.dataset.start;
        delete el.dataset.end;
      }
      const list = v.hard.length ? v.hard : v.soft;
      const head = t(`${edge === 'end' ? 'resizeTo' : 'drop'}.${severity}`, { day: at ?? v.day });
      const lines = list.slice(0, 3).map((f) => `• ${f.message[lang]}`);
      if (list.length > 3) lines.push(t('drop.more', { count: list.length - 3 }));
      el.textContent = [head, ...lines].join('\n');
      place(x, y);
      el.hidden = false;
    },
    [lang, place, t, tooltip],
  );

  /** A target FullCalendar will not take (see refusedDrop): no rules to run, only the reason. */
  const refuse = useCallback(
    (reason: RefusedDrop, day: string, cell: HTMLElement | null, x: number, y: number) => {
      const el = tooltip();
      cell?.classList.add('drop-refused');
      el.dataset.severity = 'refused';
      el.dataset.refused = reason;
      el.dataset.day = day;
      el.dataset.edge = 'start';
      delete el.dataset.start;
      delete el.dataset.end;
      el.textContent = t(`refused.${reason}`);
      place(x, y);
      el.hidden = false;
    },
    [place, t, tooltip],
  );

  const onMove = useCallback(
    (e: MouseEvent) => {
      const d = drag.current;
      const m = modelRef.current;
      if (!d || !m) return;
      const began = performance.now();
      d.x = e.clientX;
      d.y = e.clientY;
      const hit = dayAt(e.clientX, e.clientY);
      if (!hit) return;
      // In the week view a timed activity's verdict, and an all-day one's over the time grid (a
      // refusal), follow FullCalendar's target (`at`), which it reports after this capture-phase
      // listener has run; here the tooltip only follows the pointer.
      const byTarget = d.byCalendar && (d.timed ? isWeekViewCell(hit.cell) : isTimeGridColumn(hit.cell));
      if ((hit.day === d.lastDay && hit.cell === d.cell) || byTarget) {
        place(e.clientX, e.clientY);
        return;
      }
      d.cell?.classList.remove(...SEVERITY_CLASSES);
      d.lastDay = hit.day;
      d.cell = hit.cell;
      let verdict: DropVerdict;
      if (d.edge === 'end') {
        // FullCalendar keeps at least the start day while the edge is pulled back over it.
        const target = dayNumber(hit.day) < dayNumber(d.start) ? d.start : hit.day;
        verdict = { ...m.previewEnd(target), day: target };
      } else {
        const target = addDays(d.start, dayNumber(hit.day) - dayNumber(d.grabDay));
        verdict = { ...m.preview(target), day: target };
      }
      render(verdict, d.edge, hit.cell, e.clientX, e.clientY);
      // Measured for the benchmark (drag_preview_ms_p95_2k): rules plus DOM writes, one pointer move.
      performance.measure('dangqi:drag-preview', { start: began, end: performance.now() });
    },
    [place, render],
  );

  /**
   * FullCalendar's target for the dragged or resized event (its eventAllow hook, called for every
   * new position): over the week view's time grid, the verdict for that exact start and end; a
   * target of the other kind (all-day into the time grid, timed onto the all-day row), the refusal.
   */
  const at = useCallback(
    (id: string, range: FcRange) => {
      const d = drag.current;
      const m = modelRef.current;
      if (!d || !m || d.id !== id || !d.byCalendar) return;
      const startDay = isoDay(range.start);
      const reason = refusedDrop(!d.timed, range.allDay);
      const wasRefused = d.refused;
      d.refused = reason;
      if (reason) {
        if (wasRefused === reason && d.lastDay === startDay) return;
        const cell = targetCell(startDay, range.allDay) ?? dayAt(d.x, d.y)?.cell ?? null;
        d.cell?.classList.remove(...SEVERITY_CLASSES);
        d.lastDay = startDay;
        d.cell = cell;
        refuse(reason, startDay, cell, d.x, d.y);
        return;
      }
      if (!d.timed) {
        // An all-day activity back on the all-day row: the day under the pointer answers (onMove),
        // but it may have answered already, before FullCalendar's target came back; judge it here.
        if (!wasRefused) return;
        const hit = dayAt(d.x, d.y);
        const cell = (hit && !isTimeGridColumn(hit.cell) ? hit.cell : null) ?? targetCell(hit?.day ?? startDay, true);
        d.cell?.classList.remove(...SEVERITY_CLASSES);
        d.lastDay = hit?.day ?? startDay;
        d.cell = cell;
        if (cell) render({ ...m.preview(startDay), day: startDay }, 'start', cell, d.x, d.y);
        return;
      }
      const timing = timedDropTiming(range);
      if (!timing) return; // an all-day target: refused above
      const began = performance.now();
      // The column of the day the target starts (a move) or ends (a resize): FullCalendar aims
      // from the grabbed event's centre, so near a column's edge the pointer may be over the next.
      const day = (d.edge === 'end' ? timing.end : timing.start).slice(0, 10);
      const cell =
        document.querySelector<HTMLElement>(`td.fc-timegrid-col[data-date="${day}"]`) ?? dayAt(d.x, d.y)?.cell;
      if (!cell) return;
      d.cell?.classList.remove(...SEVERITY_CLASSES);
      d.lastDay = day;
      d.cell = cell;
      render(m.previewTiming(timing, false, day), d.edge, cell, d.x, d.y, timing);
      performance.measure('dangqi:drag-preview', { start: began, end: performance.now() });
    },
    [refuse, render],
  );

  const stop = useCallback(() => {
    const d = drag.current;
    if (!d) return;
    document.removeEventListener('mousemove', onMove, true);
    d.cell?.classList.remove(...SEVERITY_CLASSES);
    if (tip.current) tip.current.hidden = true;
    modelRef.current?.end();
    drag.current = null;
  }, [onMove]);

  /**
   * Call when a drag of activity `id` (starting `start`) begins at the pointer position (or from
   * the tray, with `grabDay`). `allDay`: given when FullCalendar moves the activity (its allDay),
   * which then reports its target through `at`.
   */
  const begin = useCallback(
    (id: string, start: string, x: number, y: number, grabDay?: string, allDay?: boolean) => {
      stop();
      const m = modelRef.current;
      // From the tray there is no day under the pointer: the day hovered becomes the start.
      const grab = grabDay ?? dayAt(x, y)?.day;
      if (!m || !grab || !m.begin(id)) return;
      drag.current = {
        id,
        edge: 'start',
        start: start.slice(0, 10),
        grabDay: grab,
        lastDay: '',
        cell: null,
        timed: allDay === false,
        byCalendar: allDay !== undefined,
        refused: null,
        x,
        y,
      };
      document.addEventListener('mousemove', onMove, true);
    },
    [onMove, stop],
  );

  /**
   * Call when the end edge of activity `id` (starting `start`) is grabbed by FullCalendar, at the
   * pointer position; `stop` when it is let go. `timed`: a timed activity, whose time-grid target
   * FullCalendar reports through `at`.
   */
  const beginResize = useCallback(
    (id: string, start: string, timed = false, x = 0, y = 0) => {
      stop();
      const m = modelRef.current;
      if (!m || !m.begin(id)) return;
      const day = start.slice(0, 10);
      drag.current = {
        id,
        edge: 'end',
        start: day,
        grabDay: day,
        lastDay: '',
        cell: null,
        timed,
        byCalendar: true,
        refused: null,
        x,
        y,
      };
      document.addEventListener('mousemove', onMove, true);
    },
    [onMove, stop],
  );

  useEffect(
    () => () => {
      stop();
      tip.current?.remove();
      tip.current = null;
    },
    [stop],
  );

  return useMemo(() => ({ begin, beginResize, at, stop }), [begin, beginResize, at, stop]);
}
