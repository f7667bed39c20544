import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { APPLICATION_ID, type OpenedDatabase, openDatabase } from '../../src-main/db/open-database';
import { type Row } from '../../src-main/db/row-ops';
import type { Database } from '../../src-main/db/schema';
import { Workspace } from '../../src-main/service/workspace';
import { dumpEditableTables } from '../support/db-dump';

/**
 * Inserted rows are recorded by id only (migration 0007); undo captures their images for redo.
 * These tests hold that to the same standard as row images: exact state after undo and redo,
 * across restarts, for batches larger than SQLite's bound-value limit, and for history written
 * before 0007.
 */
const NOW = '2026-01-01T00:00:00.000Z';
const PLAN = '00000000-0000-4000-8000-000000000001';
const LABEL = { 'zh-CN': '导入', en: 'import' };

const dirs: string[] = [];
const opened: OpenedDatabase[] = [];
afterEach(async () => {
  for (const o of opened.splice(0)) await o.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-history-'));
  dirs.push(dir);
  return join(dir, 'workspace.dangqi-db');
}

async function open(file: string): Promise<OpenedDatabase> {
  const o = await openDatabase(file);
  opened.push(o);
  return o;
}

async function reopen(o: OpenedDatabase, file: string): Promise<OpenedDatabase> {
  await o.close();
  opened.splice(opened.indexOf(o), 1);
  return open(file);
}

const dump = dumpEditableTables;

function planRow(): Row {
  return {
    id: PLAN,
    name: '导入测试',
    time_zone: 'Asia/Shanghai',
    currency: 'CNY',
    start_date: '2026-01-01',
    end_date: '2026-12-31',
    settings_json: '{}',
    created_at: NOW,
    updated_at: NOW,
  };
}

function resourceRow(i: number): Row {
  return {
    id: `r-${i}`,
    name: `场地 ${i}`,
    kind: 'venue',
    quantity: 2,
    daily_capacity: null,
    unavailable_dates_json: '[]',
    notes: '',
    created_at: NOW,
    updated_at: NOW,
  };
}

/** 18 columns: 2,000 rows are 36,000 values, more than one statement may bind (32,766). */
function activityRow(i: number): Row {
  return {
    id: `a-${String(i).padStart(5, '0')}`,
    plan_id: PLAN,
    title: `活动 ${i} "引号" 'x'`,
    type: 'salon',
    status: 'planned',
    all_day: 1,
    start: '2026-03-01',
    end: '2026-03-02',
    window_start: null,
    window_end: i % 2 ? '2026-04-01' : null,
    priority: 'normal',
    pinned: 0,
    owner: '',
    expected_participants: i % 3 ? 100 : null,
    notes: i % 5 ? '' : '备注\n第二行',
    backup_plan: '',
    created_at: NOW,
    updated_at: NOW,
  };
}

function claimRow(i: number): Row {
  return { id: `c-${i}`, activity_id: activityRow(i).id, resource_id: `r-${i % 3}`, quantity: 1 };
}

/** REAL columns: undo must give back 90.0 as REAL and 0.1 exactly. */
function kpiRow(i: number): Row {
  return {
    id: `k-${i}`,
    plan_id: PLAN,
    activity_id: null,
    phase: '',
    name: `指标 ${i}`,
    unit: '%',
    baseline: i % 2 ? 0.1 : null,
    target: 90,
    actual: 1 / 3,
    higher_is_better: 1,
    trigger_threshold: null,
    trigger_comparison: 'lt',
    trigger_action: '',
    created_at: NOW,
    updated_at: NOW,
  };
}

async function seed(ws: Workspace): Promise<void> {
  await ws.edit({ 'zh-CN': '准备', en: 'seed' }, async (rec) => {
    await rec.insert('plans', planRow());
    for (let i = 0; i < 3; i++) await rec.insert('resources', resourceRow(i));
  });
}

const N = 2_000;
async function importRows(ws: Workspace): Promise<void> {
  await ws.edit(LABEL, async (rec) => {
    await rec.insertMany(
      'activities',
      Array.from({ length: N }, (_, i) => activityRow(i)),
    );
    await rec.insertMany(
      'activity_claims',
      Array.from({ length: N }, (_, i) => claimRow(i)),
    );
    await rec.insertMany(
      'kpis',
      Array.from({ length: 10 }, (_, i) => kpiRow(i)),
    );
  });
}

describe('inserted rows in the undo history', () => {
  it('a 2,000-row import is one compact undo step, exact after undo and redo across restarts', async () => {
    const file = tempFile();
    let o = await open(file);
    await seed(new Workspace(o.db));
    const before = dump(o.raw);
    await importRows(new Workspace(o.db));
    const after = dump(o.raw);
    expect(after.activities).toHaveLength(N);

    // One history row per table written, holding ids only.
    const stored = o.raw
      .prepare(
        'SELECT table_name, row_id, before_json, after_json, row_ids_json FROM history_changes WHERE edit_seq = 2',
      )
      .all() as Array<Record<string, string | null>>;
    expect(stored.map((r) => r.table_name)).toEqual(['activities', 'activity_claims', 'kpis']);
    expect(stored.every((r) => r.row_id === '' && r.before_json === null && r.after_json === null)).toBe(true);
    expect(JSON.parse(stored[0].row_ids_json ?? '[]')).toHaveLength(N);

    o = await reopen(o, file);
    expect((await new Workspace(o.db).undo()).label).toEqual(LABEL);
    expect(dump(o.raw)).toEqual(before);

    o = await reopen(o, file);
    await new Workspace(o.db).redo();
    expect(dump(o.raw)).toEqual(after);

    o = await reopen(o, file);
    await new Workspace(o.db).undo();
    expect(dump(o.raw)).toEqual(before);
    await new Workspace(o.db).redo();
    expect(dump(o.raw)).toEqual(after);
    // Redo drops the captured images again: a done edit keeps ids only.
    const images = o.raw
      .prepare('SELECT count(*) FROM history_changes WHERE edit_seq = 2 AND after_json IS NOT NULL')
      .pluck()
      .get();
    expect(images).toBe(0);
  });

  it('works the same without the raw connection (Kysely statements within the bound-value limit)', async () => {
    const file = tempFile();
    const o = await open(file);
    // A second Kysely instance over the same connection is not registered as having a raw handle.
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: o.raw }) });
    const ws = new Workspace(db);
    await seed(ws);
    const before = dump(o.raw);
    await importRows(ws);
    const after = dump(o.raw);
    expect(after.activities).toHaveLength(N);
    await ws.undo();
    expect(dump(o.raw)).toEqual(before);
    await ws.redo();
    expect(dump(o.raw)).toEqual(after);
  });

  it('rows inserted then updated or deleted in the same edit undo and redo exactly', async () => {
    const file = tempFile();
    let o = await open(file);
    await seed(new Workspace(o.db));
    const before = dump(o.raw);
    await new Workspace(o.db).edit(LABEL, async (rec) => {
      await rec.insertMany('activities', [activityRow(1), activityRow(2), activityRow(3)]);
      await rec.update('activities', activityRow(1).id as string, { title: '改过', start: '2026-05-01' });
      await rec.delete('activities', activityRow(2).id as string);
      // Same id again after its delete, with other values.
      await rec.insert('activities', { ...activityRow(2), title: '再建' });
      await rec.insert('activities', activityRow(4));
      await rec.insert('activity_claims', claimRow(4));
    });
    const after = dump(o.raw);
    expect(after.activities.some((r) => r.includes("'再建'"))).toBe(true);

    o = await reopen(o, file);
    await new Workspace(o.db).undo();
    expect(dump(o.raw)).toEqual(before);
    o = await reopen(o, file);
    await new Workspace(o.db).redo();
    expect(dump(o.raw)).toEqual(after);
  });

  it('refuses to undo when the inserted rows are not all there, changing nothing', async () => {
    const file = tempFile();
    const o = await open(file);
    const ws = new Workspace(o.db);
    await seed(ws);
    await importRows(ws);
    // Damage outside the edit API: one inserted row gone.
    o.raw.prepare('DELETE FROM kpis WHERE id = ?').run('k-3');
    const damaged = dump(o.raw);
    await expect(ws.undo()).rejects.toThrow(/expected 10 rows, found 9/);
    expect(dump(o.raw)).toEqual(damaged);
    expect((await ws.historyState()).canUndo).toBe(true);
  });
});

