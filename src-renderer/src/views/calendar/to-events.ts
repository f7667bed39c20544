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
export function toEvent(a: Activity, otherPlan = false): EventInput {
  return {
    id: a.id,
    title: a.title,
    start: a.start,
    end: a.allDay ? addDays(a.end, 1) : a.end,
    allDay: a.allDay,
    backgroundColor: TYPE_COLORS[a.type],
    borderColor: TYPE_COLORS[a.type],
    classNames: [`status-${a.status}`, a.pinned ? 'is-pinned' : '', otherPlan ? 'other-plan' : ''].filter(Boolean),
    // Another plan's activity is shown for context and edited in its own plan's view.
    ...(otherPlan ? { editable: false } : {}),
    extendedProps: { type: a.type, status: a.status, order: 0 },
  };
}

const RANK = { festival: 0, preference: 1, trend: 2, normal: 3 } as const;

/** The id of the "+N more" chip FullCalendar shows for an overfull day. */
export const MORE_PREFIX = 'more:';

/**
 * At most `perDay` events start on any one day; the rest become one "+N more" chip. FullCalendar
 * renders and measures every event it is given, even those its own "+more" link hides (its
 * issues #6995, #4395), so with 2,000 activities in a month the cap has to happen before it.
 * Selected activities always show, so a finding's activities are never hidden behind the chip.
 * `extras` (the tasks the calendar can show) count against the same cap but yield to activities:
 * on a crowded day they are the first to go behind the chip.
 */
export function cappedEvents(
  activities: Activity[],
  perDay: number,
  keep: ReadonlySet<string>,
  moreLabel: (count: number) => string,
  planId: string | null = null,
  extras: readonly EventInput[] = [],
): EventInput[] {
  const event = (a: Activity) => toEvent(a, planId !== null && a.planId !== planId);
  const byDay = new Map<string, Activity[]>();
  for (const a of activities) {
    const day = a.start.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(a);
    else byDay.set(day, [a]);
  }
  const extrasByDay = new Map<string, EventInput[]>();
  for (const e of extras) {
    const day = typeof e.start === 'string' ? e.start.slice(0, 10) : '';
    const list = extrasByDay.get(day);
    if (list) list.push(e);
    else extrasByDay.set(day, [e]);
  }
  const out: EventInput[] = [];
  for (const day of new Set([...byDay.keys(), ...extrasByDay.keys()])) {
    const list = byDay.get(day) ?? [];
    const more = extrasByDay.get(day) ?? [];
    if (list.length + more.length <= perDay) {
      for (const a of list) out.push(event(a));
      out.push(...more);
      continue;
    }
    list.sort(
      (a, b) =>
        Number(keep.has(b.id)) - Number(keep.has(a.id)) ||
        RANK[a.priority] - RANK[b.priority] ||
        a.title.localeCompare(b.title),
    );
    let shown = 0;
    for (const a of list) {
      if (shown < perDay - 1 || keep.has(a.id)) {
        out.push(event(a));
        shown++;
      }
    }
    let hidden = list.length - shown;
    for (const e of more) {
      if (shown < perDay - 1) {
        out.push(e);
        shown++;
      } else hidden++;
    }
    out.push({
      id: `${MORE_PREFIX}${day}`,
      title: moreLabel(hidden),
      start: day,
      allDay: true,
      editable: false,
      classNames: ['more-chip'],
      extendedProps: { order: 1 },
      backgroundColor: '#eef0f3',
      borderColor: '#d9dce1',
      textColor: '#333',
    });
  }
  return out;
}
