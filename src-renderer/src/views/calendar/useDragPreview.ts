import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { addDays, dayNumber } from '../../../../src-shared/model';
import type { Lang } from '../../i18n';
import type { DropVerdict, ScheduleModel } from '../conflicts/schedule-model';

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
}

const SEVERITY_CLASSES = ['drop-ok', 'drop-hard', 'drop-soft', 'drop-outside'];

/**
 * The live drop verdict: while an activity is dragged, or its end edge is, every pointer move
 * onto another day runs the pure rules for that day (an incremental re-check in ScheduleModel)
 * and writes the answer straight into the DOM: a class on the target cell and a tooltip saying
 * why. No React state changes during the drag, so FullCalendar never re-renders on the pointer's
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

  const render = useCallback(
    (v: DropVerdict, edge: Drag['edge'], cell: HTMLElement, x: number, y: number) => {
      const el = tooltip();
      const severity = v.outside ? 'outside' : v.hard.length ? 'hard' : v.soft.length ? 'soft' : 'ok';
      cell.classList.add(`drop-${severity}`);
      el.dataset.severity = severity;
      el.dataset.day = v.day;
      el.dataset.edge = edge;
      const list = v.hard.length ? v.hard : v.soft;
      const head = t(`${edge === 'end' ? 'resizeTo' : 'drop'}.${severity}`, { day: v.day });
      const lines = list.slice(0, 3).map((f) => `• ${f.message[lang]}`);
      if (list.length > 3) lines.push(t('drop.more', { count: list.length - 3 }));
      el.textContent = [head, ...lines].join('\n');
      el.style.left = `${Math.min(x + 16, window.innerWidth - 340)}px`;
      el.style.top = `${Math.min(y + 16, window.innerHeight - 120)}px`;
      el.hidden = false;
    },
    [lang, t, tooltip],
  );

  const onMove = useCallback(
    (e: MouseEvent) => {
      const d = drag.current;
      const m = modelRef.current;
      if (!d || !m) return;
      const began = performance.now();
      const hit = dayAt(e.clientX, e.clientY);
      if (!hit) return;
      if (hit.day === d.lastDay && hit.cell === d.cell) {
        if (tip.current) {
          tip.current.style.left = `${Math.min(e.clientX + 16, window.innerWidth - 340)}px`;
          tip.current.style.top = `${Math.min(e.clientY + 16, window.innerHeight - 120)}px`;
        }
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
    [render],
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

  /** Call when a drag of activity `id` (starting `start`) begins at the pointer position (or from the tray, with `grabDay`). */
  const begin = useCallback(
    (id: string, start: string, x: number, y: number, grabDay?: string) => {
      stop();
      const m = modelRef.current;
      // From the tray there is no day under the pointer: the day hovered becomes the start.
      const grab = grabDay ?? dayAt(x, y)?.day;
      if (!m || !grab || !m.begin(id)) return;
      drag.current = { id, edge: 'start', start: start.slice(0, 10), grabDay: grab, lastDay: '', cell: null };
      document.addEventListener('mousemove', onMove, true);
    },
    [onMove, stop],
  );

  /** Call when the end edge of activity `id` (starting `start`) is grabbed; `stop` when it is let go. */
  const beginResize = useCallback(
    (id: string, start: string) => {
      stop();
      const m = modelRef.current;
      if (!m || !m.begin(id)) return;
      const day = start.slice(0, 10);
      drag.current = { id, edge: 'end', start: day, grabDay: day, lastDay: '', cell: null };
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

  return useMemo(() => ({ begin, beginResize, stop }), [begin, beginResize, stop]);
}
