import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITABLE_TABLES } from '../../src-main/db/schema';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

/**
 * Hostile and broken files through the real channels (worker included): every answer is a
 * result or a VALIDATION refusal with a reason, never INTERNAL, and previewing writes nothing.
 */
let core: TestCore;
let planId: string;
let valid: string;
beforeAll(async () => {
  core = await createTestCore();
  const { plan } = await seedQuarter(core);
  planId = plan.id;
  valid = (await core.call('file/export-plan', { planIds: [plan.id] })).contentBase64;
});
afterAll(() => core.dispose());

function dump(): string {
  return JSON.stringify(
    EDITABLE_TABLES.map((t) => core.db.raw.prepare(`SELECT * FROM ${t} ORDER BY id`).all()).concat([
      core.db.raw.prepare('SELECT seq FROM history_edits').all(),
    ]),
  );
}

const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ maxLength: 500 }).map((s) => Buffer.from(s)),
  fc.record({ at: fc.nat(), b: fc.integer({ min: 0, max: 255 }), cut: fc.nat() }).map(({ at, b, cut }) => {
    const v = Buffer.from(valid, 'base64');
    v[at % v.length] = b;
    return v.subarray(0, Math.max(1, cut % (v.length + 1)));
  }),
  fc.jsonValue({ maxDepth: 4 }).map((j) => gzipSync(JSON.stringify({ format: 'dangqi-plan', version: 1, plans: j }))),
);

describe('hostile files through the channels', () => {
  it('previews answer a result or a reasoned refusal and write nothing', async () => {
    const before = dump();
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('plan', 'table', 'ics'), async (b, kind) => {
        const contentBase64 = Buffer.from(b).toString('base64');
        const r =
          kind === 'plan'
            ? await core.dispatch('file/preview-plan-import', { fileName: 'x.dangqi', contentBase64 })
            : kind === 'table'
              ? await core.dispatch('file/preview-table-import', {
                  planId,
                  target: 'activities',
                  fileName: 'x.csv',
                  contentBase64,
                })
              : await core.dispatch('file/preview-ics-import', { planId, fileName: 'x.ics', contentBase64 });
        if (!r.ok) {
          expect(r.error.code).toBe('VALIDATION');
          expect(r.error.message['zh-CN'].length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150, seed: 99 },
    );
    expect(dump()).toBe(before);
  }, 120_000);

  it('apply with an unknown or expired token is NOT_FOUND and writes nothing', async () => {
    const before = dump();
    const token = crypto.randomUUID();
    for (const [channel, args] of [
      ['file/apply-plan-import', { token }],
      ['file/apply-table-import', { token, planId, target: 'activities' }],
      ['file/apply-ics-import', { token, planId }],
    ] as const) {
      const r = await core.dispatch(channel, args);
      expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    }
    expect(dump()).toBe(before);
  });

  it('request shapes are checked at the door: bad base64 and oversize names are VALIDATION', async () => {
    const r1 = await core.dispatch('file/preview-plan-import', { fileName: 'x', contentBase64: 'not base64 !!' });
    const r2 = await core.dispatch('file/preview-plan-import', { fileName: 'x'.repeat(300), contentBase64: '' });
    expect([r1.ok, r2.ok]).toEqual([false, false]);
  });
});

describe('archives that lie about their sizes', () => {
  it('a zip and a gzip expanding to 2 GB behind small headers are refused with the host under 1 GB', async () => {
    // Its own process, so the peak resident memory is this file's alone (worker thread included).
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../support/hostile-memory-child.ts')],
      { timeout: 120_000 },
    );
    const r = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      zip: { reason: string; ms: number };
      gzip: { reason: string; ms: number };
      peakMb: number;
    };
    expect([r.zip.reason, r.gzip.reason]).toEqual(['too_large_expanded', 'too_large_expanded']);
    expect(r.peakMb).toBeLessThanOrEqual(1024);
  }, 150_000);
});
