import { z } from 'zod';
import { Id, IsoDay, IsoDayOrDateTime } from '../model';

/**
 * The schemas of a baseline's frozen content (snapshot.ts's types), for the contract and for
 * plan files: a file's baseline is checked like any other row before it is written.
 */
export const BaselineActivitySchema = z.object({
  id: Id,
  title: z.string().max(500),
  type: z.string().max(100),
  allDay: z.boolean(),
  start: IsoDayOrDateTime,
  end: IsoDayOrDateTime,
  status: z.string().max(100),
  claims: z.array(z.object({ resourceId: Id, quantity: z.number().int() })).max(1000),
  segmentIds: z.array(Id).max(1000),
});

export const BaselineBudgetLineSchema = z.object({
  id: Id,
  activityId: Id.nullable(),
  description: z.string().max(2000),
  plannedCents: z.number().int(),
});

export const BaselineKpiSchema = z.object({ id: Id, name: z.string().max(500), target: z.number() });

export const BaselineScopeSchema = z.object({ from: IsoDay, to: IsoDay });

export const BaselineContentSchema = z.object({
  scope: BaselineScopeSchema.nullable(),
  activities: z.array(BaselineActivitySchema).max(100_000),
  budgetLines: z.array(BaselineBudgetLineSchema).max(100_000),
  kpis: z.array(BaselineKpiSchema).max(100_000),
});
