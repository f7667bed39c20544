import type { Activity, Task } from '../model';
import { addDays, dayNumber } from '../model';
import { openPrerequisites } from './dependencies';

/**
 * The countdown (倒计时): tasks hang off an activity's first day by an offset (T-60 … T+30) or
 * sit on a fixed date. Dates are plain `YYYY-MM-DD`; "today" is passed in, never read here,
 * so the same code serves the renderer, the service and tests with a frozen clock.
 */

/** The day a task is due: its fixed date, or its activity's first day plus the offset. */
export function taskDueDate(
  t: Pick<Task, 'fixedDate' | 'offsetDays' | 'activityId'>,
  activityStart: ReadonlyMap<string, string>,
): string | null {
  if (t.fixedDate) return t.fixedDate;
  if (t.offsetDays === null || !t.activityId) return null;
  const start = activityStart.get(t.activityId);
  return start ? addDays(start.slice(0, 10), t.offsetDays) : null;
}

/** "T-60", "T", "T+30". */
export function tLabel(offsetDays: number): string {
  if (offsetDays === 0) return 'T';
  return offsetDays < 0 ? `T${offsetDays}` : `T+${offsetDays}`;
}

export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export const isOverdue = (t: Pick<Task, 'status'>, due: string | null, today: string): boolean =>
  t.status !== 'done' && due !== null && due < today;

export interface CountdownItem {
  task: Task;
  due: string | null;
  /** Days from today to the due date (negative once past). */
  daysLeft: number | null;
  overdue: boolean;
  /** Prerequisites not done yet. */
  waitingOn: string[];
}

export interface Countdown {
  activityId: string | null;
  title: string;
  /** The activity's first day, or null for tasks with no activity. */
  eventDay: string | null;
  /** "T-12" today relative to the event day. */
  todayLabel: string | null;
  daysToEvent: number | null;
  items: CountdownItem[];
  done: number;
  overdue: number;
  /** The first task not done, by due date. */
  next: CountdownItem | null;
}

/** One countdown per activity with tasks (in activity order), then one for unanchored tasks. */
export function countdowns(
  activities: readonly Pick<Activity, 'id' | 'title' | 'start'>[],
  tasks: readonly Task[],
  today: string,
): Countdown[] {
  const starts = new Map(activities.map((a) => [a.id, a.start.slice(0, 10)]));
  const groups = new Map<string, Task[]>();
  for (const t of tasks) {
    const key = t.activityId && starts.has(t.activityId) ? t.activityId : '';
    const list = groups.get(key) ?? [];
    list.push(t);
    groups.set(key, list);
  }
  const out: Countdown[] = [];
  const build = (activityId: string | null, title: string, list: Task[]): Countdown => {
    const items = list
      .map((task): CountdownItem => {
        const due = taskDueDate(task, starts);
        return {
          task,
          due,
          daysLeft: due ? daysBetween(today, due) : null,
          overdue: isOverdue(task, due, today),
          waitingOn: openPrerequisites(task, tasks),
        };
      })
      .sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.task.title.localeCompare(b.task.title));
    const eventDay = activityId ? (starts.get(activityId) ?? null) : null;
    const daysToEvent = eventDay ? daysBetween(today, eventDay) : null;
    return {
      activityId,
      title,
      eventDay,
      todayLabel: daysToEvent === null ? null : tLabel(-daysToEvent),
      daysToEvent,
      items,
      done: items.filter((i) => i.task.status === 'done').length,
      overdue: items.filter((i) => i.overdue).length,
      next: items.find((i) => i.task.status !== 'done') ?? null,
    };
  };
  for (const a of activities) {
    const list = groups.get(a.id);
    if (list) out.push(build(a.id, a.title, list));
  }
  const loose = groups.get('');
  if (loose) out.push(build(null, '', loose));
  return out;
}
