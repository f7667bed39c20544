import type { EventInput } from '@fullcalendar/core';
import { type Activity, addDays } from '../../../../src-shared/model';
import type { ActivityChange } from '../../../../src-shared/baseline';

/** Ids of the ghost events: the calendar neither opens nor drags them. */
export const GHOST_PREFIX = 'ghost:';

/**
 * Where each moved or resized activity stood in the reference 定稿, drawn as a faint, fixed
 * event beside it (only for activities on show, so filters thin the ghosts too).
 */
export function ghostEvents(
  shown: readonly Activity[],
  changedById: ReadonlyMap<string, ActivityChange>,
  label: (title: string) => string,
): EventInput[] {
  const out: EventInput[] = [];
  for (const a of shown) {
    const c = changedById.get(a.id);
    if (!c || !(c.kinds.includes('moved') || c.kinds.includes('resized'))) continue;
    const b = c.before;
    out.push({
      id: `${GHOST_PREFIX}${a.id}`,
      title: label(b.title),
      start: b.start,
      end: b.allDay ? addDays(b.end, 1) : b.end,
      allDay: b.allDay,
      editable: false,
      classNames: ['baseline-ghost'],
      backgroundColor: 'transparent',
      borderColor: '#8c8c8c',
      textColor: '#595959',
      extendedProps: { order: 0 },
    });
  }
  return out;
}
