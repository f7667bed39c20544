import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import * as m0001 from '../../src-main/db/migrations/0001-initial';
import * as m0002 from '../../src-main/db/migrations/0002-plan-items-v2';
import { SCHEMA_VERSION } from '../../src-main/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../src-main/db/open-database';
import { listKpis, listRisks, listTasks } from '../../src-main/db/queries/plan-items';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const NOW = '2026-01-01T00:00:00.000Z';
const P = '00000000-0000-4000-8000-000000000001';

/** A workspace as version 1 wrote it, with one risk, KPI and task. */
async function v1Workspace(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-mig-'));
  dirs.push(dir);
  const file = join(dir, 'workspace.dangqi-db');
  const raw = new BetterSqlite3(file);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ '0001-initial': m0001 }) } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  raw.pragma(`application_id = ${APPLICATION_ID}`);
  raw.pragma('user_version = 1');
  raw
    .prepare(`INSERT INTO plans VALUES (?, '旧方案', 'Asia/Shanghai', 'CNY', '2026-01-01', '2026-12-31', '{}', ?, ?)`)
    .run(P, NOW, NOW);
  raw
    .prepare(
      `INSERT INTO risks (id, plan_id, title, category, probability, impact, status, created_at, updated_at) VALUES ('r1', ?, '舆情', 'public_opinion', 3, 4, 'open', ?, ?)`,
    )
    .run(P, NOW, NOW);
  raw
    .prepare(
      `INSERT INTO kpis (id, plan_id, name, target, higher_is_better, created_at, updated_at) VALUES ('k1', ?, '满意度', 90, 1, ?, ?)`,
    )
    .run(P, NOW, NOW);
  raw
    .prepare(
      `INSERT INTO tasks (id, plan_id, title, fixed_date, milestone, status, created_at, updated_at) VALUES ('t1', ?, '周检', '2026-02-01', 0, 'todo', ?, ?)`,
    )
    .run(P, NOW, NOW);
  await db.destroy();
  return file;
}

describe('migration 0002 (plan items v2)', () => {
  it('upgrades a version-1 workspace, giving old rows the new fields’ defaults', async () => {
    const opened = await openDatabase(await v1Workspace());
    try {
      const [risk] = await listRisks(opened.db, P);
      expect(risk).toMatchObject({
        title: '舆情',
        triggerKpiId: null,
        triggerThreshold: null,
        triggerDirection: 'below',
        triggerNote: '',
        emergencyLevel: null,
        responseMinutes: null,
        residualProbability: null,
        residualImpact: null,
        linkedActivityIds: [],
      });
      const [kpi] = await listKpis(opened.db, P);
      expect(kpi).toMatchObject({ name: '满意度', triggerThreshold: null, triggerComparison: 'lt', triggerAction: '' });
      const [task] = await listTasks(opened.db, P);
      expect(task).toMatchObject({ title: '周检', dependsOn: [], raci: [] });
      expect(opened.raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    } finally {
      await opened.close();
    }
  });

  it('refuses out-of-range values in the new columns at the database too', async () => {
    const opened = await openDatabase(await v1Workspace());
    try {
      expect(() => opened.raw.prepare(`UPDATE risks SET emergency_level = 4 WHERE id = 'r1'`).run()).toThrow(/CHECK/);
      expect(() => opened.raw.prepare(`UPDATE kpis SET trigger_comparison = 'eq' WHERE id = 'k1'`).run()).toThrow(
        /CHECK/,
      );
    } finally {
      await opened.close();
    }
  });

  it('has a working down migration', async () => {
    const opened = await openDatabase(await v1Workspace());
    try {
      // The migration is typed against an untyped schema, as Kysely's migrator hands it one.
      await m0002.down(new Kysely<unknown>({ dialect: new SqliteDialect({ database: opened.raw }) }));
      const cols = opened.raw.prepare(`SELECT name FROM pragma_table_info('tasks')`).all() as { name: string }[];
      expect(cols.map((c) => c.name)).not.toContain('raci_json');
    } finally {
      await opened.close();
    }
  });
});
