import {
  closeSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { BudgetCategory } from '../../../src-shared/model';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, refusal, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

/**
 * A workspace with real content and one verified backup of it, closed (WAL checkpointed into
 * the main file), ready to be damaged.
 */
async function workspaceWithBackup(): Promise<{ dataDir: string; file: string; planNames: string[] }> {
  const dataDir = dirs.make();
  const core = await open(dataDir);
  const planNames: string[] = [];
  for (let i = 0; i < 3; i++) {
    const plan = await call(core, 'plan/create', planInput(`方案 ${i}`));
    planNames.push(plan.name);
    const lines = Array.from({ length: 200 }, (_, j) => ({
      category: BudgetCategory.options[j % BudgetCategory.options.length],
      description: `科目 ${j}`,
      plannedCents: 100_000 * j,
    }));
    await call(core, 'budget/paste-lines', { planId: plan.id, lines });
  }
  await call(core, 'backup/create', {});
  await core.close();
  return { dataDir, file: join(dataDir, 'workspace.dangqi-db'), planNames };
}

function patch(file: string, offset: number, bytes: Buffer): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

function rootPageOf(file: string, table: string): number {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return Number(db.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').pluck().get(table));
  } finally {
    db.close();
  }
}

async function openDamaged(dataDir: string) {
  const core = await open(dataDir);
  cores.push(core);
  const status = await call(core, 'workspace/status', {});
  return { core, status };
}

async function expectRefusedAndRestorable(core: OpenedWorkspace, file: string, planNames: string[]) {
  const before = readFileSync(file);
  // Nothing is written to a damaged workspace: edits and reads are refused, the bytes stay.
  expect(await refusal(core, 'plan/create', planInput('new'))).toMatchObject({ code: 'WORKSPACE_DAMAGED' });
  expect(await refusal(core, 'plan/list', {})).toMatchObject({ code: 'WORKSPACE_DAMAGED' });
  expect(readFileSync(file).equals(before)).toBe(true);

  const status = await call(core, 'workspace/status', {});
  expect(status.newestGoodBackup).toMatchObject({ verified: true, plans: 3 });
  await call(core, 'backup/restore', { name: status.newestGoodBackup!.name });
  expect((await call(core, 'workspace/status', {})).mode).toBe('normal');
  expect((await call(core, 'plan/list', {})).map((p) => p.name).sort()).toEqual([...planNames].sort());
  // The damaged file was kept aside, not thrown away.
  const kept = readdirSync(status.backupDir).filter((n) => n.startsWith('damaged-') && n.endsWith('.dangqi-db'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(status.backupDir, kept[0])).equals(before)).toBe(true);
}

describe('damage found at open', () => {
  it('a zero-length workspace is called empty, not a new workspace', async () => {
    const { dataDir, file, planNames } = await workspaceWithBackup();
    writeFileSync(file, '');
    const { core, status } = await openDamaged(dataDir);
    expect(status.mode).toBe('damaged');
    expect(status.message?.en).toMatch(/damaged: the file is empty \(0 bytes\)/);
    expect(status.message?.['zh-CN']).toMatch(/文件是空的/);
    await expectRefusedAndRestorable(core, file, planNames);
  });

  it('a truncated workspace is called truncated', async () => {
    const { dataDir, file, planNames } = await workspaceWithBackup();
    truncateSync(file, statSync(file).size - 4096 - 100);
    const { core, status } = await openDamaged(dataDir);
    expect(status.message?.en).toMatch(/cut short \(truncated\)/);
    expect(status.message?.['zh-CN']).toMatch(/截断/);
    await expectRefusedAndRestorable(core, file, planNames);
  });

  it('a wrong header is called a damaged header, not "not a workspace"', async () => {
    const { dataDir, file, planNames } = await workspaceWithBackup();
    patch(file, 0, Buffer.from('garbage garbage!'));
    const { core, status } = await openDamaged(dataDir);
    expect(status.message?.en).toMatch(/file header is damaged/);
    expect(status.message?.en).not.toMatch(/not a Dangqi workspace/);
    await expectRefusedAndRestorable(core, file, planNames);
  });

  it('flipped bytes are found by the integrity check', async () => {
    const { dataDir, file, planNames } = await workspaceWithBackup();
    // 50 bytes flipped at the start of the budget table's root page: its b-tree header and cell pointers.
    const offset = (rootPageOf(file, 'budget_lines') - 1) * 4096;
    const original = readFileSync(file).subarray(offset, offset + 50);
    patch(file, offset, Buffer.from(original.map((b) => b ^ 0xff)));
    const { core, status } = await openDamaged(dataDir);
    expect(status.mode).toBe('damaged');
    expect(status.message?.en).toMatch(/integrity check found damaged data/);
    await expectRefusedAndRestorable(core, file, planNames);
  });

  it('a zeroed page is found by the integrity check', async () => {
    const { dataDir, file, planNames } = await workspaceWithBackup();
    const root = rootPageOf(file, 'plans');
    patch(file, (root - 1) * 4096, Buffer.alloc(4096));
    const { core, status } = await openDamaged(dataDir);
    expect(status.mode).toBe('damaged');
    expect(status.message?.en).toMatch(/integrity check found damaged data/);
    await expectRefusedAndRestorable(core, file, planNames);
  });

  it('a file that was never a database is still "not a workspace", and untouched', async () => {
    const dataDir = dirs.make();
    const file = join(dataDir, 'workspace.dangqi-db');
    writeFileSync(file, 'name,date\n会员日,2026-03-08\n');
    await expect(open(dataDir)).rejects.toMatchObject({ code: 'NOT_A_WORKSPACE' });
    expect(readFileSync(file, 'utf8')).toBe('name,date\n会员日,2026-03-08\n');
  });

  it('damage found by the periodic check while open stops editing', async () => {
    const dataDir = dirs.make();
    const core = await open(dataDir);
    cores.push(core);
    const plan = await call(core, 'plan/create', planInput('a'));
    await call(core, 'backup/create', {});
    // Checkpoint so the damage lands in the main file the check reads.
    const raw = new BetterSqlite3(join(dataDir, 'workspace.dangqi-db'));
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const root = rootPageOf(join(dataDir, 'workspace.dangqi-db'), 'plans');
    patch(join(dataDir, 'workspace.dangqi-db'), (root - 1) * 4096, Buffer.alloc(4096));
    const statuses: unknown[] = [];
    core.subscribe((name, payload) => {
      if (name === 'workspace/status') statuses.push(payload);
    });
    await core.checkNow();
    expect(statuses).toEqual([expect.objectContaining({ mode: 'damaged' })]);
    expect(await refusal(core, 'plan/update', { id: plan.id, name: 'b' })).toMatchObject({ code: 'WORKSPACE_DAMAGED' });
    const status = await call(core, 'workspace/status', {});
    expect(status.newestGoodBackup).toMatchObject({ plans: 1 });
  });
});
