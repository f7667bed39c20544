import { z } from 'zod';
import { ActivityType, Id, ResourceKind, SegmentDimension } from './model';

/**
 * File channels (plan files, spreadsheets, calendars), spread into `contract` (contract.ts).
 * Content travels base64 inside the JSON request/response so both doors carry it the same way;
 * the renderer turns it into a download or reads an upload. Untrusted files are parsed in a
 * worker thread with a timeout; a refused file answers VALIDATION with `details.reason`
 * (a stable code such as `newer_version`, `too_large_expanded`, `too_deep`, `dangerous_key`,
 * `damaged`, `invalid`) and writes nothing.
 */
const FileName = z.string().min(1).max(255);
/** ~9 MB of bytes; the browser door's 8 MB request cap is the tighter bound there. */
const Base64 = z
  .string()
  .max(12_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64');
const Upload = z.object({ fileName: FileName, contentBase64: Base64 }).strict();
export const Download = z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() });
export type Download = z.infer<typeof Download>;
const Token = z.string().uuid();

const Match = z.object({ id: Id, name: z.string() }).nullable();
/** A conflict importing would create with an existing activity (rules engine, default settings). */
export const ImportConflict = z.object({
  ruleId: z.string(),
  severity: z.enum(['hard', 'soft']),
  message: z.object({ 'zh-CN': z.string(), en: z.string() }),
  span: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Activities of the file (file ids, as in `plans`) and of the workspace involved. */
  fileActivityIds: z.array(Id),
  existingActivityIds: z.array(Id),
});
export type ImportConflict = z.infer<typeof ImportConflict>;
export const PlanImportPreview = z.object({
  /** Pass back to file/apply-plan-import; valid until 30 minutes pass without a call that uses it (this session only). */
  token: Token,
  fileName: z.string(),
  formatVersion: z.number().int(),
  writtenBy: z.string(),
  plans: z.array(
    z.object({
      fileId: Id,
      name: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      activities: z.number().int(),
      budgetLines: z.number().int(),
      risks: z.number().int(),
      kpis: z.number().int(),
      tasks: z.number().int(),
      /** The workspace plan with this plan's id: the file is an export of it, and importing adds a copy. */
      copyOf: z.object({ id: Id, name: z.string() }).nullable(),
    }),
  ),
  /** Resources of the file; `match` is the workspace resource of the same name and kind it will use (else it is created). */
  resources: z.array(
    z.object({ fileId: Id, name: z.string(), kind: ResourceKind, quantity: z.number(), match: Match }),
  ),
  segments: z.array(z.object({ fileId: Id, name: z.string(), dimension: SegmentDimension, match: Match })),
  /** True when some ids already exist here (the file was imported before): the copy gets new ids. */
  copiesExisting: z.boolean(),
  /** Conflicts with existing activities, with the default matches (at most 200 listed); file/plan-import-conflicts gives them for a remap. */
  conflicts: z.array(ImportConflict),
});
export type PlanImportPreview = z.infer<typeof PlanImportPreview>;

/** fileId → an existing workspace id to use instead, or null to create the file's row as new. */
const Remap = z.record(Id, Id.nullable());

export const TABLE_TARGETS = ['activities', 'budget'] as const;
export const TableTarget = z.enum(TABLE_TARGETS);
export const TABLE_FIELDS = [
  'title',
  'type',
  'start',
  'end',
  'startTime',
  'endTime',
  'owner',
  'status',
  'participants',
  'amount',
  'notes',
  'activity',
  'phase',
  'category',
  'description',
  'planned',
  'committed',
  'actual',
  'date',
] as const;
export const TableField = z.enum(TABLE_FIELDS);
export type TableField = z.infer<typeof TableField>;
/** Column index (as a string key) → field, or null to ignore the column. */
const Mapping = z.record(z.string().regex(/^\d{1,3}$/), TableField.nullable());

const TableOptions = {
  planId: Id,
  target: TableTarget,
  sheet: z.string().max(100).optional(),
  mapping: Mapping.optional(),
  /** The year for dates written without one (3月8日); never guessed. */
  year: z.number().int().min(1900).max(2200).optional(),
  /** Activity type for rows without a readable type column. */
  defaultType: ActivityType.optional(),
};
export const TableRowPreview = z.object({
  rowNumber: z.number().int(),
  cells: z.array(z.string()),
  /** The row as it will be written (activity or budget line fields), when it could be read. */
  record: z.record(z.string(), z.unknown()).nullable(),
  errors: z.array(z.object({ column: z.string(), zh: z.string(), en: z.string() })),
});
export const TableImportPreview = z.object({
  token: Token,
  sheets: z.array(z.string()),
  sheet: z.string(),
  encoding: z.string(),
  headers: z.array(z.string()),
  /** Hash of the header row: the layout a remembered mapping belongs to. */
  layoutHash: z.string(),
  mapping: z.record(z.string(), TableField.nullable()),
  mappingSource: z.enum(['given', 'remembered', 'detected']),
  /** Dates without a year were found and no year was given: ask the planner. */
  needsYear: z.boolean(),
  rows: z.array(TableRowPreview),
  readable: z.number().int(),
  unreadable: z.number().int(),
});
export type TableImportPreview = z.infer<typeof TableImportPreview>;

