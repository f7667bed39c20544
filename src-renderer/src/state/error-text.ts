import { isAppErrorData } from '../../../src-shared/errors';
import type { Lang } from '../i18n';
import { ApiError } from '../api/client';

/** The message to show for any failure, in the UI language; service errors carry both languages. */
export function errorText(error: unknown, lang: Lang): string {
  if (error instanceof ApiError) return error.data.message[lang];
  if (isAppErrorData(error)) return error.message[lang];
  if (error instanceof Error) return error.message;
  return String(error);
}

interface Issue {
  path: string;
  message: string;
  /** The service's Chinese wording of the same refusal. */
  messageZh?: string;
}

function isIssue(value: unknown): value is Issue {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    'message' in value &&
    typeof value.path === 'string' &&
    typeof value.message === 'string'
  );
}

/**
 * A VALIDATION error names each offending field (`details.issues[].path`, e.g. "end" or
 * "claims.0.quantity"); map them to the top-level field so forms can show them in place.
 * The service words each refusal in both languages (`message`, `messageZh`).
 */
export function fieldIssues(error: unknown, lang: Lang = 'en'): Record<string, string> {
  if (!(error instanceof ApiError) || error.data.code !== 'VALIDATION') return {};
  const details = error.data.details;
  if (typeof details !== 'object' || details === null || !('issues' in details) || !Array.isArray(details.issues))
    return {};
  const out: Record<string, string> = {};
  for (const issue of details.issues) {
    if (!isIssue(issue)) continue;
    const field = issue.path.split('.')[0] || '_';
    out[field] ??= lang === 'zh-CN' ? (issue.messageZh ?? `此项未通过校验（${issue.message}）`) : issue.message;
  }
  return out;
}
