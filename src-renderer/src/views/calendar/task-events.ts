import type { EventInput } from '@fullcalendar/core';
import type { Activity, Task } from '../../../../src-shared/model';
import { isOverdue, tLabel, taskDueDate } from '../../../../src-shared/tasks/countdown';

/** Task events carry this id prefix, so a click or a drag can tell them from activities. */
export const TASK_PREFIX = 'task:';

/**
 * The plan's tasks as small read-only events on their due day (fixed date, or T-offset from the
 * activity's first day), for the calendar's "show tasks" toggle. Tasks of activities the filters
 * hide stay hidden with them; tasks on a fixed date with no activity always show. A task is
 * edited in the Tasks tab, never dragged here: its day follows from its activity.
 */
export function taskEvents(
  activities: readonly Pick<Activity, 'id' | 'start'>[],
  visibleIds: ReadonlySet<string>,
  tasks: readonly Task[],
  today: string,
): EventInput[] {
  const starts = new Map(activities.map((a) => [a.id, a.start.slice(0, 10)]));
  const out: EventInput[] = [];
  for (const task of tasks) {
    if (task.activityId && !visibleIds.has(task.activityId)) continue;
    const due = taskDueDate(task, starts);
    if (!due) continue;
    const done = task.status === 'done';
    const overdue = isOverdue(task, due, today);
    const offset = task.fixedDate || task.offsetDays === null ? '' : `${tLabel(task.offsetDays)} `;
    out.push({
      id: `${TASK_PREFIX}${task.id}`,
      title: `${done ? '✓ ' : ''}${offset}${task.title}`,
      start: due,
      allDay: true,
      editable: false,
      classNames: ['task-event', done ? 'task-done' : '', overdue ? 'task-overdue' : ''].filter(Boolean),
      // After the day's activities, before the "+N more" chip (order 1).
      extendedProps: { order: 0.5, taskId: task.id },
    });
  }
  return out;
}
