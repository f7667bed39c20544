import { useMemo, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { countdowns } from '../../../../src-shared/tasks/countdown';
import type { Task } from '../../../../src-shared/model';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { todayIso } from '../../util/dates';
import { useBundle } from '../budget/use-bundle';
import { CountdownList } from './CountdownList';
import { RaciMatrix } from './RaciMatrix';
import { emptyTask, taskFields, taskRequest, taskValues } from './task-form';
import { taskStrings } from './tasks-i18n';
import './tasks.css';

/** Countdown lists per activity (T-60 … T+30), status toggles, overdue highlighting and the RACI matrix. */
export function TasksView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t } = useBundle('countdown', taskStrings);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [editing, setEditing] = useState<Task | null>(null);
  const today = todayIso();
  const lists = useMemo(() => countdowns(snapshot.activities, snapshot.tasks, today), [snapshot, today]);
  const titles = useMemo(() => new Map(snapshot.tasks.map((x) => [x.id, x.title])), [snapshot.tasks]);

  const run = (work: Promise<unknown>) =>
    // The edit's outcome moves the store; a refused one changed nothing, so only the message shows.
    void work.catch((error: unknown) => notices.error(error));

  const editor = useRecordEditor<Task>({
    fields: taskFields(snapshot, t, editing),
    empty: emptyTask(snapshot),
    toValues: (task) => taskValues(task, snapshot),
    create: (v) => api.invoke('task/create', { planId: snapshot.plan.id, ...taskRequest(v, snapshot, null) }),
    update: (task, v) => api.invoke('task/update', { id: task.id, ...taskRequest(v, snapshot, task) }),
    remove: (task) => api.invoke('task/delete', { id: task.id }),
    titles: { create: t('translation:tasks.createTitle'), edit: t('translation:tasks.editTitle') },
    deleteMessage: (task) => t('translation:tasks.deleteConfirm', { name: task.title }),
    testId: 'task-dialog',
  });
  const edit = (task: Task) => {
    setEditing(task);
    editor.edit(task);
  };
  const add = () => {
    setEditing(null);
    editor.add();
  };
  const toggle = (task: Task) =>
    run(api.invoke('task/update', { id: task.id, status: task.status === 'done' ? 'todo' : 'done' }));

  return (
    <div className="tasks-view" data-testid="tasks-view">
      <div className="toolbar">
        <h2>{t('title')}</h2>
        <span className="muted">{t('today', { day: today })}</span>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={add} data-testid="task-add">
          + {t('add')}
        </button>
      </div>
      {/* The list's symbols explained on the page, not only in a hover. */}
      {lists.length > 0 && (
        <p className="muted tasks-legend" data-testid="tasks-legend">
          {t('legend')}
        </p>
      )}
      {lists.length === 0 && <p className="empty">{t('empty')}</p>}
      <div className="countdowns">
        {lists.map((c) => (
          <CountdownList
            key={c.activityId ?? '-'}
            countdown={c}
            titles={titles}
            t={t}
            onToggle={toggle}
            onEdit={edit}
            onDelete={editor.askDelete}
          />
        ))}
      </div>
      {snapshot.tasks.length > 0 && (
        <RaciMatrix
          tasks={snapshot.tasks}
          t={t}
          onSet={(task, person, role) => run(api.invoke('raci/set', { taskId: task.id, person, role }))}
        />
      )}
      {editor.dialogs}
    </div>
  );
}
