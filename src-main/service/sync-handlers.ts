import { join } from 'node:path';
import type { Handlers } from '../../src-shared/contract';
import type { ConcurrentEdit, SyncStatus } from '../../src-shared/contract-sync';
import { AppError } from '../../src-shared/errors';
import { PLAN_DOC_TABLES, type PlanDocTable, readSyncMeta } from '../db/queries/plan-docs';
import { writeSyncSettings } from '../db/queries/team-rows';
import { rivalValues, rowsOf } from '../sync/plan-doc';
import { planDocsOf } from '../sync/plan-docs';
import { SyncClient } from '../sync/sync-client';
import { label } from './localize';
import type { Workspace } from './workspace';

type SyncHandlers = Pick<
  Handlers,
  'sync/join' | 'sync/leave' | 'sync/status' | 'sync/concurrent-edits' | 'sync/resolve-concurrent'
>;

const ENTITY_TABLE: Record<string, PlanDocTable> = {
  plan: 'plans',
  activity: 'activities',
  'budget-line': 'budget_lines',
  risk: 'risks',
  kpi: 'kpis',
  task: 'tasks',
};
const TABLE_ENTITY = Object.fromEntries(Object.entries(ENTITY_TABLE).map(([e, t]) => [t, e])) as Record<
  PlanDocTable,
  ConcurrentEdit['entity'] | undefined
>;

const clients = new WeakMap<Workspace, SyncClient>();

/**
 * Joining and leaving a team, its status for the status bar, and the concurrent-edits list.
 * `dataDir` (empty in tests over a bare database) keeps this laptop's copy of the team's documents.
 */
export function syncHandlers(ws: Workspace, dataDir: string): SyncHandlers {
  const docs = planDocsOf(ws);
  const status = async (): Promise<SyncStatus> => {
    const client = clients.get(ws);
    const url = await readSyncMeta(ws.db, 'sync_url');
    const planner = (await readSyncMeta(ws.db, 'planner')) ?? '';
    if (!client || !url) return { state: 'off', pending: 0, url: null, planner };
    return { ...client.status(), url, planner };
  };
  const connect = async (url: string, token: string): Promise<void> => {
    await clients.get(ws)?.stop();
    const client = new SyncClient(ws, docs, {
      url,
      token,
      storageDir: dataDir ? join(dataDir, 'team-sync') : undefined,
    });
    clients.set(ws, client);
    await client.start();
  };
  // A laptop that joined before reconnects at start; offline is fine, the client keeps retrying.
  void (async () => {
    const [url, token] = [await readSyncMeta(ws.db, 'sync_url'), await readSyncMeta(ws.db, 'sync_token')];
    if (url && token && !clients.has(ws)) await connect(url, token);
  })().catch(() => undefined);

  return {
    'sync/join': async ({ url, token, planner }) => {
      await writeSyncSettings(ws.db, { sync_url: url, sync_token: token, planner });
      await connect(url, token);
      return status();
    },
    'sync/leave': async () => {
      await clients.get(ws)?.stop();
      clients.delete(ws);
      await writeSyncSettings(ws.db, { sync_url: null, sync_token: null });
      return status();
    },
    'sync/status': () => status(),
    'sync/concurrent-edits': async ({ planId }) => {
      const [doc] = await docs.current([planId]);
      if (!doc) return [];
      const rows = rowsOf(doc);
      const out: ConcurrentEdit[] = [];
      for (const table of PLAN_DOC_TABLES) {
        const entity = TABLE_ENTITY[table];
        if (!entity) continue;
        for (const [id, row] of Object.entries(rows[table])) {
          for (const field of Object.keys(row)) {
            const rivals = rivalValues(doc, table, id, field);
            if (!rivals) continue;
            const shown = row[field] ?? null;
            const name = row.title ?? row.name ?? row.description ?? '';
            out.push({
              planId,
              entity,
              id,
              label: String(name),
              field,
              shown,
              others: rivals.filter((v) => v !== shown),
            });
          }
        }
      }
      return out;
    },
    'sync/resolve-concurrent': async ({ planId, entity, id, field, value }) => {
      const [doc] = await docs.current([planId]);
      const table = ENTITY_TABLE[entity];
      const rivals = doc && table ? rivalValues(doc, table, id, field) : null;
      if (!table || !rivals || !rivals.includes(value))
        throw new AppError(
          'NOT_FOUND',
          {
            'zh-CN': '该字段没有这样的并发修改（可能已处理）。',
            en: 'That field has no such concurrent edit (it may have been settled).',
          },
          { what: 'concurrent-edit' },
        );
      await ws.edit(label('保留', 'Keep', '并发修改的值', 'concurrent value'), async (rec) => {
        rec.touchPlan(planId);
        await rec.update(table, id, { [field]: value, updated_at: ws.now() });
      });
      // The same value as shown writes nothing to SQLite; the document still needs the new
      // assignment that supersedes both rivals.
      await docs.settleField(planId, table, id, field, value);
      return { resolved: true };
    },
  };
}
