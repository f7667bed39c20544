import { z } from 'zod';
import { Download } from './contract-files';
import { Localized } from './rules';

/**
 * Backups and the workspace's health, spread into `contract` (contract.ts). Backups are made by
 * main on its own (at open, before large imports, every 15 minutes of editing); these channels
 * list them, make one now and restore one.
 */
export const BackupReason = z.enum(['open', 'migration', 'periodic', 'large-change', 'manual', 'restore']);
export type BackupReason = z.infer<typeof BackupReason>;

/** A backup file's name: only names the app itself writes are accepted, never a path. */
export const BackupName = z.string().regex(/^workspace-[0-9TZ-]+-[a-z-]+\.dangqi-db$/, 'not a backup name');

export const BackupInfo = z.object({
  name: BackupName,
  /** When it was made (ISO instant). */
  createdAt: z.string(),
  reason: BackupReason,
  /** Counts read when the backup was verified; null when the file could not be read. */
  plans: z.number().int().nullable(),
  activities: z.number().int().nullable(),
  sizeBytes: z.number().int(),
  /** Passed quick_check and the foreign-key check after it was written. */
  verified: z.boolean(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const WorkspaceStatus = z.object({
  /**
   * normal: open for editing. read-only: the folder or disk cannot be written; the workspace is
   * shown but every edit is refused. damaged: failed its check and was not opened; only the
   * backup channels work.
   */
  mode: z.enum(['normal', 'read-only', 'damaged']),
  /** What the planner should read (a banner or the damage screen); null in normal mode. */
  message: Localized.nullable(),
  /** The data folder's backups folder. */
  backupDir: z.string(),
  /** Damaged only: the newest backup that passes its check, to restore. */
  newestGoodBackup: BackupInfo.nullable(),
});
export type WorkspaceStatus = z.infer<typeof WorkspaceStatus>;

const Empty = z.object({}).strict();

/** What a salvage counts, by kind of record. */
export const SalvageKind = z.enum([
  'plans',
  'activities',
  'claims',
  'segmentLinks',
  'budgetLines',
  'risks',
  'kpis',
  'tasks',
  'resources',
  'segments',
  'baselines',
]);
export type SalvageKind = z.infer<typeof SalvageKind>;

/** What "export what can be read" from a damaged workspace recovered, and what it could not. */
export const SalvageReport = z.object({
  /** One plan file per recovered plan, to save like any export. */
  files: z.array(Download),
  kinds: z.array(
    z.object({
      kind: SalvageKind,
      /** Records written to the plan files (workspace records such as resources: the ones the plans use). */
      read: z.number().int(),
      /** Records that were there but could not be read or used. */
      lost: z.number().int(),
      /** `lost` is judged from the gaps in the record numbers (no index could count them). */
      estimated: z.boolean(),
    }),
  ),
  /** Plans whose own record was lost: their activities and items were kept under a new name. */
  renamedPlans: z.number().int(),
  /** The report as the planner reads it (what was saved, what was lost). */
  message: Localized,
});
export type SalvageReport = z.infer<typeof SalvageReport>;

export const backupChannels = {
  /** The workspace's mode (normal, read-only, damaged) and what to tell the planner. */
  'workspace/status': { request: Empty, response: WorkspaceStatus },
  /** Every backup, newest first. */
  'backup/list': { request: Empty, response: z.object({ dir: z.string(), backups: z.array(BackupInfo) }) },
  /** Makes and verifies a backup now. Errors: DISK_FULL, IO_ERROR, READ_ONLY, WORKSPACE_DAMAGED. */
  'backup/create': { request: Empty, response: BackupInfo },
  /**
   * Replaces the workspace with the backup in one step; the current workspace is first kept as a
   * backup itself (when it can be read). The renderer reloads afterwards: undo history is the
   * backup's. Errors: NOT_FOUND (no such backup), WORKSPACE_DAMAGED (the backup fails its check),
   * DISK_FULL, IO_ERROR, READ_ONLY.
   */
  'backup/restore': {
    request: z.object({ name: BackupName }).strict(),
    response: z.object({ restored: BackupInfo, keptAs: BackupInfo.nullable() }),
  },
  /**
   * Damaged only: reads what is still readable of the workspace, table by table and row by row,
   * into one plan file per plan, and says what was lost. The damaged file is not written to.
   * Errors: READ_ONLY (the workspace is not damaged: export its plans instead).
   */
  'workspace/salvage': {
    request: z.object({ language: z.enum(['zh-CN', 'en']) }).strict(),
    response: SalvageReport,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export const backupEvents = {
  /** The workspace changed mode (a restore finished, or damage was found while open). */
  'workspace/status': WorkspaceStatus,
} as const satisfies Record<string, z.ZodType>;
