import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { TFunction } from 'i18next';
import { addDays, dayNumber } from '../../../../src-shared/model';
import type { Lang } from '../../i18n';
import type { DropVerdict, ScheduleModel } from '../conflicts/schedule-model';

/** The day cell under the pointer, looking through FullCalendar's mirror and our own tooltip. */
export function dayAt(x: number, y: number): { day: string; cell: HTMLElement } | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const cell = el instanceof HTMLElement ? el.closest<HTMLElement>('td[data-date], [data-lane-day]') : null;
    const day = cell?.dataset.date ?? cell?.dataset.laneDay;
    if (cell && day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return { day, cell };
  }
  return null;
}

interface Drag {
  id: string;
  start: string;
  grabDay: string;
  lastDay: string;
  cell: HTMLElement | null;
}

const SEVERITY_CLASSES = ['drop-ok', 'drop-hard', 'drop-soft', 'drop-outside'];

/**
 * The live drop verdict: while an activity is dragged, every pointer move onto another day runs
 * the pure rules for that day (an incremental re-check in ScheduleModel) and writes the answer
 * straight into the DOM: a class on the target cell and a tooltip saying why. No React state
 * changes during the drag, so FullCalendar never re-renders on the pointer's account.
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
    (v: DropVerdict, cell: HTMLElement, x: number, y: number) => {
      const el = tooltip();
      const severity = v.outside ? 'outside' : v.hard.length ? 'hard' : v.soft.length ? 'soft' : 'ok';
      cell.classList.add(`drop-${severity}`);
      el.dataset.severity = severity;
      el.dataset.day = v.day;
      const list = v.hard.length ? v.hard : v.soft;
      const head = t(`drop.${severity}`, { day: v.day });
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
      const target = addDays(d.start, dayNumber(hit.day) - dayNumber(d.grabDay));
      const verdict = m.preview(target);
      render({ ...verdict, day: target }, hit.cell, e.clientX, e.clientY);
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
      drag.current = { id, start: start.slice(0, 10), grabDay: grab, lastDay: '', cell: null };
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

  return useMemo(() => ({ begin, stop }), [begin, stop]);
}
