import type { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import { type IssueLike, issueInChinese } from '../../src-shared/validation-zh';

/** Turns a zod failure into a VALIDATION error naming each offending field, in both languages. */
export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.slice(0, 20).map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
    messageZh: issueInChinese(i as IssueLike),
  }));
  const en = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  const zh = issues.map((i) => (i.path ? `${i.path}：${i.messageZh}` : i.messageZh)).join('；');
  return new AppError('VALIDATION', { 'zh-CN': `请求内容无效：${zh}`, en: `Invalid request: ${en}` }, { issues });
}
