import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawConnectionOf } from '../../../src-main/db/open-database';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, refusal, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
const mounts: string[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  for (const m of mounts.splice(0)) spawnSync('umount', [m]);
  dirs.cleanup();
});

async function opened(dataDir: string, extra: Parameters<typeof open>[1] = {}) {
  const core = await open(dataDir, extra);
  cores.push(core);
  return core;
}

/**
 * Decided once, when the file is collected: a real full disk needs a small tmpfs, which only a
 * privileged process can mount; a read-only folder needs either a non-root user (chmod) or a
 * read-only mount (root ignores permissions). Which tests exist is printed, not skipped.
 */
const isRoot = process.getuid?.() === 0;
const canMountTmpfs = (() => {
  if (!isRoot || process.platform !== 'linux') return false;
  const probe = tempDirs();
  const dir = probe.make('dangqi-mount-probe-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]).status === 0;
  if (ok) spawnSync('umount', [dir]);
  probe.cleanup();
  return ok;
})();
const readOnlyFolderWay: 'chmod' | 'mount' | null = !isRoot ? 'chmod' : canMountTmpfs ? 'mount' : null;
console.info(
  `disk-faults: real full disk on tmpfs ${canMountTmpfs ? 'tested' : 'NOT tested (cannot mount tmpfs here)'}; ` +
    `read-only folder ${readOnlyFolderWay ? `tested (${readOnlyFolderWay})` : 'NOT tested (root without mount)'}`,
);

function mountTmpfs(dir: string, sizeKb: number): void {
  mkdirSync(dir, { recursive: true });
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKb}k`, 'tmpfs', dir]);
  if (r.status !== 0) throw new Error(`mount failed: ${r.stderr.toString()}`);
  mounts.push(dir);
}

/** Makes `dir` unwritable the way this machine allows (see readOnlyFolderWay). */
function makeReadOnly(dir: string): void {
  if (readOnlyFolderWay === 'chmod') chmodSync(dir, 0o555);
  else if (spawnSync('mount', ['-o', 'remount,ro', dir]).status !== 0) throw new Error('remount ro failed');
}

/** A fresh folder that can later be made read-only: a tmpfs mount as root, a plain folder otherwise. */
function folderForReadOnly(): string {
  const dir = join(dirs.make(), 'data');
  if (readOnlyFolderWay === 'mount') mountTmpfs(dir, 8 * 1024);
  else mkdirSync(dir);
  return dir;
}

describe('disk faults are named and nothing is lost', () => {
  it('SQLite reporting a full disk (the database at its size limit): DISK_FULL, then edits resume', async () => {
    const core = await opened(dirs.make());
    const before = await call(core, 'plan/create', planInput('之前'));
    const raw = rawConnectionOf(core.workspace.db)!;
    const pages = Number(raw.pragma('page_count', { simple: true }));
    raw.pragma(`max_page_count = ${pages}`);
    let error = null;
    for (let i = 0; i < 500 && !error; i++) {
      const r = await core.dispatch('plan/create', { ...planInput(`满 ${i}`), notes: 'x'.repeat(2000) });
      if (!r.ok) error = r.error;
    }
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect(error!.message.en).toMatch(/disk is full, so your last edit was NOT saved/);
    expect(error!.message['zh-CN']).toMatch(/磁盘已满，刚才的修改没有保存/);
    raw.pragma('max_page_count = 1073741823');
    const after = await call(core, 'plan/create', planInput('之后'));
    const names = (await call(core, 'plan/list', {})).map((p) => p.id);
    expect(names).toContain(before.id);
    expect(names).toContain(after.id);
    expect(await call(core, 'history/undo', {})).toMatchObject({ planIds: [after.id] });
  });

  it('a disk I/O error in the middle of an edit: IO_ERROR, the edit rolled back whole, edits resume', async () => {
    const core = await opened(dirs.make());
    const before = await call(core, 'plan/create', planInput('之前'));
    // A failing disk cannot be made on demand here: SQLite's own error, as the driver would raise
    // it when a write fails, is thrown at the edit's first INSERT, after its transaction began.
    // Statements are kept once prepared, so the fault goes where every statement runs.
    const raw = rawConnectionOf(core.workspace.db)!;
    const statement = Object.getPrototypeOf(raw.prepare('SELECT 1')) as BetterSqlite3.Statement;
    const run = statement.run;
    let failed = 0;
    const spy = vi.spyOn(statement, 'run').mockImplementation(function (this: BetterSqlite3.Statement, ...args) {
      if (failed === 0 && /^\s*insert/i.test(this.source)) {
        failed++;
        throw new BetterSqlite3.SqliteError('disk I/O error', 'SQLITE_IOERR_WRITE');
      }
      return run.apply(this, args);
    });
    const error = await refusal(core, 'plan/create', planInput('写盘失败'));
    expect(failed).toBe(1);
    expect(error).toMatchObject({ code: 'IO_ERROR', details: { code: 'SQLITE_IOERR_WRITE' } });
    expect(error.message.en).toMatch(/disk failed to read or write .* your last edit was NOT saved/);
    expect(error.message['zh-CN']).toMatch(/读写磁盘时出错.*刚才的修改没有保存/);
    expect(raw.inTransaction).toBe(false);
    spy.mockRestore();
    expect((await call(core, 'plan/list', {})).map((p) => p.id)).toEqual([before.id]);
    const after = await call(core, 'plan/create', planInput('之后'));
    expect(await call(core, 'plan/list', {})).toHaveLength(2);
    // The failed edit left no history entry: undo takes back the later edit, then the first.
    expect(await call(core, 'history/undo', {})).toMatchObject({ planIds: [after.id] });
    expect(await call(core, 'history/undo', {})).toMatchObject({ planIds: [before.id] });
  });

  if (canMountTmpfs) {
    it('a real full disk (tmpfs): DISK_FULL, nothing half-written, edits resume once space is freed', async () => {
      const dataDir = join(dirs.make(), 'data');
      mountTmpfs(dataDir, 1024);
      const core = await opened(dataDir, { tuning: { largeChangeRows: 1_000_000_000 } });
      let error = null;
      let made = 0;
      for (let i = 0; i < 200 && !error; i++) {
        const r = await core.dispatch('plan/create-from-template', {
          templateId: 'retention',
          planName: `保客 ${i}`,
          year: 2026,
          scale: 1000,
        });
        if (r.ok) made++;
        else error = r.error;
      }
      expect(error).toMatchObject({ code: 'DISK_FULL' });
      expect(spawnSync('mount', ['-o', 'remount,size=65536k', dataDir]).status).toBe(0);
      expect(await call(core, 'plan/list', {})).toHaveLength(made);
      await call(core, 'plan/create', planInput('空间已释放'));
      expect(await call(core, 'plan/list', {})).toHaveLength(made + 1);
      expect(await call(core, 'backup/create', {})).toMatchObject({ verified: true, plans: made + 1 });
    });
  }

  it('a vanished data folder: DATA_FOLDER_GONE, saying the edit was not saved', async () => {
    const dataDir = dirs.make();
    const core = await opened(dataDir);
    await call(core, 'plan/create', planInput('a'));
    rmSync(dataDir, { recursive: true, force: true });
    const error = await refusal(core, 'plan/create', planInput('b'));
    expect(error.code).toBe('DATA_FOLDER_GONE');
    expect(error.message.en).toMatch(/has disappeared .* Your last edit was NOT saved/);
    expect(error.message['zh-CN']).toMatch(/不见了.*刚才的修改没有保存/);
  });

  if (readOnlyFolderWay) {
    it('a read-only folder opens its intact workspace read-only, with a banner, refusing edits', async () => {
      const dataDir = folderForReadOnly();
      const first = await open(dataDir);
      await call(first, 'plan/create', planInput('只读可见'));
      await first.close();
      makeReadOnly(dataDir);
      try {
        const core = await opened(dataDir);
        const status = await call(core, 'workspace/status', {});
        expect(status.mode).toBe('read-only');
        expect(status.message?.en).toMatch(/is read-only: you can look but not edit/);
        expect((await call(core, 'plan/list', {})).map((p) => p.name)).toEqual(['只读可见']);
        const refused = await refusal(core, 'plan/create', planInput('x'));
        expect(refused.code).toBe('READ_ONLY');
        expect(refused.message.en).toMatch(/NOT saved/);
      } finally {
        if (readOnlyFolderWay === 'chmod') chmodSync(dataDir, 0o755);
      }
    });

    it('a fresh read-only folder is refused with a typed message, not a stack trace', async () => {
      const dataDir = folderForReadOnly();
      makeReadOnly(dataDir);
      try {
        await expect(open(dataDir)).rejects.toMatchObject({
          code: 'READ_ONLY',
          message: expect.stringMatching(/read-only and holds no workspace yet/),
        });
      } finally {
        if (readOnlyFolderWay === 'chmod') chmodSync(dataDir, 0o755);
      }
    });
  }
});
