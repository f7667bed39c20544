/**
 * Team sync figures (issue #17), on 127.0.0.1 with the real sync server:
 * - sync_first_ms_2k: a new member joins and has a 2,000-activity plan in its SQLite (target ≤ 3000);
 * - sync_edit_ms_p95: an edit on A until it is in B's SQLite, 20 edits (target ≤ 250);
 * - automerge_doc_kb_10k: the saved Automerge document of a 10,000-activity plan;
 * - sync_server_rss_mb_20_plans: the server process's resident memory holding 20 plans of 200 activities.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { save } from '@automerge/automerge';
import { activityToRow } from '../../../src-main/db/queries/activities';
import { readPlanRows } from '../../../src-main/db/queries/plan-docs';
import { planToRow } from '../../../src-main/db/queries/plans';
import { selectRow } from '../../../src-main/db/row-ops';
import { createTestDb } from '../../../src-main/db/test-db';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { startSyncServer } from '../../../src-main/sync-server/sync-server';
import { newPlanDoc, randomActor } from '../../../src-main/sync/plan-doc';
import { planDocsOf } from '../../../src-main/sync/plan-docs';
import { SyncClient } from '../../../src-main/sync/sync-client';
import { type Activity, type Plan, addDays } from '../../../src-shared/model';
import type { BenchSuite } from '../run';

const TOKEN = 'bench-team-token';
const NOW = '2026-01-01T00:00:00.000Z';

async function laptop() {
  const t = await createTestDb();
  const ws = new Workspace(t.db);
  const call = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: '' }));
  return { t, ws, call };
}

async function seedPlan(ws: Workspace, n: number): Promise<string> {
  const plan: Plan = {
    id: crypto.randomUUID(),
    name: `${n} 条活动`,
    timeZone: 'Asia/Shanghai',
    currency: 'CNY',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    createdAt: NOW,
    updatedAt: NOW,
  };
  const acts: Activity[] = Array.from({ length: n }, (_, i) => {
    const start = addDays('2026-01-01', i % 360);
    return {
      id: crypto.randomUUID(),
      planId: plan.id,
      title: `活动 ${i}`,
      type: 'salon',
      status: 'planned',
      allDay: true,
      start,
      end: start,
      windowStart: null,
      windowEnd: null,
      priority: 'normal',
      pinned: false,
      owner: '张三',
      expectedParticipants: 100,
      notes: i % 5 === 0 ? '备注：请提前一周确认场地与物料。' : '',
      backupPlan: '',
      claims: [],
      segmentIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
  });
  await ws.edit({ 'zh-CN': '准备', en: 'seed' }, async (rec) => {
    await rec.insert('plans', planToRow(plan));
    await rec.insertMany('activities', acts.map(activityToRow));
  });
  return plan.id;
}

async function until(read: () => Promise<boolean>, limitMs = 120_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await read())) {
    if (Date.now() > end) throw new Error('sync bench: not converged in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const activityCount = async (ws: Workspace, planId: string) =>
  Object.keys((await readPlanRows(ws.db, planId))?.activities ?? {}).length;

async function serverRss(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-sync-bench-'));
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/sync-server/cli.ts', '--port', '0', '--data', dir, '--token', TOKEN],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        const m = /ws:\/\/[\d.]+:\d+/.exec(b.toString());
        if (m) resolve(m[0]);
      });
      child.once('exit', () => reject(new Error('sync server exited')));
    });
    const a = await laptop();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await seedPlan(a.ws, 200));
    const client = new SyncClient(a.ws, planDocsOf(a.ws), { url, token: TOKEN });
    await client.start();
    // A second member receiving all 20 plans proves the server holds them.
    const b = await laptop();
    const clientB = new SyncClient(b.ws, planDocsOf(b.ws), { url, token: TOKEN });
    await clientB.start();
    await until(async () => (await Promise.all(ids.map((id) => activityCount(b.ws, id)))).every((n) => n === 200));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    await client.stop();
    await clientB.stop();
    await a.t.dispose();
    await b.t.dispose();
    return kb / 1024;
  } finally {
    child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

const suite: BenchSuite = {
  name: 'team sync',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'dangqi-sync-bench-'));
    const server = await startSyncServer({ dataDir: dir, token: TOKEN });
    const a = await laptop();
    const planId = await seedPlan(a.ws, 2000);
    const clientA = new SyncClient(a.ws, planDocsOf(a.ws), { url: server.url, token: TOKEN });
    await clientA.start();
    // The server has the plan once a first member has received it.
    const b = await laptop();
    const clientB = new SyncClient(b.ws, planDocsOf(b.ws), { url: server.url, token: TOKEN });
    await clientB.start();
    await until(async () => (await activityCount(b.ws, planId)) === 2000);

    const c = await laptop();
    const t0 = performance.now();
    const clientC = new SyncClient(c.ws, planDocsOf(c.ws), { url: server.url, token: TOKEN });
    await clientC.start();
    await until(async () => (await activityCount(c.ws, planId)) === 2000);
    const first = performance.now() - t0;
    await clientC.stop();

    const ids = Object.keys((await readPlanRows(a.ws.db, planId))?.activities ?? {}).slice(0, 20);
    const times: number[] = [];
    for (const [i, id] of ids.entries()) {
      const title = `改名 ${i}`;
      const e0 = performance.now();
      await a.call('activity/update', { id, title });
      // One row read per poll: reading the whole plan every 5 ms would slow B down, not measure it.
      await until(async () => (await selectRow(b.ws.db, 'activities', id))?.title === title, 30_000);
      times.push(performance.now() - e0);
    }
    times.sort((x, y) => x - y);
    await clientA.stop();
    await clientB.stop();
    await server.close();
    for (const l of [a, b, c]) await l.t.dispose();
    rmSync(dir, { recursive: true, force: true });

    const big = await laptop();
    const bigId = await seedPlan(big.ws, 10_000);
    const rows = await readPlanRows(big.ws.db, bigId);
    const docKb = rows ? save(newPlanDoc(rows, randomActor())).length / 1024 : NaN;
    await big.t.dispose();

    return {
      sync_first_ms_2k: first,
      sync_edit_ms_p95: times[Math.ceil(times.length * 0.95) - 1],
      automerge_doc_kb_10k: docKb,
      sync_server_rss_mb_20_plans: await serverRss(),
    };
  },
};
export default suite;
