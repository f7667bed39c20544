import { z } from 'zod';
import {
  ActivityInput,
  BudgetLineInput,
  Id,
  KpiInput,
  PlanInput,
  PlanSettings,
  ResourceInput,
  RiskInput,
  SegmentInput,
  TaskInput,
} from '../../../src-shared/model';
import { BaselineContentSchema } from '../../../src-shared/baseline/schema';

/**
 * The `.dangqi` plan file: gzip-compressed UTF-8 JSON (plain JSON is accepted on import too).
 *
 * { format: "dangqi-plan", version: 1, app, plans, resources, segments, activities,
 *   budgetLines, risks, kpis, tasks, baselines, automerge? }
 *
 * `baselines` (定稿, issue #16) is optional on read: files written before it simply have none, and
 * an older reader drops it (it strips keys it does not know), so the version stays 1.
 *
 * Rows carry their ids (so references inside the file resolve, and a calendar subscribed to an
 * activity's UID keeps working in a colleague's copy) but no timestamps: import is a new creation.
 * Arrays are sorted by id and objects keep one key order, so exporting the same content always
 * gives the same bytes (see export.ts for the round-trip definition).
 *
 * Each row is checked with the same input schema the contract uses for a create, so a file can
 * never put into the database what a request could not.
 */
export const PLAN_FILE_FORMAT = 'dangqi-plan';
export const PLAN_FILE_VERSION = 1;
export const PLAN_FILE_EXTENSION = '.dangqi';

/** Read first, on its own, so a newer file is refused as newer, not as malformed. */
export const PlanFileHeader = z.object({
  format: z.literal(PLAN_FILE_FORMAT),
  version: z.number().int().min(1),
});

/**
 * A row: its id plus whatever the create schema accepts. Parsed in two steps rather than with
 * z.intersection, which merges every value twice over (3x slower on 10k activities).
 */
const withId = <S extends z.ZodType>(schema: S) =>
  z
    .object({ id: Id })
    .passthrough()
    .transform((row, ctx): z.output<S> & { id: string } => {
      const r = schema.safeParse(row);
      if (!r.success) {
        for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
        return z.NEVER;
      }
      return { id: row.id, ...(r.data as object) } as z.output<S> & { id: string };
    });

/** Settings as stored: PlanSettings plus `rules` (engine settings, validated by the engine on read). */
const StoredSettings = z
  .record(z.string(), z.unknown())
  .refine((s) => PlanSettings.safeParse(s).success, { message: 'plan settings are invalid' });

export const FilePlan = withId(PlanInput.and(z.object({ settings: StoredSettings })));
export const FileResource = withId(ResourceInput);
export const FileSegment = withId(SegmentInput);
export const FileActivity = withId(ActivityInput);
export const FileBudgetLine = withId(BudgetLineInput);
export const FileRisk = withId(RiskInput);
export const FileKpi = withId(KpiInput);
export const FileTask = withId(TaskInput);

/** A baseline keeps when it was frozen: that time is what its change list counts from. */
export const FileBaseline = z.object({
  id: Id,
  planId: Id,
  name: z.string().trim().min(1).max(100),
  note: z.string().max(2000),
  frozenAt: z.string().datetime(),
  isReference: z.boolean(),
  content: BaselineContentSchema,
});

export const PlanFileBody = z.object({
  format: z.literal(PLAN_FILE_FORMAT),
  version: z.literal(PLAN_FILE_VERSION),
  app: z.string().max(50),
  plans: z.array(FilePlan).min(1).max(50),
  resources: z.array(FileResource).max(10_000),
  segments: z.array(FileSegment).max(10_000),
  activities: z.array(FileActivity).max(100_000),
  budgetLines: z.array(FileBudgetLine).max(100_000),
  risks: z.array(FileRisk).max(100_000),
  kpis: z.array(FileKpi).max(100_000),
  tasks: z.array(FileTask).max(100_000),
  baselines: z.array(FileBaseline).max(1000).default([]),
  /**
   * Issue #17: each plan's Automerge document (base64 of its saved bytes), keyed by plan id. It
   * gives a colleague's edited copy a common ancestor with the plan here, so importing it can
   * merge instead of copy. Optional: files of earlier versions have none and import as before.
   */
  automerge: z
    .record(Id, z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'))
    .refine((r) => Object.keys(r).length <= 50, { message: 'too many plan documents' })
    .optional(),
});

export type FilePlan = z.output<typeof FilePlan>;
export type FileResource = z.output<typeof FileResource>;
export type FileSegment = z.output<typeof FileSegment>;
export type FileActivity = z.output<typeof FileActivity>;
export type FileBudgetLine = z.output<typeof FileBudgetLine>;
export type FileRisk = z.output<typeof FileRisk>;
export type FileKpi = z.output<typeof FileKpi>;
export type FileTask = z.output<typeof FileTask>;
export type FileBaseline = z.output<typeof FileBaseline>;
export type PlanFile = z.output<typeof PlanFileBody>;
