import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/errors';
import { SCHEMA_VERSION } from '../../src-main/db/migrations';
import { APPLICATION_ID, openDatabase } from '../../src-main/db/open-database';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-db-'));
  dirs.push(dir);
  return join(dir, 'workspace.dangqi-db');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates and migrates an empty workspace, with every pragma set', async () => {
    const file = tempFile();
    const { raw, close } = await openDatabase(file);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(raw.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(raw.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = raw.prepare("SELECT name FROM sqlite_schema WHERE type='table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'plans',
        'activities',
        'resources',
        'activity_claims',
        'segments',
        'budget_lines',
        'risks',
        'kpis',
        'tasks',
        'history_edits',
      ]),
    );
    await close();
  });

  it('reopens an existing workspace without re-running migrations', async () => {
    const file = tempFile();
    const first = await openDatabase(file);
    first.raw
      .prepare("INSERT INTO plans VALUES ('p','n','Asia/Shanghai','CNY','2026-01-01','2026-12-31','{}','t','t')")
      .run();
    await first.close();
    const second = await openDatabase(file);
    expect(second.raw.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(1);
    await second.close();
  });

  it('refuses a workspace written by a newer version and leaves the file untouched', async () => {
    const file = tempFile();
    const { close } = await openDatabase(file);
    await close();
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = DELETE'); // no -wal file beside it, so the bytes say everything
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);

    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NEWER_DATABASE');
    expect((error as AppError).localized['zh-CN']).toContain('更新版本');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a SQLite file that is not a workspace, and a file that is not SQLite at all', async () => {
    const foreign = tempFile();
    const other = new BetterSqlite3(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const before = readFileSync(foreign);
    await expect(openDatabase(foreign)).rejects.toMatchObject({ code: 'NOT_A_WORKSPACE' });
    expect(readFileSync(foreign).equals(before)).toBe(true);

    const junk = tempFile();
    writeFileSync(junk, 'this is not a database, just text '.repeat(200));
    await expect(openDatabase(junk)).rejects.toMatchObject({ code: 'NOT_A_WORKSPACE' });
  });

  it('keeps a committed edit when the process dies without closing (WAL with synchronous=FULL)', async () => {
    const file = tempFile();
    const { raw } = await openDatabase(file);
    raw
      .prepare("INSERT INTO plans VALUES ('p','n','Asia/Shanghai','CNY','2026-01-01','2026-12-31','{}','t','t')")
      .run();
    // Copy the files as a crash would leave them: never closed, so the edit is only in the WAL.
    const crashed = tempFile();
    copyFileSync(file, crashed);
    copyFileSync(`${file}-wal`, `${crashed}-wal`);
    const reopened = await openDatabase(crashed);
    expect(reopened.raw.prepare('SELECT count(*) FROM plans').pluck().get()).toBe(1);
    await reopened.close();
    raw.close();
  });
});
