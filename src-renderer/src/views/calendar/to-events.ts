import type { EventInput } from '@fullcalendar/core';
import { type Activity, type ActivityType, addDays } from '../../../../src-shared/model';

/** One colour per activity type; issue 4 adds a legend and filters on top of this. */
export const TYPE_COLORS: Record<ActivityType, string> = {
  festival: '#d4380d',
  industry: '#1d39c4',
  hot_topic: '#c41d7f',
  birthday: '#d48806',
  vip_day: '#531dab',
  salon: '#08979c',
  member_day: '#cf1322',
  online: '#0958d9',
  cross_brand: '#7cb305',
  retention: '#389e0d',
  conference: '#10239e',
  city_promotion: '#d46b08',
  other: '#595959',
};

/**
 * Our all-day end day is inclusive; FullCalendar's is exclusive, so one day is added here and
 * only here. Timed values are plain local date-times, which FullCalendar reads as such.
 */
export function toEvent(a: Activity): EventInput {
  return {
    id: a.id,
    title: a.title,
    start: a.start,
    end: a.allDay ? addDays(a.end, 1) : a.end,
    allDay: a.allDay,
    backgroundColor: TYPE_COLORS[a.type],
    borderColor: TYPE_COLORS[a.type],
    classNames: [`status-${a.status}`, a.pinned ? 'is-pinned' : ''].filter(Boolean),
    extendedProps: { type: a.type, status: a.status },
  };
}
