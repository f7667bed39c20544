/**
 * Issue #17's faults, on 127.0.0.1: host A is killed (kill -9) right after its edits, before it
 * can have sent them; the sync server is killed right after B's edits. Each comes back on its
 * data folder (the server on its port) and A and B converge to one plan holding every edit that
 * was saved. A fresh host C joins and gets the whole plan. Every wait is on a state, with a limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from './support/api';
import { type RunningHost, makeDataDir, startHost } from './support/host';
import { type ServerProcess, planContent, startServerProcess, until } from './support/team';

const TOKEN = 'e2e-team-faults-token';
const cleanups: (() => Promise<void>)[] = [];
const hosts: RunningHost[] = [];
let server: ServerProcess;
let serverDir: string;

async function host(dir?: string): Promise<RunningHost> {
  let dataDir = dir;
  if (!dataDir) {
    const d = await makeDataDir();
    cleanups.push(d.remove);
    dataDir = d.dir;
  }
  const h = await startHost(dataDir);
  hosts.push(h);
  return h;
}

beforeAll(async () => {
  const s = await makeDataDir();
  serverDir = s.dir;
  cleanups.push(s.remove);
  server = await startServerProcess(serverDir, TOKEN);
});

afterAll(async () => {
  for (const h of hosts) await h.stop();
  await server.kill();
  for (const clean of cleanups.reverse()) await clean();
});

const bothEqual = async (x: RunningHost, y: RunningHost, planId: string) => [
  await planContent(x, planId),
  await planContent(y, planId),
];

describe('team sync through crashes', () => {
  it('converges after kill -9 of a host and of the server mid-sync, and a fresh host gets everything', async () => {
    let a = await host();
    const b = await host();
    await invoke(a, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师 A' });
    await invoke(b, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师 B' });
    const { plan } = await invoke(a, 'plan/create-from-template', {
      templateId: 'member_campaign',
      year: 2026,
      planName: '2026 崩溃测试',
      scale: 50_000,
    });
    const total = (await invoke(a, 'plan/get-snapshot', { id: plan.id })).activities.length;
    await until(
      'B has the whole plan',
      async () => (await invoke(b, 'plan/list', {})).some((p) => p.id === plan.id) && (await planContent(b, plan.id)),
      (c) => typeof c === 'string' && (JSON.parse(c) as unknown[]).length === total,
    );
    const [x, y] = (await invoke(a, 'plan/get-snapshot', { id: plan.id })).activities;

    // A saves two edits and dies at once: its sync had no time to finish.
    const aDir = a.dataDir;
    await invoke(a, 'activity/update', { id: x.id, title: 'A 崩溃前的标题' });
    await invoke(a, 'activity/update', { id: y.id, notes: 'A 崩溃前的备注' });
    await a.kill();
    a = await host(aDir);
    await until(
      'A’s saved edits reach B after its restart',
      () => bothEqual(a, b, plan.id),
      ([ca, cb]) => ca === cb && ca.includes('A 崩溃前的标题') && ca.includes('A 崩溃前的备注'),
    );

    // B edits and the server dies at once; it comes back on its port with its folder.
    await invoke(b, 'activity/update', { id: x.id, notes: 'B 在服务器崩溃时的备注' });
    const z = await invoke(b, 'activity/create', {
      planId: plan.id,
      title: 'B 在服务器崩溃时新建',
      type: 'salon',
      start: '2026-05-20',
      end: '2026-05-20',
    });
    const port = server.port;
    await server.kill();
    server = await startServerProcess(serverDir, TOKEN, port);
    const [merged] = await until(
      'A and B converge after the server’s restart',
      () => bothEqual(a, b, plan.id),
      ([ca, cb]) => ca === cb && ca.includes(z.id) && ca.includes('B 在服务器崩溃时的备注'),
    );
    const rows = JSON.parse(merged) as { id: string; title: string; notes: string }[];
    expect(rows.find((r) => r.id === x.id)).toMatchObject({
      title: 'A 崩溃前的标题',
      notes: 'B 在服务器崩溃时的备注',
    });
    expect(rows).toHaveLength(total + 1);

    // A newcomer gets everything from the server alone.
    const c = await host();
    await invoke(c, 'sync/join', { url: server.url, token: TOKEN, planner: '规划师 C' });
    await until(
      'C holds the same plan',
      async () =>
        (await invoke(c, 'plan/list', {})).some((p) => p.id === plan.id)
          ? planContent(c, plan.id)
          : Promise.resolve(''),
      (cc) => cc === merged,
    );
  });
});
