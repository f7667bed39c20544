import * as A from '@automerge/automerge';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectRow } from './src-main/db/row-ops';
import { readPlanRows } from './src-main/db/queries/plan-docs';
import { startSyncServer } from './src-main/sync-server/sync-server';
import { planDocsOf, PlanDocs } from './src-main/sync/plan-docs';
import { SyncClient } from './src-main/sync/sync-client';
import suiteMod from './test/bench/suites/sync.bench';
const TOKEN = 'bench-team-token';
// reuse helpers by re-implementing quickly
import { createTestDb } from './src-main/db/test-db';
import { createDispatch } from './src-main/service/dispatch';
import { createPlanService } from './src-main/service/plan-service';
import { Workspace } from './src-main/service/workspace';
import { activityToRow } from './src-main/db/queries/activities';
import { planToRow } from './src-main/db/queries/plans';
const NOW = '2026-01-01T00:00:00.000Z';
let T0 = 0; const log = (s: string) => console.log(s, (performance.now() - T0).toFixed(1));
const proto = PlanDocs.prototype as any;
for (const m of ['bringUpToDate', 'adoptRemote', 'store', 'opsToCatchUp']) {
  const orig = proto[m];
  proto[m] = async function (...args: any[]) { const s = performance.now(); try { return await orig.apply(this, args); } finally { log(`${m} took ${(performance.now() - s).toFixed(1)} end@`); } };
}
const sp = SyncClient.prototype as any;
for (const m of ['pushPlan', 'takeRemote']) { const o = sp[m]; sp[m] = function (...args: any[]) { log(m + ' start'); const r = o.apply(this, args); if (r && r.then) r.then(() => log(m + ' end')); else log(m + ' end'); return r; }; }
const origChange = Workspace.prototype.edit;
async function laptop() { const t = await createTestDb(); const ws = new Workspace(t.db); const call = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: '' })); return { t, ws, call }; }
const server = await startSyncServer({ dataDir: mkdtempSync(join(tmpdir(), 'p-')), token: TOKEN });
const a = await laptop();
const planId = crypto.randomUUID();
await a.ws.edit({ 'zh-CN': 'x', en: 'x' }, async (rec) => {
  await rec.insert('plans', planToRow({ id: planId, name: 'p', timeZone: 'Asia/Shanghai', currency: 'CNY', startDate: '2026-01-01', endDate: '2026-12-31', createdAt: NOW, updatedAt: NOW }));
  await rec.insertMany('activities', Array.from({ length: 2000 }, (_, i) => activityToRow({ id: crypto.randomUUID(), planId, title: 'a' + i, type: 'salon', status: 'planned', allDay: true, start: '2026-02-01', end: '2026-02-01', windowStart: null, windowEnd: null, priority: 'normal', pinned: false, owner: 'z', expectedParticipants: 1, notes: '', backupPlan: '', claims: [], segmentIds: [], createdAt: NOW, updatedAt: NOW } as any)));
});
const ca = new SyncClient(a.ws, planDocsOf(a.ws), { url: server.url, token: TOKEN }); await ca.start();
const b = await laptop();
const cb = new SyncClient(b.ws, planDocsOf(b.ws), { url: server.url, token: TOKEN }); await cb.start();
const ids = Object.keys((await readPlanRows(a.ws.db, planId))!.activities).slice(0, 6);
while (!(await selectRow(b.ws.db, 'activities', ids[0]))) await new Promise((r) => setTimeout(r, 20));
await new Promise((r) => setTimeout(r, 2000));
console.log('--- ready');
for (const [i, id] of ids.entries()) {
  T0 = performance.now();
  await a.call('activity/update', { id, title: 'x' + i });
  log('call done');
  while ((await selectRow(b.ws.db, 'activities', id))?.title !== 'x' + i) await new Promise((r) => setTimeout(r, 2));
  log('VISIBLE');
}
process.exit(0);
