/**
 * Issue #17 end to end: the team's sync server and two browser-door hosts A and B, each with its
 * own data folder, all on 127.0.0.1. A builds a plan from a template and B gets it; the server
 * stops; offline, A and B edit different fields of one activity, the same field of another, and
 * both book the same venue on one day; the server returns on its port with what it stored; both
 * converge to the same plan, keep both field edits, show one winner (the other value in the
 * concurrent-edits list) and report the venue clash. Every wait is on a condition, with a limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncServer, type SyncServer } from '../../src-main/sync-server/sync-server';
import { invoke } from './support/api';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { planContent } from './support/team';

const TOKEN = 'e2e-team-token';
const cleanups: (() => Promise<void>)[] = [];
let server: SyncServer;
let serverDir: string;
let a: RunningHost;
let b: RunningHost;

beforeAll(async () => {
  const s = await makeDataDir();
  serverDir = s.dir;
  cleanups.push(s.remove);
  server = await startSyncServer({ dataDir: serverDir, token: TOKEN });
  for (const name of ['a', 'b'] as const) {
    const d = await makeDataDir();
    cleanups.push(d.remove);
    const host = await startHost(d.dir);
    cleanups.push(host.stop);
    if (name === 'a') a = host;
    else b = host;
  }
});

afterAll(async () => {
  await server.close();
  for (const clean of cleanups.reverse()) await clean();
});

async function until<T>(what: string, read: () => Promise<T>, holds: (v: T) => boolean, limitMs = 60_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await read();
    if (holds(v)) return v;
    if (Date.now() > end)
      throw new Error(
        `not reached in ${limitMs} ms: ${what}; A: ${a.stderr().slice(-1500)} B: ${b.stderr().slice(-1500)} last: ${JSON.stringify(v).slice(0, 300)}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('team sync between two browser doors', () => {
  it('shares a template plan, converges after offline edits and reports the venue clash on both', async () => {
    await invoke(a, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师 A' });
    await invoke(b, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师 B' });
    const { plan } = await invoke(a, 'plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: '2026 团队档期',
      scale: 50_000,
    });
    const total = (await invoke(a, 'plan/get-snapshot', { id: plan.id })).activities.length;
    await until(
      'B has the whole plan',
      async () => (await invoke(b, 'plan/list', {})).some((p) => p.id === plan.id) && (await planContent(b, plan.id)),
      (c) => typeof c === 'string' && (JSON.parse(c) as unknown[]).length === total,
    );
    await until(
      'both synced',
      async () => [await invoke(a, 'sync/status', {}), await invoke(b, 'sync/status', {})],
      (s) => s.every((x) => x.state === 'synced'),
    );

    const snap = await invoke(a, 'plan/get-snapshot', { id: plan.id });
    const [x, y] = snap.activities;
    const venue = (await invoke(a, 'resource/list', {})).find((r) => r.kind === 'venue');
    expect(venue).toBeDefined();

    const port = server.port;
    await server.close();
    await until(
      'both offline',
      async () => [await invoke(a, 'sync/status', {}), await invoke(b, 'sync/status', {})],
      (s) => s.every((v) => v.state === 'offline'),
    );
    await invoke(a, 'activity/update', { id: x.id, title: `${x.title}（A 改）` });
    await invoke(b, 'activity/update', { id: x.id, notes: 'B 的备注' });
    await invoke(a, 'activity/update', { id: y.id, title: '同一字段 A' });
    await invoke(b, 'activity/update', { id: y.id, title: '同一字段 B' });
    const day = { start: '2026-11-18', end: '2026-11-18' };
    const claims = [{ resourceId: venue!.id, quantity: venue!.quantity }];
    const p = await invoke(a, 'activity/create', {
      planId: plan.id,
      title: 'A 的场地活动',
      type: 'salon',
      ...day,
      claims,
    });
    const q = await invoke(b, 'activity/create', {
      planId: plan.id,
      title: 'B 的场地活动',
      type: 'salon',
      ...day,
      claims,
    });
    expect((await invoke(a, 'sync/status', {})).pending).toBeGreaterThan(0);

    server = await startSyncServer({ dataDir: serverDir, token: TOKEN, port });
    const [ca] = await until(
      'A and B converge',
      async () => [await planContent(a, plan.id), await planContent(b, plan.id)],
      ([ca, cb]) => ca === cb && ca.includes(p.id) && ca.includes(q.id) && ca.includes('B 的备注'),
    );
    const merged = JSON.parse(ca) as { id: string; title: string; notes: string }[];
    expect(merged.find((r) => r.id === x.id)).toMatchObject({ title: `${x.title}（A 改）`, notes: 'B 的备注' });
    const shown = merged.find((r) => r.id === y.id)?.title;
    expect(['同一字段 A', '同一字段 B']).toContain(shown);
    for (const host of [a, b]) {
      const edits = await invoke(host, 'sync/concurrent-edits', { planId: plan.id });
      expect(edits.find((e) => e.id === y.id && e.field === 'title')).toMatchObject({
        shown,
        others: [shown === '同一字段 A' ? '同一字段 B' : '同一字段 A'],
      });
      const { findings } = await invoke(host, 'conflict/list', { planId: plan.id });
      expect(findings.some((f) => f.activityIds.includes(p.id) && f.activityIds.includes(q.id))).toBe(true);
    }
  });
});
