import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-shared/errors';
import { parseInWorker } from '../../../src-main/files/worker-client';

const big = gzipSync(
  JSON.stringify({
    format: 'dangqi-plan',
    version: 1,
    app: 'x',
    plans: [],
    resources: [],
    segments: [],
    activities: Array.from({ length: 20_000 }, () => ({ id: 'x' })),
    budgetLines: [],
    risks: [],
    kpis: [],
    tasks: [],
  }),
);

describe('file worker', () => {
  it('stops a job that overruns its time, and the next job gets a fresh worker', async () => {
    const slow = parseInWorker({ kind: 'plan-file', bytes: big }, 1);
    await expect(slow).rejects.toMatchObject({ code: 'VALIDATION', details: { reason: 'timeout' } });
    const next = parseInWorker({ kind: 'plan-file', bytes: Buffer.from('{"format":"dangqi-plan","version":7}') });
    await expect(next).rejects.toMatchObject({ details: { reason: 'newer_version' } });
  }, 30_000);

  it('answers refusals as AppError with both languages', async () => {
    const e = await parseInWorker({ kind: 'table', bytes: Buffer.alloc(0) }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).localized['zh-CN']).toContain('空');
  }, 30_000);

  it('runs jobs one at a time and matches answers to requests', async () => {
    const results = await Promise.allSettled([
      parseInWorker({ kind: 'table', bytes: Buffer.from('a,b\n1,2\n') }),
      parseInWorker({ kind: 'plan-file', bytes: Buffer.from('nope') }),
      parseInWorker({ kind: 'table', bytes: Buffer.from('c,d\n3,4\n') }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const third = results[2];
    if (third.status === 'fulfilled') expect(third.value.sheets[0].rows[0]).toEqual(['c', 'd']);
  }, 30_000);
});
