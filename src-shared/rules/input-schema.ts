import { z } from 'zod';
import { ActivityType, Id, IsoDay, IsoDayOrDateTime, PriorityClass, ResourceKind } from '../model';
import type { RulesInput } from './input';
import { RuleSettings } from './settings';

/**
 * The compiled rules input as the contract carries it (conflict/preview-input): the main
 * process sends the renderer exactly what its warm engine reads for a plan, so a drag preview
 * and a one-click fix judge with the same settings, calendar and other plans' claims.
 */
const RuleActivitySchema = z.object({
  id: Id,
  planId: Id,
  title: z.string(),
  type: ActivityType,
  priority: PriorityClass,
  pinned: z.boolean(),
  locked: z.boolean(),
  allDay: z.boolean(),
  start: IsoDayOrDateTime,
  end: IsoDayOrDateTime,
  windowStart: IsoDay.nullable(),
  windowEnd: IsoDay.nullable(),
  hasBackup: z.boolean(),
  claims: z.array(z.object({ resourceId: Id, quantity: z.number() })),
  segmentIds: z.array(Id),
});

export const RulesInputSchema = z.object({
  plans: z.array(z.object({ id: Id, name: z.string(), startDate: IsoDay, endDate: IsoDay })),
  activities: z.array(RuleActivitySchema),
  resources: z.array(
    z.object({
      id: Id,
      name: z.string(),
      kind: ResourceKind,
      quantity: z.number(),
      dailyCapacity: z.number().nullable(),
      periodCapacity: z.number().nullable().optional(),
      unavailableDates: z.array(IsoDay),
    }),
  ),
  segments: z.array(z.object({ id: Id, name: z.string(), minGapDays: z.number(), weeklyMax: z.number().nullable() })),
  tasks: z.array(
    z.object({
      id: Id,
      planId: Id,
      title: z.string(),
      activityId: Id.nullable(),
      offsetDays: z.number().nullable(),
      fixedDate: IsoDay.nullable(),
      durationDays: z.number(),
      leadDays: z.number().nullable(),
    }),
  ),
  budgetLines: z.array(
    z.object({
      id: Id,
      planId: Id,
      activityId: Id.nullable(),
      phase: z.string(),
      date: IsoDay.nullable(),
      cents: z.number(),
    }),
  ),
  calendar: z.object({
    from: IsoDay,
    to: IsoDay,
    nonWorkdays: z.array(IsoDay),
    holidays: z.array(IsoDay),
    festivals: z.array(z.object({ id: z.string(), date: IsoDay, nameZh: z.string(), nameEn: z.string() })),
  }),
  settings: RuleSettings,
}) satisfies z.ZodType<RulesInput, unknown>;

/**
 * A plan's part of a workspace's compiled input, for previews: the plan's own activities,
 * tasks and budget lines, and the other plans' activities that claim a resource or reach a
 * segment the plan's activities use (the only way another plan's schedule can add a finding
 * to one of this plan's activities). Plans, resources, segments, settings and the calendar
 * are kept whole, so the engine compiles over the same horizon as main's.
 */
export function previewInputOf(input: RulesInput, planId: string): RulesInput {
  const resources = new Set<string>();
  const segments = new Set<string>();
  for (const a of input.activities) {
    if (a.planId !== planId) continue;
    for (const c of a.claims) resources.add(c.resourceId);
    for (const s of a.segmentIds) segments.add(s);
  }
  const shares = (a: RulesInput['activities'][number]) =>
    a.claims.some((c) => resources.has(c.resourceId)) || a.segmentIds.some((s) => segments.has(s));
  return {
    ...input,
    activities: input.activities.filter((a) => a.planId === planId || shares(a)),
    tasks: input.tasks.filter((t) => t.planId === planId),
    budgetLines: input.budgetLines.filter((l) => l.planId === planId),
  };
}
