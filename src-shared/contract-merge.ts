import { z } from 'zod';
import { Id } from './model';
import { Localized } from './rules';

/**
 * Plan files that merge (issue #17), spread into `contract` (contract.ts). A plan file carries
 * its plan's Automerge document; when the plan is already here (a colleague's edited copy of it),
 * the file can be merged instead of imported as a copy: the preview says what they changed,
 * what I changed, what both changed (both values, and which one wins on every laptop) and the
 * conflicts the merged schedule has that the current one does not; applying is one undoable edit.
 */
const FileName = z.string().min(1).max(255);
const Base64 = z
  .string()
  .max(12_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');

/** The kinds of rows a plan holds; a claim or segment link is shown as part of its activity. */
export const MergeEntity = z.enum(['plan', 'activity', 'claim', 'segment-link', 'budget-line', 'risk', 'kpi', 'task']);
export type MergeEntity = z.infer<typeof MergeEntity>;

export const FieldValue = z.union([z.string(), z.number(), z.null()]);
export type FieldValue = z.infer<typeof FieldValue>;
/** A row's id; a claim's or segment link's is "activityId|resourceId" (what it links, see plan-docs.ts). */
const RowKey = z.string().min(1).max(100);

/** One row one side changed since the common ancestor: created, deleted, or these fields. */
export const MergeRowChange = z.object({
  entity: MergeEntity,
  id: RowKey,
  /** The row's title or name (for a claim or segment link: its activity's title). */
  label: z.string(),
  kind: z.enum(['created', 'deleted', 'updated']),
  fields: z.array(z.object({ field: z.string(), before: FieldValue, after: FieldValue })),
});
export type MergeRowChange = z.infer<typeof MergeRowChange>;

/** A field both sides changed to different values: one wins on every laptop, the other stays visible. */
export const ConcurrentFieldEdit = z.object({
  entity: MergeEntity,
  id: RowKey,
  label: z.string(),
  field: z.string(),
  ancestor: FieldValue,
  mine: FieldValue,
  theirs: FieldValue,
  /** Which value the merge keeps (Automerge's rule, the same on every copy). */
  winner: z.enum(['mine', 'theirs']),
});
export type ConcurrentFieldEdit = z.infer<typeof ConcurrentFieldEdit>;

export const MergeConflict = z.object({
  ruleId: z.string(),
  severity: z.enum(['hard', 'soft']),
  message: Localized,
  span: z.object({ start: z.string(), end: z.string() }).nullable(),
  activityIds: z.array(Id),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const PlanMergePreview = z.object({
  /** Pass back to file/apply-plan-merge; valid like an import preview's token. */
  token: z.string().uuid(),
  fileName: z.string(),
  plans: z.array(
    z.object({
      planId: Id,
      name: z.string(),
      theirs: z.array(MergeRowChange),
      mine: z.array(MergeRowChange),
      both: z.array(ConcurrentFieldEdit),
      /** Conflicts of the merged plan that it does not have now (at most 200 listed). */
      conflicts: z.array(MergeConflict),
    }),
  ),
});
export type PlanMergePreview = z.infer<typeof PlanMergePreview>;

export const mergeChannels = {
  /**
   * Reads a plan file whose plans are here already and previews merging it. Errors: VALIDATION
   * with details.reason `not_mergeable` when no plan of the file is here or the file carries no
   * document (written by an older version: import it as a copy instead); the file errors of
   * file/preview-plan-import.
   */
  'file/preview-plan-merge': {
    request: z.object({ fileName: FileName, contentBase64: Base64 }).strict(),
    response: PlanMergePreview,
  },
  /** Applies a previewed merge as one undoable edit. Errors: NOT_FOUND when the preview expired. */
  'file/apply-plan-merge': {
    request: z.object({ token: z.string().uuid() }).strict(),
    response: z.object({ planIds: z.array(Id) }),
  },
} as const;
