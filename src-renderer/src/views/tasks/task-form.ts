import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { TASK_STATUSES, type Task } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  bool,
  nullableNum,
  nullableStr,
  str,
} from '../../components/crud/form-values';
import { activityOptions, pick } from '../shared/options';

const depKey = (taskId: string) => `dep:${taskId}`;

/** Every field of a task; its prerequisites are one checkbox per other task of the plan. */
export function taskFields(snapshot: PlanSnapshot, t: TFunction, editing: Task | null): FieldSpec[] {
  return [
    { name: 'title', label: t('translation:tasks.name'), kind: 'text', required: true, wide: true },
    { name: 'activityId', label: t('translation:tasks.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'offsetDays', label: t('translation:tasks.offset'), kind: 'integer' },
    { name: 'fixedDate', label: t('translation:tasks.fixedDate'), kind: 'date' },
    { name: 'durationDays', label: t('translation:tasks.duration'), kind: 'integer' },
    { name: 'leadDays', label: t('translation:tasks.leadDays'), kind: 'integer' },
    { name: 'owner', label: t('translation:tasks.owner'), kind: 'text' },
    {
      name: 'status',
      label: t('translation:tasks.status'),
      kind: 'select',
      required: true,
      options: TASK_STATUSES.map((s) => ({ value: s, label: t(`translation:enum.taskStatus.${s}`) })),
    },
    { name: 'milestone', label: t('translation:tasks.milestone'), kind: 'checkbox' },
    { name: 'notes', label: t('translation:tasks.notes'), kind: 'textarea', wide: true },
    ...snapshot.tasks
      .filter((x) => x.id !== editing?.id)
      .map((x): FieldSpec => ({ name: depKey(x.id), label: t('field.dep', { title: x.title }), kind: 'checkbox' })),
  ];
}

export function emptyTask(snapshot: PlanSnapshot): FormValues {
  return {
    title: '',
    activityId: snapshot.activities[0]?.id ?? '',
    offsetDays: '-30',
    fixedDate: '',
    durationDays: '1',
    leadDays: '',
    owner: '',
    status: 'todo',
    milestone: false,
    notes: '',
    ...Object.fromEntries(snapshot.tasks.map((x) => [depKey(x.id), false])),
  };
}

export function taskValues(task: Task, snapshot: PlanSnapshot): FormValues {
  return {
    ...emptyTask(snapshot),
    title: task.title,
    activityId: task.activityId ?? '',
    offsetDays: task.offsetDays === null ? '' : String(task.offsetDays),
    fixedDate: task.fixedDate ?? '',
    durationDays: String(task.durationDays),
    leadDays: task.leadDays === null ? '' : String(task.leadDays),
    owner: task.owner,
    status: task.status,
    milestone: task.milestone,
    notes: task.notes,
    ...Object.fromEntries(task.dependsOn.map((id) => [depKey(id), true])),
  };
}

export function taskRequest(v: FormValues, snapshot: PlanSnapshot, editing: Task | null) {
  return {
    title: str(v, 'title'),
    activityId: nullableStr(v, 'activityId'),
    offsetDays: nullableNum(v, 'offsetDays'),
    fixedDate: nullableStr(v, 'fixedDate'),
    durationDays: nullableNum(v, 'durationDays') ?? 1,
    leadDays: nullableNum(v, 'leadDays'),
    owner: str(v, 'owner'),
    status: pick(TASK_STATUSES, str(v, 'status'), 'todo'),
    milestone: bool(v, 'milestone'),
    notes: typeof v.notes === 'string' ? v.notes : '',
    dependsOn: snapshot.tasks.filter((x) => x.id !== editing?.id && v[depKey(x.id)] === true).map((x) => x.id),
  };
}
