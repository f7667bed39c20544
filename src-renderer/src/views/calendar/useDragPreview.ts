import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n';
import type { DropVerdict, ScheduleModel } from '../conflicts/schedule-model';
import { type DragEdge, cancelPointerDrag, cellOfDay, judgedDay } from './drag-geometry';
import { type FcRange, type RefusedDrop, refusedDrop, timedDropTiming } from './fc-dates';

interface Drag {
  /** The activity dragged; '' for a new one dragged from the tray (a type chip). */
  id: string;
  /** 'start': a move, the target sets the start; 'end': an end-edge resize, it sets the last day. */
  edge: DragEdge;
  /** What FullCalendar calls the dragged event in eventAllow: the activity's id, or the tray chip's. */
  fcId: string;
  /** The title of a new activity dragged from the tray (its verdict comes from `newVerdict`). */
  newTitle: string | null;
  lastDay: string;
  cell: HTMLElement | null;
  /** A timed activity: over the week view's time grid its target has a time of day too. */
  timed: boolean;
  /** FullCalendar's current target would change the activity's kind: refused, and the tooltip says why. */
  refused: RefusedDrop | null;
  /** Esc ends the drag: the caller's way to let go of it without a drop. */
  cancel: () => void;
  x: number;
  y: number;
}

/** The verdict for a new activity dragged from the tray onto `day` (it is in no finding yet). */
export type NewVerdict = (day: string) => DropVerdict;

const SEVERITY_CLASSES = ['drop-ok', 'drop-hard', 'drop-soft', 'drop-outside', 'drop-refused'];

/**
 * The live drop verdict: while an activity is dragged, or its end edge is, every new target runs
 * the pure rules for that day (an incremental re-check in ScheduleModel) and writes the answer
 * straight into the DOM: a class on the target cell and a tooltip saying why. The target is the
 * one the drop will land on (drag-geometry.ts): FullCalendar's own, reported through `at`, in
 * the month, week and quarter views and from the tray; the lanes' `laneShift` through `judge`.
 * The pointer only carries the tooltip. Esc ends the drag with nothing dropped. No React state
 * changes during the drag, so FullCalendar never re-renders on the pointer's account.
 */
