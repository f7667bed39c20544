import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDatabaseFile } from '../../../src-main/db/safety/integrity';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

async function opened(dataDir: string, tuning: Parameters<typeof open>[1] = {}) {
  const core = await open(dataDir, tuning);
  cores.push(core);
  return core;
}

async function closeAll() {
  await Promise.all(cores.splice(0).map((c) => c.close()));
}

describe('automatic and manual backups', () => {
  it('backs an existing workspace up at open, verified, with what it holds', async () => {
    const dataDir = dirs.make();
    const first = await opened(dataDir);
    await call(first, 'plan/create', planInput('会员年'));
    expect((await call(first, 'backup/list', {})).backups).toEqual([]); // a new workspace has nothing to keep
    await closeAll();

    const again = await opened(dataDir);
    await again.backups.idle();
    const { dir, backups } = await call(again, 'backup/list', {});
    expect(dir).toBe(join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'open', plans: 1, activities: 0, verified: true });
    expect(backups[0].sizeBytes).toBeGreaterThan(0);
    // The backup stands alone: no -wal beside it, and it passes the same check again.
    expect(readdirSync(dir).filter((n) => n.endsWith('-wal'))).toEqual([]);
    expect(checkDatabaseFile({ file: join(dir, backups[0].name) })).toMatchObject({ ok: true, plans: 1 });
  });

  it('makes one now, keeps edits made while it runs, and restores one as a single step', async () => {
    const dataDir = dirs.make();
    const core = await opened(dataDir);
    const kept = await call(core, 'plan/create', planInput('保留的方案'));
    const made = await call(core, 'backup/create', {});
    expect(made).toMatchObject({ reason: 'manual', plans: 1, verified: true });

    const later = await call(core, 'plan/create', planInput('之后的方案'));
    const { restored, keptAs } = await call(core, 'backup/restore', { name: made.name });
    expect(restored.name).toBe(made.name);
    // The workspace as it was before the restore is itself a backup, with both plans.
    expect(keptAs).toMatchObject({ reason: 'restore', plans: 2, verified: true });
    const plans = await call(core, 'plan/list', {});
    expect(plans.map((p) => p.id)).toEqual([kept.id]);
    expect(plans.map((p) => p.id)).not.toContain(later.id);
    expect(core.status().mode).toBe('normal');

    // And back again: restoring the kept copy brings the later plan back.
    await call(core, 'backup/restore', { name: keptAs!.name });
    expect((await call(core, 'plan/list', {})).map((p) => p.name).sort()).toEqual(['之后的方案', '保留的方案'].sort());
  });

  it('refuses a name that is not a backup, and a path in disguise', async () => {
    const core = await opened(dirs.make());
    const missing = await core.dispatch('backup/restore', {
      name: 'workspace-2026-01-01T00-00-00-000Z-manual.dangqi-db',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const sneaky = await core.dispatch('backup/restore', { name: '../workspace.dangqi-db' });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('backs up before a large change, and after enough editing time', async () => {
    const dataDir = dirs.make();
    const core = await opened(dataDir, { tuning: { largeChangeRows: 5, backupEveryMs: 40 } });
    await core.workspace.beforeLargeChange(3);
    expect(core.backups.list()).toEqual([]);
    await core.workspace.beforeLargeChange(6);
    expect(core.backups.list().map((b) => b.reason)).toEqual(['large-change']);

    // A template writes far more rows than the threshold: a backup precedes it.
    await call(core, 'plan/create-from-template', {
      templateId: 'member_campaign',
      planName: '模板方案',
      year: 2026,
      scale: 10_000,
    });
    expect(core.backups.list().filter((b) => b.reason === 'large-change')).toHaveLength(2);

    await call(core, 'plan/create', planInput('编辑'));
    await vi.waitFor(() => expect(core.backups.list().some((b) => b.reason === 'periodic')).toBe(true), {
      timeout: 20_000,
      interval: 20,
    });
  });

  it('leaves no half-written backup under a backup name', async () => {
    const dataDir = dirs.make();
    const core = await opened(dataDir);
    await call(core, 'plan/create', planInput('a'));
    await call(core, 'backup/create', {});
    const names = readdirSync(join(dataDir, 'backups'));
    expect(names.filter((n) => n.includes('.tmp'))).toEqual([]);
    expect(names.every((n) => n.endsWith('.dangqi-db') || n.endsWith('.dangqi-db.json'))).toBe(true);
    expect(existsSync(join(dataDir, 'dangqi.lock'))).toBe(true);
  });
});