describe('history written before migration 0007', () => {
  it('migrating 0007 down forgets the history (older code cannot read id-only changes)', async () => {
    const file = tempFile();
    const o = await open(file);
    const ws = new Workspace(o.db);
    await seed(ws);
    await importRows(ws);
    // Down to 0006, whatever later migrations follow 0007.
    const { error } = await new Migrator({
      db: o.db,
      provider: { getMigrations: async () => MIGRATIONS },
    }).migrateTo('0006-activities-by-start');
    expect(error).toBeUndefined();
    expect(o.raw.prepare('SELECT count(*) FROM history_changes').pluck().get()).toBe(0);
    expect(o.raw.prepare('SELECT count(*) FROM history_edits').pluck().get()).toBe(0);
    const cols = o.raw.prepare(`SELECT name FROM pragma_table_info('history_changes')`).pluck().all();
    expect(cols).not.toContain('row_ids_json');
    expect(o.raw.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(N);
  });

  /** A version-6 workspace with two edits recorded the old way: one row image per change. */
  async function v6Workspace(file: string): Promise<void> {
    const raw = new BetterSqlite3(file);
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) });
    const upTo6 = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, 6));
    const migrator = new Migrator({ db, provider: { getMigrations: async () => upTo6 } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    raw.pragma('user_version = 6');
    const insert = (table: string, row: Row) =>
      raw
        .prepare(`INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?')})`)
        .run(Object.values(row));
    const edit = raw.prepare(
      `INSERT INTO history_edits (label, plan_ids_json, created_at, undone) VALUES (?, '[]', ?, 0)`,
    );
    const change = raw.prepare('INSERT INTO history_changes VALUES (?, ?, ?, ?, ?, ?)');
    // Edit 1: a plan and a KPI inserted.
    const e1 = edit.run(JSON.stringify({ 'zh-CN': '旧一', en: 'old one' }), NOW).lastInsertRowid;
    insert('plans', planRow());
    insert('kpis', kpiRow(1));
    change.run(e1, 0, 'plans', PLAN, null, JSON.stringify(planRow()));
    change.run(e1, 1, 'kpis', 'k-1', null, JSON.stringify(kpiRow(1)));
    // Edit 2: the KPI's target changed.
    const e2 = edit.run(JSON.stringify({ 'zh-CN': '旧二', en: 'old two' }), NOW).lastInsertRowid;
    const changed = { ...kpiRow(1), target: 95.5 };
    raw.prepare('UPDATE kpis SET target = 95.5 WHERE id = ?').run('k-1');
    change.run(e2, 0, 'kpis', 'k-1', JSON.stringify(kpiRow(1)), JSON.stringify(changed));
    await db.destroy();
  }

  it('upgrades and still undoes and redoes the old edits exactly, then records new ones by id', async () => {
    const file = tempFile();
    await v6Workspace(file);
    let o = await open(file);
    const edits = o.raw.prepare('SELECT count(*) FROM history_changes WHERE row_ids_json IS NULL').pluck().get();
    expect(edits).toBe(3);
    const states = [dump(o.raw)];
    let ws = new Workspace(o.db);
    expect((await ws.undo()).label.en).toBe('old two');
    states.push(dump(o.raw));
    expect(states[1].kpis[0]).toContain(',90.0,');
    expect((await ws.undo()).label.en).toBe('old one');
    expect(dump(o.raw).plans).toEqual([]);

    o = await reopen(o, file);
    ws = new Workspace(o.db);
    await ws.redo();
    expect(dump(o.raw)).toEqual(states[1]);
    await ws.redo();
    expect(dump(o.raw)).toEqual(states[0]);

    // A new edit on top is recorded the new way and undoes alongside the old ones.
    await ws.edit(LABEL, async (rec) => rec.insertMany('kpis', [kpiRow(7), kpiRow(8)]));
    expect(o.raw.prepare('SELECT count(*) FROM history_changes WHERE row_ids_json IS NOT NULL').pluck().get()).toBe(1);
    await ws.undo();
    expect(dump(o.raw)).toEqual(states[0]);
    await ws.undo();
    expect(dump(o.raw)).toEqual(states[1]);
  });
});
