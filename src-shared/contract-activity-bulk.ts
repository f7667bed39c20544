import { z } from 'zod';
import { Activity, ActivityStatus, Id } from './model';

/** Up to this many activities in one bulk edit (a year of several plans fits easily). */
const Ids = z.array(Id).min(1).max(10_000);

/**
 * Edits on several activities at once (the activity table's multi-select), spread into
 * `contract` (contract.ts). Each call is ONE transaction and ONE undoable edit, however many
 * activities it touches; any missing id or refused timing writes nothing.
 */
export const activityBulkChannels = {
  /**
   * Sets the status of every listed activity and/or shifts each by whole days (start and end
   * together, the time of day kept). Errors: NOT_FOUND (any id), VALIDATION (nothing to change,
   * or a shifted date that does not exist).
   */
  'activity/update-many': {
    request: z
      .object({
        ids: Ids,
        status: ActivityStatus.optional(),
        shiftDays: z.number().int().min(-3660).max(3660).optional(),
      })
      .strict()
      .refine((r) => r.status !== undefined || (r.shiftDays !== undefined && r.shiftDays !== 0), {
        message: 'give a status or a non-zero shift',
      }),
    response: z.array(Activity),
  },
  /** Deletes every listed activity with what hangs off it. Errors: NOT_FOUND (any id). */
  'activity/delete-many': {
    request: z.object({ ids: Ids }).strict(),
    response: z.object({ ids: z.array(Id) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;
