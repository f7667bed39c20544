import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../src-main/db/test-db';
import { createDispatch, type Dispatch } from '../../src-main/service/dispatch';
import { createPlanService } from '../../src-main/service/plan-service';
import { Workspace } from '../../src-main/service/workspace';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

const MIN = 60_000;
let db: TestDb;
let dispatch: Dispatch;
let source: TestCore;
/** The workspace's clock, which the plan-import previews expire on. */
let now = Date.parse('2026-01-05T09:00:00.000Z');

beforeEach(async () => {
  db = await createTestDb();
  const ws = new Workspace(db.db, () => new Date(now).toISOString());
  dispatch = createDispatch(createPlanService(ws, { version: 'test', door: 'test', dataDir: db.dir }), {
    checkResponses: true,
  });
  source = await createTestCore();
});
afterEach(async () => {
  await db.dispose();
  await source.dispose();
});

async function preview(): Promise<string> {
  const { plan } = await seedQuarter(source);
  const file = await source.call('file/export-plan', { planIds: [plan.id] });
  const r = await dispatch('file/preview-plan-import', { fileName: file.fileName, contentBase64: file.contentBase64 });
  if (!r.ok) throw new Error(r.error.message.en);
  return (r.value as { token: string }).token;
}
const code = (r: Awaited<ReturnType<Dispatch>>) => (r.ok ? 'ok' : r.error.code);

describe('plan import preview: expiry', () => {
  it('each ask for conflicts keeps the preview alive, so the apply works after more than 30 minutes in the dialog', async () => {
    const token = await preview();
    for (let i = 0; i < 3; i++) {
      now += 20 * MIN;
      expect(code(await dispatch('file/plan-import-conflicts', { token }))).toBe('ok');
    }
    now += 20 * MIN; // 80 minutes after the file was read, 20 after the last ask
    const applied = await dispatch('file/apply-plan-import', { token });
    expect(code(applied)).toBe('ok');
  });

  it('a preview left alone for more than 30 minutes has expired', async () => {
    const token = await preview();
    now += 20 * MIN;
    expect(code(await dispatch('file/plan-import-conflicts', { token }))).toBe('ok');
    now += 30 * MIN + 1;
    const r = await dispatch('file/plan-import-conflicts', { token });
    expect(code(r)).toBe('NOT_FOUND');
    if (!r.ok) expect(r.error.message.en).toContain('expired');
    expect(code(await dispatch('file/apply-plan-import', { token }))).toBe('NOT_FOUND');
  });
});
