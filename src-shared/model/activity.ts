import { z } from 'zod';
import { IsoDay, IsoDayOrDateTime, dayNumber, isValidDay, isValidDateTime } from './dates';
import { ActivityStatus, ActivityType, PriorityClass } from './enums';
import { Id, LongText, Name, ShortText, patchShape, staleGuard } from './ids';

/** An activity's claim on a workspace resource: units of a venue/staff/equipment, or sends per day on a channel. */
export const ResourceClaim = z.object({
  resourceId: Id,
  quantity: z.number().int().min(1).max(100_000_000),
});
export type ResourceClaim = z.infer<typeof ResourceClaim>;

const activityFields = {
  title: Name,
  type: ActivityType,
  status: ActivityStatus.default('planned'),
  /** All-day activities use YYYY-MM-DD with an inclusive end day; timed ones YYYY-MM-DDTHH:mm, end exclusive. */
  allDay: z.boolean().default(true),
  start: IsoDayOrDateTime,
  end: IsoDayOrDateTime,
  /** The allowed window: earliest start and latest end day the activity may be scheduled in. */
  windowStart: IsoDay.nullable().default(null),
  windowEnd: IsoDay.nullable().default(null),
  priority: PriorityClass.default('normal'),
  pinned: z.boolean().default(false),
  owner: ShortText.default(''),
  expectedParticipants: z.number().int().min(0).max(100_000_000).nullable().default(null),
  notes: LongText.default(''),
  /** The 备选方案: planners keep one for ≥30% of activities (docs/domain.md §1). */
  backupPlan: LongText.default(''),
  claims: z.array(ResourceClaim).max(200).default([]),
  segmentIds: z.array(Id).max(200).default([]),
};

type Timing = {
  allDay?: boolean;
  start?: string;
  end?: string;
  windowStart?: string | null;
  windowEnd?: string | null;
};

/** Start and end must both take the form allDay says, and end may not precede start. */
function checkTiming(a: Timing, ctx: z.RefinementCtx): void {
  if (a.start === undefined || a.end === undefined || a.allDay === undefined) return;
  const ok = a.allDay ? isValidDay : isValidDateTime;
  if (!ok(a.start))
    ctx.addIssue({
      code: 'custom',
      path: ['start'],
      message: a.allDay ? 'all-day start must be YYYY-MM-DD' : 'timed start must be YYYY-MM-DDTHH:mm',
    });
  if (!ok(a.end))
    ctx.addIssue({
      code: 'custom',
      path: ['end'],
      message: a.allDay ? 'all-day end must be YYYY-MM-DD' : 'timed end must be YYYY-MM-DDTHH:mm',
    });
  if (ok(a.start) && ok(a.end)) {
    const bad = a.allDay ? dayNumber(a.end) < dayNumber(a.start) : a.end <= a.start;
    if (bad) ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must be after start' });
  }
  if (a.windowStart && a.windowEnd && dayNumber(a.windowEnd) < dayNumber(a.windowStart)) {
    ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'window end must not be before window start' });
  }
}

function uniqueRefs(a: { claims?: { resourceId: string }[]; segmentIds?: string[] }, ctx: z.RefinementCtx): void {
  if (a.claims && new Set(a.claims.map((c) => c.resourceId)).size !== a.claims.length) {
    ctx.addIssue({ code: 'custom', path: ['claims'], message: 'a resource may be claimed once per activity' });
  }
  if (a.segmentIds && new Set(a.segmentIds).size !== a.segmentIds.length) {
    ctx.addIssue({ code: 'custom', path: ['segmentIds'], message: 'a segment may be targeted once per activity' });
  }
}

export const ActivityInput = z.object({ planId: Id, ...activityFields }).superRefine((a, ctx) => {
  checkTiming(a, ctx);
  uniqueRefs(a, ctx);
});
export type ActivityInput = z.input<typeof ActivityInput>;

/** A partial update. Timing is re-checked against the stored row by the service, since a patch may carry only one end. */
export const ActivityPatch = z
  .object({ id: Id, ...patchShape(activityFields), ...staleGuard })
  .superRefine((a, ctx) => {
    checkTiming(a, ctx);
    uniqueRefs(a, ctx);
  });
export type ActivityPatch = z.input<typeof ActivityPatch>;

export const Activity = z.object({
  id: Id,
  planId: Id,
  ...activityFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof Activity>;

export { checkTiming as checkActivityTiming };

/** The timing rules' refusals of `a` as plain issues, for a form that shows them beside other fields' errors. */
export function activityTimingIssues(a: Timing): { path: PropertyKey[]; message: string }[] {
  const found: { path: PropertyKey[]; message: string }[] = [];
  const ctx = {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) =>
      found.push({ path: issue.path ?? [], message: issue.message ?? '' }),
  };
  checkTiming(a, ctx as unknown as z.RefinementCtx);
  return found;
}