export function useDragPreview(model: ScheduleModel | null, t: TFunction, lang: Lang, newVerdict?: NewVerdict) {
  const drag = useRef<Drag | null>(null);
  const tip = useRef<HTMLDivElement | null>(null);
  const modelRef = useRef(model);
  modelRef.current = model;
  const newVerdictRef = useRef(newVerdict);
  newVerdictRef.current = newVerdict;

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

  /** Forgets the judged cell's colour; `next` becomes the judged cell. */
  const moveCell = (d: Drag, next: HTMLElement | null) => {
    d.cell?.classList.remove(...SEVERITY_CLASSES);
    d.cell = next;
  };

  /**
   * Judges the drop on `day` (the start of a move, the last day of a resize) in `cell`, and
   * `timing` when the target has a time of day (the week view's time grid).
   */
  const judge = useCallback(
    (day: string, cell: HTMLElement | null, timing?: { start: string; end: string }) => {
      const d = drag.current;
      const m = modelRef.current;
      if (!d || !m || !cell) return;
      if (day === d.lastDay && cell === d.cell && !timing && !d.refused) return;
      const began = performance.now();
      moveCell(d, cell);
      d.lastDay = day;
      d.refused = null;
      let verdict: DropVerdict;
      if (d.newTitle !== null) verdict = newVerdictRef.current?.(day) ?? { day, outside: false, hard: [], soft: [] };
      else if (timing) verdict = m.previewTiming(timing, false, day);
      // FullCalendar keeps at least the start day while an end edge is pulled back over it.
      else if (d.edge === 'end') verdict = { ...m.previewEnd(day), day };
      else verdict = { ...m.preview(day), day };
      render(verdict, d.edge, cell, d.x, d.y, timing);
      // Measured for the benchmark (drag_preview_ms_p95_2k): rules plus DOM writes, one target.
      performance.measure('dangqi:drag-preview', { start: began, end: performance.now() });
    },
    [render],
  );

  /**
   * FullCalendar says when its target changes, but not when it has none left (the grabbed point
   * left the calendar): then it draws no mirror or highlight, and a drop puts the event back. Read
   * once a frame after a move, so the tooltip never names a day nothing would be dropped on.
   */
  const frame = useRef(0);
  const checkTarget = useCallback(() => {
    frame.current = 0;
    const d = drag.current;
    if (!d || d.fcId === '' || d.refused || d.lastDay === '') return;
    if (document.querySelector('.fc-event-mirror, .fc-highlight')) return;
    moveCell(d, null);
    d.lastDay = '';
    if (tip.current) tip.current.hidden = true;
  }, []);

  /** The pointer only carries the tooltip: which day is judged is the target's business (`at`, `judge`). */
  const onMove = useCallback(
    (e: MouseEvent) => {
      const d = drag.current;
      if (!d) return;
      d.x = e.clientX;
      d.y = e.clientY;
      place(e.clientX, e.clientY);
      if (d.fcId !== '' && frame.current === 0) frame.current = requestAnimationFrame(checkTarget);
    },
    [checkTarget, place],
  );

  /**
   * FullCalendar's target for the dragged or resized event (its eventAllow hook, called for every
   * new target, the tray's drags included): where it will drop it, grab offset and all. A target
   * of the other kind (all-day into the time grid, timed onto the all-day row) is refused.
   */
  const at = useCallback(
    (fcId: string, range: FcRange) => {
      const d = drag.current;
      if (!d || d.fcId !== fcId) return;
      const day = judgedDay(range, d.edge);
      const reason = refusedDrop(!d.timed, range.allDay);
      if (reason) {
        if (d.refused === reason && d.lastDay === day) return;
        const cell = cellOfDay(day, !range.allDay, d.x, d.y);
        moveCell(d, cell);
        d.lastDay = day;
        d.refused = reason;
        refuse(reason, day, cell, d.x, d.y);
        return;
      }
      const timing = d.timed ? (timedDropTiming(range) ?? undefined) : undefined;
      judge(day, cellOfDay(day, d.timed, d.x, d.y), timing);
    },
    [judge, refuse],
  );

  // Esc during a drag: nothing is dropped, nothing changes (the caller lets go of the drag).
  const stopRef = useRef<() => void>(() => undefined);
  const onKey = useCallback((e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !drag.current) return;
    e.preventDefault();
    e.stopPropagation();
    const { cancel } = drag.current;
    stopRef.current();
    cancel();
  }, []);

  const stop = useCallback(() => {
    const d = drag.current;
    if (!d) return;
    document.removeEventListener('mousemove', onMove, true);
    document.removeEventListener('keydown', onKey, true);
    d.cell?.classList.remove(...SEVERITY_CLASSES);
    if (tip.current) tip.current.hidden = true;
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
    modelRef.current?.end();
    drag.current = null;
  }, [onKey, onMove]);

  stopRef.current = stop;

  const start = useCallback(
    (d: Omit<Drag, 'lastDay' | 'cell' | 'refused'>) => {
      stop();
      const m = modelRef.current;
      if (!m || (d.newTitle === null && !m.begin(d.id))) return;
      drag.current = { ...d, lastDay: '', cell: null, refused: null };
      document.addEventListener('mousemove', onMove, true);
      document.addEventListener('keydown', onKey, true);
    },
    [onKey, onMove, stop],
  );

  /** FullCalendar moves (or Alt-copies) activity `id`: its targets come through `at`. */
  const begin = useCallback(
    (id: string, timed: boolean, x: number, y: number) =>
      start({ id, fcId: id, edge: 'start', newTitle: null, timed, cancel: cancelPointerDrag, x, y }),
    [start],
  );

  /** FullCalendar stretches the end edge of activity `id`: its targets come through `at`. */
  const beginResize = useCallback(
    (id: string, timed: boolean, x: number, y: number) =>
      start({ id, fcId: id, edge: 'end', newTitle: null, timed, cancel: cancelPointerDrag, x, y }),
    [start],
  );

  /**
   * A chip of the tray is picked up: a waiting activity (`activityId`), or a new one (`newTitle`).
   * FullCalendar calls it `fcId` and reports its targets through `at`, like any other drag.
   */
  const beginTray = useCallback(
    (fcId: string, activityId: string | null, newTitle: string | null, x: number, y: number) =>
      start({
        id: activityId ?? '',
        fcId,
        edge: 'start',
        newTitle: activityId ? null : (newTitle ?? ''),
        timed: false,
        cancel: cancelPointerDrag,
        x,
        y,
      }),
    [start],
  );

  /** A lane bar is picked up: the lanes say which day it would land on (`judge`), and how to cancel. */
  const beginLane = useCallback(
    (id: string, x: number, y: number, cancel: () => void) =>
      start({ id, fcId: '', edge: 'start', newTitle: null, timed: false, cancel, x, y }),
    [start],
  );

  useEffect(
    () => () => {
      stop();
      tip.current?.remove();
      tip.current = null;
    },
    [stop],
  );

  return useMemo(
    () => ({ begin, beginResize, beginTray, beginLane, at, judge, stop }),
    [begin, beginResize, beginTray, beginLane, at, judge, stop],
  );
}
