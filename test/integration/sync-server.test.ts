/**
 * The team's sync server on 127.0.0.1: members holding the token exchange plan documents through
 * it, a stranger without the token is refused before any byte of a plan, and the server keeps what
 * it was sent across a restart, so a member who joins later still gets everything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getConflicts } from '@automerge/automerge';
import { Repo, type AutomergeUrl, type PeerId } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startSyncServer, type SyncServer } from '../../src-main/sync-server/sync-server';

const TOKEN = 'team-token-1234';
interface PlanDoc {
  title: string;
  activities: Record<string, { title: string; start: string }>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-sync-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function server(dataDir: string): Promise<SyncServer> {
  const s = await startSyncServer({ dataDir, token: TOKEN });
  cleanups.push(() => s.close());
  return s;
}

function member(url: string, name: string, token = TOKEN): Repo {
  const repo = new Repo({ network: [new WebSocketClientAdapter(`${url}/?token=${token}`)], peerId: name as PeerId });
  cleanups.push(() => repo.shutdown());
  return repo;
}

/** Waits until the member is connected to the server (its one peer). */
async function connected(repo: Repo): Promise<void> {
  for (let i = 0; i < 400 && repo.peers.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
  expect(repo.peers).toEqual(['dangqi-sync-server']);
}

/** Polls a document on a member until the check holds (sync is asynchronous by nature). */
async function eventually<T>(read: () => T | undefined, holds: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const v = read();
    if (v !== undefined && holds(v)) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('sync did not converge in 5 s');
}

describe('the sync server', () => {
  it('relays a plan between two members holding the token, and both see one winner of a same-field edit', async () => {
    const s = await server(tempDir());
    const a = member(s.url, 'planner-a');
    const b = member(s.url, 'planner-b');
    await connected(a);
    await connected(b);

    const handleA = a.create<PlanDoc>({
      title: '2027年会员档期',
      activities: { x1: { title: '会员沙龙', start: '2027-03-06' } },
    });
    const handleB = await b.find<PlanDoc>(handleA.url);
    expect(handleB.doc().activities.x1.title).toBe('会员沙龙');

    // Both change the same field at once: Automerge picks the same winner everywhere and keeps the other.
    handleA.change((d) => (d.activities.x1.start = '2027-03-07'));
    handleB.change((d) => (d.activities.x1.start = '2027-03-13'));
    const settledA = await eventually(
      () => handleA.doc(),
      (d) => getConflicts(d.activities.x1, 'start') !== undefined,
    );
    const settledB = await eventually(
      () => handleB.doc(),
      (d) => getConflicts(d.activities.x1, 'start') !== undefined,
    );
    expect(settledA.activities.x1.start).toBe(settledB.activities.x1.start);
    expect(Object.values(getConflicts(settledA.activities.x1, 'start') ?? {}).sort()).toEqual([
      '2027-03-07',
      '2027-03-13',
    ]);
  });

  it('refuses a connection without the right token before the WebSocket opens', async () => {
    const s = await server(tempDir());
    for (const url of [`${s.url}/`, `${s.url}/?token=wrong-token-00`]) {
      const status = await new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => resolve(-1));
      });
      expect(status).toBe(401);
    }
  });

  it('keeps what it was sent across a restart: a member joining later gets the plan', async () => {
    const dir = tempDir();
    const first = await startSyncServer({ dataDir: dir, token: TOKEN });
    const a = member(first.url, 'planner-a');
    await connected(a);
    const handle = a.create<PlanDoc>({ title: '会员大会', activities: {} });
    handle.change((d) => (d.activities.k1 = { title: '技术压力测试', start: '2027-05-30' }));
    const url: AutomergeUrl = handle.url;
    // The server has stored the change once it can hand it to another member.
    const probe = member(first.url, 'probe');
    await connected(probe);
    const seen = await probe.find<PlanDoc>(url);
    await eventually(
      () => seen.doc(),
      (d) => d.activities.k1 !== undefined,
    );
    await first.close();

    const again = await server(dir);
    const c = member(again.url, 'planner-c');
    await connected(c);
    const doc = (await c.find<PlanDoc>(url)).doc();
    expect(doc.activities.k1).toEqual({ title: '技术压力测试', start: '2027-05-30' });
  });
});