const FileMessage = z.object({ zh: z.string(), en: z.string() });
export const IcsEventPreview = z.object({
  uid: z.string(),
  title: z.string(),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string(),
  /** The id it will get; an existing activity with that id means an earlier import (same UID, or same content without one). */
  activityId: Id,
  /** Already in the workspace (an earlier import), or a repeat of an earlier event of this file: skipped. */
  duplicate: z.boolean(),
  /** Entirely before the plan's start or after its end: imported only when the apply asks for them. */
  outsidePlan: z.boolean(),
  /** Why the event cannot be imported; such events are skipped. */
  errors: z.array(FileMessage),
  /** Imported, but not exactly as written (unknown time zone, no end time, a rule that matches no date …). */
  warnings: z.array(FileMessage),
});
export const IcsImportPreview = z.object({
  token: Token,
  calendarName: z.string(),
  timeZone: z.string(),
  /** The plan's dates, against which `outsidePlan` is judged. */
  planStart: z.string(),
  planEnd: z.string(),
  events: z.array(IcsEventPreview),
  /** Recurring events cut at the expansion cap. */
  truncatedRecurrences: z.number().int(),
  /** About the file as a whole (cancelled events left out, repeated UIDs). */
  notices: z.array(FileMessage),
});
export type IcsImportPreview = z.infer<typeof IcsImportPreview>;

/** The language an export is written in (the UI's); Chinese when not said. */
const ExportLanguage = z.enum(['zh-CN', 'en']).default('zh-CN');
const Quarter = z.object({ year: z.number().int().min(1900).max(2200), quarter: z.number().int().min(1).max(4) });

export const fileChannels = {
  /** The chosen plans as one `.dangqi` file. Errors: NOT_FOUND. */
  'file/export-plan': { request: z.object({ planIds: z.array(Id).min(1).max(50) }).strict(), response: Download },
  /** Reads a plan file (in a worker) and says what importing it would add. Errors: VALIDATION (refused file). */
  'file/preview-plan-import': { request: Upload, response: PlanImportPreview },
  /**
   * The conflicts the previewed file would create under the planner's current remap (same maps as
   * the apply; a resource made new clashes with nothing here). Nothing is written.
   * Errors: NOT_FOUND (expired token, remap target).
   */
  'file/plan-import-conflicts': {
    request: z.object({ token: Token, resourceMap: Remap.default({}), segmentMap: Remap.default({}) }).strict(),
    response: z.object({ conflicts: z.array(ImportConflict) }),
  },
  /**
   * Adds the previewed plans as ONE undoable edit; a plan already here (`copyOf`) comes in as a
   * copy named "… (副本)" or "… (copy)" by `language`. Errors: NOT_FOUND (expired token, remap target).
   */
  'file/apply-plan-import': {
    request: z
      .object({
        token: Token,
        resourceMap: Remap.default({}),
        segmentMap: Remap.default({}),
        language: z.enum(['zh-CN', 'en']).default('zh-CN'),
      })
      .strict(),
    response: z.object({ planIds: z.array(Id) }),
  },
  /**
   * CSV (UTF-8 with/without BOM, GB18030) or XLSX into activities or budget lines. Send the file
   * once (`fileName` + `contentBase64`), then re-preview with the returned `token` and a changed
   * mapping/year/sheet. Nothing is written. Errors: VALIDATION (refused file), NOT_FOUND.
   */
  'file/preview-table-import': {
    request: z
      .object({
        ...TableOptions,
        fileName: FileName.optional(),
        contentBase64: Base64.optional(),
        token: Token.optional(),
      })
      .strict(),
    response: TableImportPreview,
  },
  /** Writes the readable rows of the preview as ONE undoable edit and remembers the mapping for this layout. */
  'file/apply-table-import': {
    request: z.object({ ...TableOptions, token: Token }).strict(),
    response: z.object({ created: z.number().int(), skipped: z.number().int(), activityIds: z.array(Id) }),
  },
  /** Activities, budget lines or risks as XLSX (one sheet each when `what` is `all`) or CSV (UTF-8 with BOM). */
  'file/export-table': {
    request: z
      .object({
        planId: Id,
        what: z.enum(['activities', 'budget', 'risks', 'all']),
        format: z.enum(['xlsx', 'csv']),
        /** The UI's language: headers, sheet names and enum words are written in it. */
        language: ExportLanguage,
      })
      .strict(),
    response: Download,
  },
  /** The plan, or one quarter of it, as an iCalendar file. Errors: NOT_FOUND. */
  'file/export-ics': {
    request: z.object({ planId: Id, quarter: Quarter.optional(), language: ExportLanguage }).strict(),
    response: Download,
  },
  /** Reads an .ics (Outlook, Google, Apple) in a worker. Errors: VALIDATION (refused file), NOT_FOUND. */
  'file/preview-ics-import': {
    request: z.object({ planId: Id, fileName: FileName, contentBase64: Base64 }).strict(),
    response: IcsImportPreview,
  },
  /**
   * Adds the previewed events as activities (ONE undoable edit); duplicates and unreadable events
   * are skipped, and so are events outside the plan's dates unless `includeOutsidePlan`.
   */
  'file/apply-ics-import': {
    request: z
      .object({
        planId: Id,
        token: Token,
        type: ActivityType.default('other'),
        includeOutsidePlan: z.boolean().default(false),
      })
      .strict(),
    response: z.object({ created: z.number().int(), skipped: z.number().int(), activityIds: z.array(Id) }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;
