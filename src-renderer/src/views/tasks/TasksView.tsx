import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { TASK_STATUSES, type Task, addDays } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  bool,
  nullableNum,
  nullableStr,
  num,
  str,
} from '../../components/crud/form-values';
import { type Column, RecordTable } from '../../components/crud/RecordTable';
import { useRecordEditor } from '../../components/crud/useRecordEditor';
import { useApi } from '../../state/WorkspaceContext';
import { activityOptions, activityTitle, pick } from '../shared/options';

/** The day a task falls on: its fixed date, or its offset from its activity's start (T-60 …). */
function dueDay(snapshot: PlanSnapshot, task: Task): string {
  if (task.fixedDate) return task.fixedDate;
  const activity = snapshot.activities.find((a) => a.id === task.activityId);
  if (!activity || task.offsetDays === null) return '';
  return addDays(activity.start.slice(0, 10), task.offsetDays);
}

const offsetLabel = (n: number) => (n < 0 ? `T${n}` : `T+${n}`);

export function TasksView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t } = useTranslation();
  const api = useApi();

  const fields: FieldSpec[] = [
    { name: 'title', label: t('tasks.name'), kind: 'text', required: true, wide: true },
    { name: 'activityId', label: t('tasks.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'offsetDays', label: t('tasks.offset'), kind: 'integer' },
    { name: 'fixedDate', label: t('tasks.fixedDate'), kind: 'date' },
    { name: 'durationDays', label: t('tasks.duration'), kind: 'integer', required: true },
    { name: 'leadDays', label: t('tasks.leadDays'), kind: 'integer' },
    { name: 'owner', label: t('tasks.owner'), kind: 'text' },
    {
      name: 'status',
      label: t('tasks.status'),
      kind: 'select',
      required: true,
      options: TASK_STATUSES.map((v) => ({ value: v, label: t(`enum.taskStatus.${v}`) })),
    },
    { name: 'milestone', label: t('tasks.milestone'), kind: 'checkbox' },
    { name: 'notes', label: t('tasks.notes'), kind: 'textarea', wide: true },
  ];

  const editor = useRecordEditor<Task>({
    fields,
    empty: {
      title: '',
      activityId: '',
      offsetDays: '',
      fixedDate: '',
      durationDays: '1',
      leadDays: '',
      owner: '',
      status: 'todo',
      milestone: false,
      notes: '',
    },
    toValues: (k) => ({
      title: k.title,
      activityId: k.activityId ?? '',
      offsetDays: k.offsetDays === null ? '' : String(k.offsetDays),
      fixedDate: k.fixedDate ?? '',
      durationDays: String(k.durationDays),
      leadDays: k.leadDays === null ? '' : String(k.leadDays),
      owner: k.owner,
      status: k.status,
      milestone: k.milestone,
      notes: k.notes,
    }),
    create: (v) => api.invoke('task/create', { planId: snapshot.plan.id, ...toFields(v) }),
    update: (k, v) => api.invoke('task/update', { id: k.id, ...toFields(v) }),
    remove: (k) => api.invoke('task/delete', { id: k.id }),
    titles: { create: t('tasks.createTitle'), edit: t('tasks.editTitle') },
    deleteMessage: (k) => t('tasks.deleteConfirm', { name: k.title }),
    testId: 'task-dialog',
  });

  const rows = [...snapshot.tasks].sort((a, b) => dueDay(snapshot, a).localeCompare(dueDay(snapshot, b)));
  const columns: Column<Task>[] = [
    { header: t('tasks.name'), cell: (k) => (k.milestone ? `◆ ${k.title}` : k.title) },
    { header: t('tasks.activity'), cell: (k) => activityTitle(snapshot, k.activityId) },
    { header: t('tasks.when'), cell: (k) => (k.offsetDays !== null && k.activityId ? offsetLabel(k.offsetDays) : '') },
    { header: t('tasks.fixedDate'), cell: (k) => <span className="mono">{dueDay(snapshot, k)}</span> },
    { header: t('tasks.duration'), cell: (k) => k.durationDays, numeric: true },
    { header: t('tasks.owner'), cell: (k) => k.owner },
    { header: t('tasks.status'), cell: (k) => t(`enum.taskStatus.${k.status}`) },
  ];

  return (
    <div className="record-view" data-testid="tasks-view">
      <div className="toolbar">
        <h2>{t('tasks.title')}</h2>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={editor.add} data-testid="task-add">
          + {t('tasks.add')}
        </button>
      </div>
      <RecordTable
        rows={rows}
        columns={columns}
        onEdit={editor.edit}
        onDelete={editor.askDelete}
        testId="tasks-table"
      />
      {editor.dialogs}
    </div>
  );
}

function toFields(v: FormValues) {
  return {
    title: str(v, 'title'),
    activityId: nullableStr(v, 'activityId'),
    offsetDays: nullableNum(v, 'offsetDays'),
    fixedDate: nullableStr(v, 'fixedDate'),
    durationDays: num(v, 'durationDays'),
    leadDays: nullableNum(v, 'leadDays'),
    owner: str(v, 'owner'),
    status: pick(TASK_STATUSES, str(v, 'status'), 'todo'),
    milestone: bool(v, 'milestone'),
    notes: typeof v.notes === 'string' ? v.notes : '',
  };
}
