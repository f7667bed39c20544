import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ActivityInput, PlanInput, TaskInput } from '../../../src-shared/model';
import { type IssueLike, issueInChinese } from '../../../src-shared/validation-zh';

const SHARED = join(__dirname, '..', '..', '..', 'src-shared');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? files(full) : full.endsWith('.ts') ? [full] : [];
  });
}

const zhOf = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  if (r.success) throw new Error('expected a refusal');
  return r.error.issues.map((i) => issueInChinese(i as IssueLike));
};

describe('Chinese validation messages', () => {
  it('has a Chinese sentence for every fixed rule message written in src-shared', () => {
    const missing: string[] = [];
    for (const file of files(SHARED)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/message: '([^']+)'/g)) {
        if (issueInChinese({ code: 'custom', message: m[1] }).startsWith('未通过校验'))
          missing.push(`${m[1]} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('words zod built-in checks and our refinements in Chinese', () => {
    const plan = { name: 'x', startDate: '2026-03-01', endDate: '2026-01-01' };
    expect(zhOf(PlanInput, plan)).toEqual(['结束日期不能早于开始日期']);
    expect(zhOf(PlanInput, { ...plan, name: '', endDate: '2026-12-31' })).toEqual(['不能为空']);
    expect(zhOf(PlanInput, { ...plan, name: '长'.repeat(201), endDate: '2026-12-31' })).toEqual([
      '不能超过 200 个字符',
    ]);
    const a = { planId: crypto.randomUUID(), title: 't', type: 'salon', start: '2026-03-02', end: '2026-03-01' };
    expect(zhOf(ActivityInput, a)).toEqual(['结束时间必须晚于开始时间']);
    expect(zhOf(ActivityInput, { ...a, type: 'party', end: '2026-03-02' })).toEqual(['不是允许的取值']);
    expect(zhOf(TaskInput, { planId: a.planId, title: 't' })[0]).toContain('偏移天数');
    expect(zhOf(z.object({ n: z.number().int() }), { n: undefined })).toEqual(['必填项']);
  });
});
