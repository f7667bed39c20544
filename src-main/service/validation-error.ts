import type { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import { fieldLabel } from '../../src-shared/field-labels';
import { type IssueLike, issueInChinese } from '../../src-shared/validation-zh';

/** Turns a zod failure into a VALIDATION error naming each offending field, in both languages. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
    messageZh: issueInChinese(i as IssueLike),
  }));
  // The message names each field by its label (预计参与人数), never its key; `path` stays in the
  // details for the UI to put the message beside the right field.
  const label = (k: number, lang: 'zh-CN' | 'en') => fieldLabel(error.issues[k].path.map(String), lang);
  const en = issues
    .map((i, k) => {
      const l = label(k, 'en');
      return l ? `${l}: ${i.message}` : i.message;
    })
    .join('; ');
  const zh = issues
    .map((i, k) => {
      const l = label(k, 'zh-CN');
      return l ? `${l}：${i.messageZh}` : i.messageZh;
    })
    .join('；');
  return new AppError('VALIDATION', { 'zh-CN': `请求内容无效：${zh}`, en: `Invalid request: ${en}` }, { issues });
}
