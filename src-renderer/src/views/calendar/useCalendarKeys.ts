import { useEffect, useRef } from 'react';

/** The keyboard belongs to a field or an open dialog there, and our shortcuts stay out of its way. */
function keyboardIsBusy(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(target.tagName);
}

export interface CalendarKeys {
  /** Move the selected activity by this many days. */
  move: (days: number) => void;
  open: () => void;
  remove: () => void;
}

/**
 * Arrows move the selected activity a day (up/down a week), Enter opens it, Delete asks before
 * deleting. Ctrl+Z / Ctrl+Shift+Z are deliberately absent: the shell's global undo owns them.
 */
export function useCalendarKeys(active: boolean, keys: CalendarKeys): void {
  const ref = useRef(keys);
  ref.current = keys;
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || keyboardIsBusy(e.target)) return;
      const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
      if (step !== undefined) {
        e.preventDefault();
        ref.current.move(step);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        ref.current.open();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        ref.current.remove();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
