import { z } from 'zod';
import { IsoDay } from './dates';
import { TaskStatus } from './enums';
import { Id, LongText, Name, ShortText, patchShape } from './ids';

/**
 * A task or milestone. It hangs off an activity by an offset in days from the activity's start
 * (T-60 is -60, T+30 is 30) or sits on a fixed date. `leadDays` says how many days before the
 * activity it must be done by (the engine's lead-time rule).
 */
const taskFields = {
  activityId: Id.nullable().default(null),
  title: Name,
  offsetDays: z.number().int().min(-3660).max(3660).nullable().default(null),
  fixedDate: IsoDay.nullable().default(null),
  durationDays: z.number().int().min(1).max(366).default(1),
  leadDays: z.number().int().min(0).max(366).nullable().default(null),
  milestone: z.boolean().default(false),
  owner: ShortText.default(''),
  status: TaskStatus.default('todo'),
  notes: LongText.default(''),
};

const anchored = (t: { activityId?: string | null; offsetDays?: number | null; fixedDate?: string | null }) =>
  (t.offsetDays !== null && t.offsetDays !== undefined && !!t.activityId) || !!t.fixedDate;
const anchorMessage = { message: 'a task needs an offset from its activity or a fixed date', path: ['offsetDays'] };

export const TaskInput = z.object({ planId: Id, ...taskFields }).refine(anchored, anchorMessage);
export type TaskInput = z.input<typeof TaskInput>;
export const TaskPatch = z.object({ id: Id, ...patchShape(taskFields) });
export type TaskPatch = z.input<typeof TaskPatch>;
export const Task = z.object({ id: Id, planId: Id, ...taskFields, createdAt: z.string(), updatedAt: z.string() });
export type Task = z.infer<typeof Task>;
