import { Draggable } from '@fullcalendar/interaction';
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { type Activity, ACTIVITY_TYPES, dayNumber } from '../../../../src-shared/model';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { TYPE_COLORS } from './to-events';

/** Activities that sit outside the plan's dates are waiting to be scheduled. */
export function unscheduledOf(snapshot: PlanSnapshot): Activity[] {
  const lo = dayNumber(snapshot.plan.startDate);
  const hi = dayNumber(snapshot.plan.endDate);
  return snapshot.activities.filter(
    (a) => a.status !== 'cancelled' && (dayNumber(a.end) < lo || dayNumber(a.start) > hi),
  );
}

/**
 * The tray beside the calendar: activities waiting for a day, and one chip per activity type
 * that creates a new draft where it is dropped. FullCalendar's Draggable makes them droppable
 * onto the grid; `create: false` leaves the edit to our drop handler, so it is one contract call.
 */
/** A chip picked up from the tray: a waiting activity, or a new one of a type (titled `title`). */
export interface TrayGrab {
  /** The id FullCalendar gives the dragged chip (in eventAllow, where its targets are reported). */
  fcId: string;
  activity: Activity | null;
  title: string;
  x: number;
  y: number;
}

/** The id FullCalendar knows a tray chip by while it is dragged. */
export const trayChipId = (el: HTMLElement): string =>
  `tray:${el.dataset.activityId ?? `new-${el.dataset.type ?? ''}`}`;

interface Props {
  snapshot: PlanSnapshot;
  t: TFunction;
  /** A chip is picked up: the calendar previews its drop like any other drag. */
  onGrab: (grab: TrayGrab) => void;
}

export function UnscheduledTray({ snapshot, t, onGrab }: Props) {
  const host = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (!host.current) return;
    const draggable = new Draggable(host.current, {
      itemSelector: '.tray-item',
      eventData: (el) => ({ id: trayChipId(el), title: el.dataset.title ?? '', create: false, allDay: true }),
    });
    return () => draggable.destroy();
  }, []);
  const waiting = unscheduledOf(snapshot);
  return (
    <div className="tray" ref={host} data-testid="unscheduled-tray">
      <h3>{t('tray.title')}</h3>
      <p className="muted">{t('tray.hint')}</p>
      {waiting.length > 0 && <h4>{t('tray.outside')}</h4>}
      {waiting.map((a) => (
        <div
          key={a.id}
          className="tray-item"
          data-activity-id={a.id}
          data-title={a.title}
          data-testid="tray-activity"
          onMouseDown={(e) =>
            e.button === 0 &&
            onGrab({ fcId: trayChipId(e.currentTarget), activity: a, title: a.title, x: e.clientX, y: e.clientY })
          }
          style={{ borderLeftColor: TYPE_COLORS[a.type] }}
        >
          {a.title}
          <span className="muted"> {a.start.slice(0, 10)}</span>
        </div>
      ))}
      <h4>{t('filter.type')}</h4>
      {ACTIVITY_TYPES.map((type) => {
        const label = t(`translation:enum.activityType.${type}`);
        return (
          <div
            key={type}
            className="tray-item tray-type"
            data-type={type}
            data-title={label}
            data-testid={`tray-type-${type}`}
            onMouseDown={(e) =>
              e.button === 0 &&
              onGrab({ fcId: trayChipId(e.currentTarget), activity: null, title: label, x: e.clientX, y: e.clientY })
            }
            style={{ borderLeftColor: TYPE_COLORS[type] }}
          >
            {t('tray.newOfType', { type: label })}
          </div>
        );
      })}
    </div>
  );
}
