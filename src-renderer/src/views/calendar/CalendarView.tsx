import type { EventClickArg } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, dayNumber } from '../../../../src-shared/model';
import { todayIso } from '../../util/dates';
import { ActivityForm } from '../activity/ActivityForm';
import { toEvent } from './to-events';

type Editing = { activity?: Activity; day: string } | null;

/** Opens on today when the plan covers it, else on the plan's first month. */
function initialDate(snapshot: PlanSnapshot): string {
  const today = todayIso();
  const { startDate, endDate } = snapshot.plan;
  return dayNumber(today) >= dayNumber(startDate) && dayNumber(today) <= dayNumber(endDate) ? today : startDate;
}

export function CalendarView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<Editing>(null);
  const events = useMemo(() => snapshot.activities.map(toEvent), [snapshot.activities]);
  const byId = useMemo(() => new Map(snapshot.activities.map((a) => [a.id, a])), [snapshot.activities]);

  const onEventClick = (arg: EventClickArg) => {
    arg.jsEvent.preventDefault();
    const activity = byId.get(arg.event.id);
    if (activity) setEditing({ activity, day: activity.start.slice(0, 10) });
  };
  const onDateClick = (arg: DateClickArg) => setEditing({ day: arg.dateStr.slice(0, 10) });

  return (
    <div className="calendar-view" data-testid="calendar-view">
      <div className="toolbar">
        <span className="muted" data-testid="activity-count">
          {t('calendar.count', { count: snapshot.activities.length })}
        </span>
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ day: initialDate(snapshot) })}
          data-testid="activity-add"
        >
          + {t('calendar.addActivity')}
        </button>
      </div>
      <div className="calendar-host">
        <FullCalendar
          plugins={[dayGridPlugin, interactionPlugin]}
          initialView="dayGridMonth"
          initialDate={initialDate(snapshot)}
          locales={[zhCnLocale]}
          locale={i18n.language === 'zh-CN' ? 'zh-cn' : 'en'}
          firstDay={1}
          height="100%"
          headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
          events={events}
          eventClick={onEventClick}
          dateClick={onDateClick}
          dayMaxEvents
          eventDidMount={(arg) => {
            // Stable hooks for tests and for the later drag-and-drop work.
            arg.el.dataset.testid = 'calendar-event';
            arg.el.dataset.activityId = arg.event.id;
          }}
          eventDisplay="block"
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        />
      </div>
      {editing && (
        <ActivityForm
          snapshot={snapshot}
          activity={editing.activity}
          day={editing.day}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
