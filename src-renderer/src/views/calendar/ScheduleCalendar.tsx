import type {
  AllowFunc,
  DatesSetArg,
  DayCellContentArg,
  EventClickArg,
  EventDropArg,
  EventInput,
  EventMountArg,
} from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg, type DropArg, type EventResizeDoneArg } from '@fullcalendar/interaction';
import type { EventDragStartArg, EventResizeStartArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import multiMonthPlugin from '@fullcalendar/multimonth';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { type RefObject, memo, useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n';
import type { DayLook } from './day-cells';
import { eventDates, isoDay } from './fc-dates';
import { TASK_PREFIX } from './task-events';
import { MORE_PREFIX } from './to-events';

export const FC_VIEWS = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  quarter: 'multiMonthQuarter',
  list: 'listWeek',
} as const;
export type CalendarMode = keyof typeof FC_VIEWS;

const PLUGINS = [dayGridPlugin, timeGridPlugin, multiMonthPlugin, listPlugin, interactionPlugin];
const LOCALES = [zhCnLocale];
/**
 * The quarter: three months side by side, the unit planners schedule and print in. Its grids fill
 * the calendar's height (calendar.css), so FullCalendar fits as many chips per day as the rows hold
 * (multiMonth always limits a day to its height) and says "+N" for the rest; the link opens the
 * day's list in place (popover) and its hover says how many more. Times are left off the narrow
 * chips for the title's sake; the hover title has them.
 */
function buildViews(t: TFunction) {
  return {
    multiMonthQuarter: {
      type: 'multiMonth',
      duration: { months: 3 },
      multiMonthMaxColumns: 3,
      multiMonthMinWidth: 220,
      displayEventTime: false,
      moreLinkClick: 'popover',
      moreLinkText: (n: number) => `+${n}`,
      moreLinkHint: (n: number) => t('moreLink', { count: n }),
    },
    timeGridWeek: { dayMaxEvents: 6 },
  };
}
// The "+N more" chip (order 1) stays below the day's events.
const EVENT_ORDER = 'order,start,-duration,allDay,title';
const TIME_FORMAT = { hour: '2-digit', minute: '2-digit', hour12: false } as const;
const HEADER_TOOLBAR = { left: 'prev,next planToday', center: 'title', right: '' };

// Events use FullCalendar's own renderer: its vdom components skip unchanged events, whereas a
// React eventContent mounts a portal per event, which cost seconds at 2,000 events (measured).

export interface ScheduleCalendarProps {
  calendarRef: RefObject<FullCalendar | null>;
  mode: CalendarMode;
  initialDate: string;
  lang: Lang;
  events: EventInput[];
  dayLook: (day: string) => DayLook;
  isSelected: (id: string) => boolean;
  t: TFunction;
  onEventClick: (arg: EventClickArg) => void;
  onDateClick: (arg: DateClickArg) => void;
  onDragStart: (arg: EventDragStartArg) => void;
  onDragStop: () => void;
  onDrop: (arg: EventDropArg) => void;
  onResizeStart: (arg: EventResizeStartArg) => void;
  onResizeStop: () => void;
  onResize: (arg: EventResizeDoneArg) => void;
  /** Every new position FullCalendar considers while an event is dragged or resized; must allow it. */
  onTarget: AllowFunc;
  onExternalDrop: (arg: DropArg) => void;
  onDatesSet: (arg: DatesSetArg) => void;
  /** The "today" button: goes to today only inside the plan (the caller decides). */
  onToday: () => void;
}

/** The FullCalendar element with every schedule behaviour wired in; re-renders only when its props change. */
export const ScheduleCalendar = memo(function ScheduleCalendar(p: ScheduleCalendarProps) {
  const views = useMemo(() => buildViews(p.t), [p.t]);
  const { dayLook, t, onToday } = p;
  // Every option FullCalendar is handed keeps its identity until what it reads changes: a new
  // function is a changed option, and a changed option re-renders every day cell and event.
  const dayCellClassNames = useCallback((arg: { date: Date }) => dayLook(isoDay(arg.date)).classNames, [dayLook]);
  const dayCellContent = useCallback(
    (arg: DayCellContentArg) => {
      const look = dayLook(isoDay(arg.date));
      return (
        <div className="day-top">
          {look.label && (
            <span className="day-label" data-testid="day-label" title={look.label}>
              {look.label}
            </span>
          )}
          {look.badge && <span className={`day-badge ${look.badge}`}>{t(`day.${look.badge}`)}</span>}
          <span className="day-number" title={look.label ?? undefined}>
            {arg.dayNumberText}
          </span>
        </div>
      );
    },
    [dayLook, t],
  );
  const customButtons = useMemo(
    () => ({ planToday: { text: t('today'), hint: t('todayHint'), click: onToday } }),
    [t, onToday],
  );
  const eventDidMount = useCallback(
    (arg: EventMountArg) => {
      // Chips hold as much of the title as fits (a few characters in the quarter, a day's width in
      // the month): the hover has the whole title and the dates. (FullCalendar re-mounts every
      // event when the events change, so this never goes stale.)
      if (arg.event.start && !arg.event.id.startsWith(MORE_PREFIX)) {
        const range = (from: string, to: string) => t('dates', { from, to });
        arg.el.title = `${arg.event.title}\n${eventDates(arg.event.allDay, arg.event.start, arg.event.end, range)}`;
      }
      // Stable hooks for tests, keyboard selection and the finding highlight.
      if (arg.event.id.startsWith(TASK_PREFIX)) {
        arg.el.dataset.testid = 'calendar-task';
        arg.el.dataset.taskId = arg.event.id.slice(TASK_PREFIX.length);
        return;
      }
      arg.el.dataset.testid = 'calendar-event';
      arg.el.dataset.activityId = arg.event.id;
      if (document.body.dataset.selectedActivities?.split(' ').includes(arg.event.id))
        arg.el.classList.add('is-selected');
    },
    [t],
  );
  return (
    <FullCalendar
      ref={p.calendarRef}
      plugins={PLUGINS}
      views={views}
      initialView={FC_VIEWS[p.mode]}
      initialDate={p.initialDate}
      locales={LOCALES}
      locale={p.lang === 'zh-CN' ? 'zh-cn' : 'en'}
      firstDay={1}
      height="100%"
      headerToolbar={HEADER_TOOLBAR}
      customButtons={customButtons}
      events={p.events}
      editable
      eventStartEditable
      eventDurationEditable
      droppable
      dayMaxEvents
      eventDisplay="block"
      eventOrder={EVENT_ORDER}
      eventTimeFormat={TIME_FORMAT}
      dayCellClassNames={dayCellClassNames}
      dayCellContent={dayCellContent}
      eventClick={p.onEventClick}
      dateClick={p.onDateClick}
      eventDragStart={p.onDragStart}
      eventDragStop={p.onDragStop}
      eventDrop={p.onDrop}
      eventResizeStart={p.onResizeStart}
      eventResizeStop={p.onResizeStop}
      eventResize={p.onResize}
      eventAllow={p.onTarget}
      // A chip dragged from the tray (create: false) is judged by the selection's allow hook, not
      // eventAllow: the same target reaches the preview either way.
      selectAllow={p.onTarget}
      drop={p.onExternalDrop}
      datesSet={p.onDatesSet}
      eventDidMount={eventDidMount}
    />
  );
});
