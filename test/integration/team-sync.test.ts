/**
 * Two laptops in a team (issue #17), each a whole core over its own SQLite file, synced through
 * the team's sync server on 127.0.0.1: a plan made on A reaches B; with the server stopped both
 * edit; when it returns both converge to one plan, keep both field edits, show one winner of the
 * same-field edit, and both find the venue clash between their bookings. Bounded: every wait is
 * on a condition, with a limit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPlanRows } from '../../src-main/db/queries/plan-docs';
import { startSyncServer, type SyncServer } from '../../src-main/sync-server/sync-server';
import { planDocsOf } from '../../src-main/sync/plan-docs';
import { SyncClient } from '../../src-main/sync/sync-client';
import { type TestCore, createTestCore } from '../support/core';

const TOKEN = 'team-token-1234';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function laptop(url: string): Promise<{ core: TestCore; client: SyncClient }> {
  const core = await createTestCore();
  const client = new SyncClient(core.workspace, planDocsOf(core.workspace), { url, token: TOKEN, retryMs: 100 });
  cleanups.push(async () => {
    await client.stop();
    await planDocsOf(core.workspace).settled();
    await core.dispose();
  });
  return { core, client };
}

async function server(dataDir: string, port = 0): Promise<SyncServer> {
  const s = await startSyncServer({ dataDir, token: TOKEN, port });
  cleanups.push(() => s.close());
  return s;
}

async function until<T>(what: string, read: () => Promise<T>, holds: (v: T) => boolean, limitMs = 30_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await read();
    if (holds(v)) return v;
    if (Date.now() > end) throw new Error(`not reached in ${limitMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const dump = async (core: TestCore, planId: string) => JSON.stringify(sortKeys(await readPlanRows(core.db.db, planId)));
function sortKeys(v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>)
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([k, x]) => [k, sortKeys(x)]),
  );
}

describe('team sync through the sync server', () => {
  it('a plan reaches the colleague; offline edits on both converge with both field edits, one winner and the venue clash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dangqi-team-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const first = await server(dir);
    const a = await laptop(first.url);
    const b = await laptop(first.url);

    const plan = await a.core.call('plan/create', { name: '团队档期', startDate: '2026-01-01', endDate: '2026-03-31' });
    const hall = await a.core.call('resource/create', { name: '一号宴会厅', kind: 'venue', quantity: 1 });
    const x = await a.core.call('activity/create', {
      planId: plan.id,
      title: '春节会员日',
      type: 'festival',
      start: '2026-02-14',
      end: '2026-02-16',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
    const y = await a.core.call('activity/create', {
      planId: plan.id,
      title: '会员沙龙',
      type: 'salon',
      start: '2026-03-01',
      end: '2026-03-01',
    });
    await a.client.start();
    await b.client.start();
    const seen = await until(
      'B sees A’s plan',
      () => readPlanRows(b.core.db.db, plan.id),
      (r) => r !== null && Object.keys(r.activities).length === 2,
    );
    expect(seen?.activities[x.id].title).toBe('春节会员日');
    await until(
      'A reports synced',
      async () => a.client.status().state,
      (s) => s === 'synced',
    );

    // The server stops: both go on offline.
    const port = first.port;
    await first.close();
    await until(
      'A is offline',
      async () => a.client.status().state,
      (s) => s === 'offline',
    );
    await until(
      'B is offline',
      async () => b.client.status().state,
      (s) => s === 'offline',
    );
    await a.core.call('activity/update', { id: x.id, title: '春节会员日（A 改）' });
    await b.core.call('activity/update', { id: x.id, notes: 'B 的备注' });
    await a.core.call('activity/update', { id: y.id, title: '会员沙龙 A' });
    await b.core.call('activity/update', { id: y.id, title: '会员沙龙 B' });
    const p = await a.core.call('activity/create', {
      planId: plan.id,
      title: 'A 的场地活动',
      type: 'vip_day',
      start: '2026-03-10',
      end: '2026-03-10',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
    const q = await b.core.call('activity/create', {
      planId: plan.id,
      title: 'B 的场地活动',
      type: 'salon',
      start: '2026-03-10',
      end: '2026-03-10',
      claims: [{ resourceId: hall.id, quantity: 1 }],
    });
    expect(a.client.status().pending).toBeGreaterThan(0);

    // The server returns on the same port with what it stored.
    await server(dir, port);
    const converged = await until(
      'A and B converge',
      async () => [await dump(a.core, plan.id), await dump(b.core, plan.id)],
      ([da, db]) => da === db && da.includes(p.id) && da.includes(q.id) && da.includes('B 的备注'),
    );
    const rows = JSON.parse(converged[0]) as NonNullable<Awaited<ReturnType<typeof readPlanRows>>>;
    expect(rows.activities[x.id]).toMatchObject({ title: '春节会员日（A 改）', notes: 'B 的备注' });
    expect(['会员沙龙 A', '会员沙龙 B']).toContain(rows.activities[y.id].title);
    for (const side of [a, b]) {
      const { findings } = await side.core.call('conflict/list', { planId: plan.id });
      expect(findings.some((f) => f.activityIds.includes(p.id) && f.activityIds.includes(q.id))).toBe(true);
    }
    await until(
      'A reports synced again',
      async () => a.client.status().state,
      (s) => s === 'synced',
    );
  });
});
