import { z } from 'zod';
import { IsoDay } from './dates';
import { TaskStatus } from './enums';
import { Id, LongText, Name, ShortText, patchShape, staleGuard } from './ids';

/** RACI: Responsible, Accountable, Consulted, Informed (docs/domain.md §3 responsibility matrix). */
export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export const RaciRole = z.enum(RACI_ROLES);
export type RaciRole = z.infer<typeof RaciRole>;
export const RaciEntry = z.object({ person: ShortText.min(1), role: RaciRole });
export type RaciEntry = z.infer<typeof RaciEntry>;

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
  /** Tasks of the same plan that must be done first. */
  dependsOn: z.array(Id).max(100).default([]),
  /** This task's row of the RACI matrix: who plays which role. One person, one role. */
  raci: z.array(RaciEntry).max(100).default([]),
};

type AnchorFields = { activityId?: string | null; offsetDays?: number | null; fixedDate?: string | null };
const anchored = (t: AnchorFields) =>
  (t.offsetDays !== null && t.offsetDays !== undefined && !!t.activityId) || !!t.fixedDate;
const anchorMessage = { message: 'a task needs an offset from its activity or a fixed date', path: ['offsetDays'] };
const uniquePeople = (t: { raci?: readonly RaciEntry[] }) =>
  new Set((t.raci ?? []).map((e) => e.person)).size === (t.raci ?? []).length;
const peopleMessage = { message: 'each person may hold only one RACI role on a task', path: ['raci'] };

export const TaskInput = z
  .object({ planId: Id, ...taskFields })
  .refine(anchored, anchorMessage)
  .refine(uniquePeople, peopleMessage);
export type TaskInput = z.input<typeof TaskInput>;
export const TaskPatch = z.object({ id: Id, ...patchShape(taskFields), ...staleGuard });
export type TaskPatch = z.input<typeof TaskPatch>;
export const Task = z.object({ id: Id, planId: Id, ...taskFields, createdAt: z.string(), updatedAt: z.string() });
export type Task = z.infer<typeof Task>;
