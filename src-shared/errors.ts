import type { EditOutcome } from './contract-outcome';

/**
 * Errors travel as data, never as thrown strings the UI must parse. Every error carries its
 * message in both UI languages so whichever door delivers it, the planner can read it.
 */
export const ERROR_CODES = [
  'VALIDATION', // the request did not match the channel's schema, or broke a domain rule
  'NOT_FOUND', // a referenced plan, activity, resource… does not exist
  'CONFLICT', // a stale edit: the entity changed or vanished since the caller's copy was read
  'NOTHING_TO_UNDO',
  'NOTHING_TO_REDO',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED', // the browser door's token was missing or wrong, or an IPC sender was not our window
  'NEWER_DATABASE', // the workspace was written by a newer Dangqi
  'NOT_A_WORKSPACE', // the file is not a Dangqi workspace
  'CANCELLED',
  'WORKSPACE_DAMAGED', // the workspace file failed its integrity check; it is not opened for editing
  'WORKSPACE_LOCKED', // another Dangqi process has the data folder open for writing
  'DISK_FULL', // SQLITE_FULL: the edit was not saved
  'READ_ONLY', // the data folder or disk cannot be written (SQLITE_READONLY): the edit was not saved
  'IO_ERROR', // SQLITE_IOERR: the disk failed to read or write; the edit was not saved
  'DATA_FOLDER_GONE', // the data folder (or the workspace file in it) disappeared while open
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface LocalizedText {
  'zh-CN': string;
  en: string;
}

export interface AppErrorData {
  code: ErrorCode;
  message: LocalizedText;
  details?: unknown;
}

/** Thrown inside main-process code; converted to AppErrorData at the door. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly localized: LocalizedText;
  readonly details?: unknown;

  constructor(code: ErrorCode, message: LocalizedText, details?: unknown) {
    super(message.en);
    this.name = 'AppError';
    this.code = code;
    this.localized = message;
    this.details = details;
  }

  toData(): AppErrorData {
    return { code: this.code, message: this.localized, details: this.details };
  }
}

export function isAppErrorData(value: unknown): value is AppErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'object' && v.message !== null;
}

export const notFound = (what: string, id: string): AppError =>
  new AppError(
    'NOT_FOUND',
    { 'zh-CN': `找不到${zhWhat(what)}（${id}）`, en: `No ${what} with id ${id}` },
    { what, id },
  );

/**
 * A stale edit: the caller's copy (read at `expected`) is no longer what is stored, so nothing
 * was written. `actual` (the stored updatedAt) is null when the entity has vanished since.
 */
export const staleEdit = (what: string, id: string, title: string, expected: string, actual: string | null): AppError =>
  new AppError(
    'CONFLICT',
    actual === null
      ? {
          'zh-CN': `该${zhWhat(what)}已被删除，修改未保存。`,
          en: `This ${what} was deleted meanwhile; the change was not saved.`,
        }
      : {
          'zh-CN': `${zhWhat(what)}「${title}」已在别处被修改，修改未保存；请查看最新内容后再改。`,
          en: `The ${what} "${title}" was changed elsewhere; the change was not saved. Review the latest version and edit again.`,
        },
    { what, id, expected, actual },
  );

const ZH_NAMES: Record<string, string> = {
  plan: '方案',
  activity: '活动',
  resource: '资源',
  segment: '会员分层',
  'budget line': '预算科目',
  risk: '风险',
  KPI: '指标',
  task: '任务',
  baseline: '定稿',
};
function zhWhat(what: string): string {
  return ZH_NAMES[what] ?? what;
}

/** The result of every channel call, whichever door it came through. */
export type Result<T> = { ok: true; value: T; outcome?: EditOutcome } | { ok: false; error: AppErrorData };
