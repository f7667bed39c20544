import type { TFunction } from 'i18next';
import { listSeparator } from '../../i18n';
import { useTranslation } from 'react-i18next';
import { type Countdown, type CountdownItem, tLabel } from '../../../../src-shared/tasks/countdown';
import type { Task } from '../../../../src-shared/model';

interface Props {
  countdown: Countdown;
  titles: ReadonlyMap<string, string>;
  t: TFunction;
  onToggle: (task: Task) => void;
  onEdit: (task: Task) => void;
  onDelete: (task: Task) => void;
}

function when(item: CountdownItem, t: TFunction): string {
  if (item.daysLeft === null) return t('noDate');
  if (item.task.status === 'done') return item.due ?? '';
  if (item.daysLeft > 0) return `${item.due} · ${t('daysLeft', { count: item.daysLeft })}`;
  if (item.daysLeft === 0) return `${item.due} · ${t('dueToday')}`;
  return `${item.due} · ${t('daysLate', { count: -item.daysLeft })}`;
}

/** One activity's countdown: its T-offset tasks in date order, overdue ones marked, done ones ticked. */
export function CountdownList({ countdown: c, titles, t, onToggle, onEdit, onDelete }: Props) {
  const { i18n } = useTranslation();
  return (
    <section className="countdown" data-testid="countdown" data-activity-id={c.activityId ?? ''}>
      <header className="countdown-head">
        <h3>{c.activityId ? c.title : t('noActivity')}</h3>
        {c.eventDay && <span className="muted">{t('eventDay', { day: c.eventDay })}</span>}
        {c.todayLabel && (
          <span className="t-today" data-testid="countdown-today">
            {c.todayLabel}
          </span>
        )}
        <span data-testid="countdown-progress" data-done={c.done} data-total={c.items.length}>
          {t('progress', { done: c.done, total: c.items.length })}
        </span>
        {c.overdue > 0 && (
          <span className="overdue-count" data-testid="countdown-overdue">
            {t('overdue', { count: c.overdue })}
          </span>
        )}
        {c.next && (
          <span className="muted" data-testid="countdown-next">
            {t('next', { title: c.next.task.title })}
          </span>
        )}
      </header>
      <ol className="countdown-items">
        {c.items.map((item) => {
          const { task } = item;
          const done = task.status === 'done';
          return (
            <li
              key={task.id}
              className={`countdown-item${item.overdue ? ' overdue' : ''}${done ? ' done' : ''}`}
              data-testid="countdown-item"
              data-task-id={task.id}
              data-overdue={item.overdue}
            >
              <input
                type="checkbox"
                checked={done}
                onChange={() => onToggle(task)}
                aria-label={task.title}
                data-testid="task-toggle"
              />
              <span className="t-label">
                {task.offsetDays !== null && task.activityId ? tLabel(task.offsetDays) : '📅'}
              </span>
              <span className="task-title">
                {task.milestone ? '◆ ' : ''}
                {task.title}
              </span>
              <span className="task-when">{when(item, t)}</span>
              <span className="muted task-owner">{task.owner}</span>
              {item.waitingOn.length > 0 && (
                <span className="waiting">
                  {t('waiting', {
                    names: item.waitingOn.map((id) => titles.get(id)).join(listSeparator(i18n.language)),
                  })}
                </span>
              )}
              <span className="toolbar-spacer" />
              <button type="button" className="small" onClick={() => onEdit(task)} data-testid="row-edit">
                {t('translation:common.edit')}
              </button>
              <button
                type="button"
                className="small danger-text"
                onClick={() => onDelete(task)}
                data-testid="row-delete"
              >
                {t('translation:common.delete')}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
