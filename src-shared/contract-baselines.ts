import { z } from 'zod';
import { BaselineContentSchema, BaselineScopeSchema } from './baseline/schema';
import { Download } from './contract-files';
import { Id, IsoDay } from './model';
import { Localized, Proposal } from './rules';

/**
 * Baselines (定稿), spread into `contract` (contract.ts): freeze a plan or a month of it, list
 * them, choose the reference, rename, delete, and read what changed since one (or between two)
 * with when and why from the edit history. Freeze, reference, rename and delete are edits: one
 * transaction each, undoable, answering an edit outcome like every other edit.
 */
export const BaselineInfo = z.object({
  id: Id,
  planId: Id,
  name: z.string(),
  note: z.string(),
  /** When it was frozen (ISO instant). */
  createdAt: z.string(),
  isReference: z.boolean(),
  /** The month it covers, or null for the whole plan. */
  scope: BaselineScopeSchema.nullable(),
  activityCount: z.number().int(),
});
export type BaselineInfo = z.infer<typeof BaselineInfo>;

/** `YYYY-MM`. */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month YYYY-MM');

const Name = z.string().trim().min(1, 'a baseline needs a name').max(100);
const Note = z.string().max(2000);

/** One line of the change list and of the 变更单. */
export const BaselineChange = z.object({
  entity: z.enum(['activity', 'budgetLine', 'kpi']),
  id: Id,
  /** The activity's title, the line's description, the KPI's name (as it is now, or was if removed). */
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  /** For a changed activity: moved, resized, resources, segments, status, title, type; a line: amount, description; a KPI: target, name. */
  kinds: z.array(z.string()),
  beforeStart: z.string().nullable(),
  beforeEnd: z.string().nullable(),
  afterStart: z.string().nullable(),
  afterEnd: z.string().nullable(),
  /** Days the start moved (positive: later); null when not a dated change. */
  shiftDays: z.number().int().nullable(),
  /** Planned cents of a line, target of a KPI, before and after. */
  beforeValue: z.number().nullable(),
  afterValue: z.number().nullable(),
  /** The newest edit since the baseline that touched it: when, and its undo label. Null when the history no longer holds it. */
  at: z.string().nullable(),
  why: Localized.nullable(),
  /** The solver's reason, when that edit was a solver move. */
  reason: Localized.nullable(),
});
export type BaselineChange = z.infer<typeof BaselineChange>;

export const BaselineChanges = z.object({
  baseline: BaselineInfo,
  /** The later baseline compared with, or null when compared with the plan as it is now. */
  against: BaselineInfo.nullable(),
  changes: z.array(BaselineChange),
});
export type BaselineChanges = z.infer<typeof BaselineChanges>;

/** A disruption (突发调整): a resource closed for some days, a channel capped, an activity cancelled. */
export const Disruption = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resource-closed'), resourceId: Id, from: IsoDay, to: IsoDay }).strict(),
  z.object({ kind: z.literal('channel-capped'), resourceId: Id, dailyCapacity: z.number().int().min(0) }).strict(),
  z.object({ kind: z.literal('activity-cancelled'), activityId: Id }).strict(),
]);
export type Disruption = z.infer<typeof Disruption>;

export const baselineChannels = {
  /** The plan's baselines, oldest first. Errors: NOT_FOUND (plan). */
  'baseline/list': { request: z.object({ planId: Id }).strict(), response: z.array(BaselineInfo) },
  /** One baseline with its frozen content (the renderer draws ghosts and counts changes from it). Errors: NOT_FOUND. */
  'baseline/get': {
    request: z.object({ id: Id }).strict(),
    response: z.object({ info: BaselineInfo, content: BaselineContentSchema }),
  },
  /**
   * Freezes the plan, or one month of it (the activities starting in it), as a baseline; one
   * undoable edit. It becomes the reference when asked, or when the plan has none yet.
   * Errors: NOT_FOUND (plan), VALIDATION (a month outside the plan).
   */
  'baseline/freeze': {
    request: z
      .object({
        planId: Id,
        name: Name,
        note: Note.default(''),
        month: MonthKey.nullable().default(null),
        makeReference: z.boolean().optional(),
      })
      .strict(),
    response: BaselineInfo,
  },
  /** Makes a baseline the plan's reference (id null: none); undoable. Errors: NOT_FOUND. */
  'baseline/set-reference': {
    request: z.object({ planId: Id, id: Id.nullable() }).strict(),
    response: z.array(BaselineInfo),
  },
  /** Renames a baseline or changes its note; undoable. Errors: NOT_FOUND. */
  'baseline/update': {
    request: z.object({ id: Id, name: Name.optional(), note: Note.optional() }).strict(),
    response: BaselineInfo,
  },
  /** Deletes a baseline; undoable. Errors: NOT_FOUND. */
  'baseline/delete': { request: z.object({ id: Id }).strict(), response: z.object({ id: Id }) },
  /**
   * What changed since the baseline: against the plan as it is now, or against a later baseline
   * of the same plan (`againstId`). Each change says when and why, from the edit history.
   * Errors: NOT_FOUND, VALIDATION (baselines of different plans).
   */
  'baseline/changes': {
    request: z.object({ id: Id, againstId: Id.nullable().default(null) }).strict(),
    response: BaselineChanges,
  },
  /** The same change list as a 变更单 workbook (XLSX) in the planner's language. Errors: as baseline/changes. */
  'baseline/export-notice': {
    request: z
      .object({ id: Id, againstId: Id.nullable().default(null), language: z.enum(['zh-CN', 'en']).default('zh-CN') })
      .strict(),
    response: Download,
  },
  /**
   * Re-plans a disruption: the solver proposes the fewest changes measured against the plan's
   * reference 定稿 (against the schedule now when it has none, or when `ignoreBaseline`), moving
   * no pinned activity, each move with its reason. Nothing is written. Errors: NOT_FOUND (plan,
   * resource, activity), VALIDATION (a range of more than 366 days, or ending before it starts).
   */
  'baseline/replan-propose': {
    request: z
      .object({
        planId: Id,
        disruption: Disruption,
        timeLimitMs: z.number().int().min(100).max(60_000).default(2_000),
        ignoreBaseline: z.boolean().default(false),
      })
      .strict(),
    response: Proposal,
  },
  /** Writes the disruption and the proposal's moves as ONE undoable edit. Errors: NOT_FOUND (expired proposal), VALIDATION (the schedule changed since). */
  'baseline/replan-apply': {
    request: z.object({ proposalId: z.string().min(1).max(100) }).strict(),
    response: z.object({ applied: z.number().int(), planIds: z.array(Id) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;
