import { closeSync, openSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { SalvageReport } from '../../../src-shared/contract-backups';
import { BudgetCategory } from '../../../src-shared/model';
import { parsePlanFile } from '../../../src-main/files/plan-file/parse';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, refusal, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

const PLANS = 3;
const LINES = 300;
const ACTIVITIES = 40;

/** Three plans with activities on a shared resource, budget lines and a risk each; closed, ready to be damaged. */
async function workspace(): Promise<{ dataDir: string; file: string; names: string[] }> {
  const dataDir = dirs.make();
  const core = await open(dataDir);
  const hall = await call(core, 'resource/create', { name: '一号厅', kind: 'venue', quantity: 5 });
  const names: string[] = [];
  for (let i = 0; i < PLANS; i++) {
    const plan = await call(core, 'plan/create', planInput(`方案 ${i}`));
    names.push(plan.name);
    for (let j = 0; j < ACTIVITIES; j++) {
      const day = `2026-${String(1 + (j % 12)).padStart(2, '0')}-${String(1 + (j % 27)).padStart(2, '0')}`;
      await call(core, 'activity/create', {
        planId: plan.id,
        title: `活动 ${i}-${j}`,
        type: 'salon',
        start: day,
        end: day,
        claims: [{ resourceId: hall.id, quantity: 1 }],
      });
    }
    const lines = Array.from({ length: LINES }, (_, j) => ({
      category: BudgetCategory.options[j % BudgetCategory.options.length],
      description: `科目 ${j}：场地、物料与人员费用的明细说明`,
      plannedCents: 100_000 * j,
    }));
    await call(core, 'budget/paste-lines', { planId: plan.id, lines });
    await call(core, 'risk/create', {
      planId: plan.id,
      title: `风险 ${i}`,
      category: 'market',
      probability: 2,
      impact: 3,
    });
  }
  await call(core, 'backup/create', {});
  await core.close();
  return { dataDir, file: join(dataDir, 'workspace.dangqi-db'), names };
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

/** The first child page of an interior table b-tree page (https://www.sqlite.org/fileformat.html#b_tree_pages). */
function firstChildOf(file: string, page: number): number {
  const bytes = readFileSync(file).subarray((page - 1) * 4096, page * 4096);
  expect(bytes[0], 'an interior table page').toBe(0x05);
  return bytes.readUInt32BE(bytes.readUInt16BE(12));
}

async function salvage(dataDir: string, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<SalvageReport> {
  const core = await open(dataDir);
  cores.push(core);
  expect((await call(core, 'workspace/status', {})).mode).toBe('damaged');
  return call(core, 'workspace/salvage', { language });
}

const kind = (r: SalvageReport, k: string) => r.kinds.find((x) => x.kind === k)!;
const files = (r: SalvageReport) => r.files.map((f) => parsePlanFile(Buffer.from(f.contentBase64, 'base64')));

describe('export what can be read from a damaged workspace', () => {
  it('a zeroed page in the budget: every plan saved, the lines on that page counted lost, the file untouched', async () => {
    const { dataDir, file, names } = await workspace();
    const leaf = firstChildOf(file, rootPageOf(file, 'budget_lines'));
    patch(file, (leaf - 1) * 4096, Buffer.alloc(4096));
    const before = readFileSync(file);

    const report = await salvage(dataDir);
    expect(readFileSync(file).equals(before)).toBe(true);
    const plans = files(report);
    expect(plans.map((f) => f.plans[0].name).sort()).toEqual([...names].sort());
    expect(kind(report, 'activities')).toMatchObject({ read: PLANS * ACTIVITIES, lost: 0 });
    expect(kind(report, 'claims')).toMatchObject({ read: PLANS * ACTIVITIES, lost: 0 });
    expect(kind(report, 'risks')).toMatchObject({ read: PLANS, lost: 0 });
    const budget = kind(report, 'budgetLines');
    expect(budget.lost).toBeGreaterThan(0);
    expect(budget.lost).toBeLessThan((PLANS * LINES) / 4);
    expect(budget.read + budget.lost).toBe(PLANS * LINES);
    expect(plans.reduce((n, f) => n + f.budgetLines.length, 0)).toBe(budget.read);
    expect(report.renamedPlans).toBe(0);
    expect(report.message['zh-CN']).toContain(`预算科目 ${budget.lost} 条`);
    expect(report.message.en).toContain(`${budget.lost} budget lines`);
  });

  it('a zeroed plans page: the plans come back as stand-ins with everything they own', async () => {
    const { dataDir, file } = await workspace();
    patch(file, (rootPageOf(file, 'plans') - 1) * 4096, Buffer.alloc(4096));

    const report = await salvage(dataDir, 'en');
    const plans = files(report);
    expect(plans.map((f) => f.plans[0].name).sort()).toEqual([
      'Recovered plan 1',
      'Recovered plan 2',
      'Recovered plan 3',
    ]);
    expect(report.renamedPlans).toBe(PLANS);
    expect(kind(report, 'plans')).toMatchObject({ read: PLANS, lost: PLANS });
    expect(kind(report, 'activities')).toMatchObject({ read: PLANS * ACTIVITIES, lost: 0 });
    expect(kind(report, 'budgetLines')).toMatchObject({ read: PLANS * LINES, lost: 0 });
    // A stand-in spans its activities.
    expect(plans[0].plans[0].startDate).toBe('2026-01-01');
    expect(report.message['zh-CN']).toContain('恢复的方案');
    expect(report.message.en).toContain('Recovered plan');
  });

  it('flipped bytes on the budget root: the budget is counted lost, the rest saved', async () => {
    const { dataDir, file } = await workspace();
    const offset = (rootPageOf(file, 'budget_lines') - 1) * 4096;
    const original = readFileSync(file).subarray(offset, offset + 50);
    patch(file, offset, Buffer.from(original.map((b) => b ^ 0xff)));

    const report = await salvage(dataDir);
    expect(report.files).toHaveLength(PLANS);
    expect(kind(report, 'activities')).toMatchObject({ read: PLANS * ACTIVITIES, lost: 0 });
    expect(kind(report, 'budgetLines').lost).toBeGreaterThan(0);
  });

  it('a damaged header is mended in the copy: everything is read', async () => {
    const { dataDir, file, names } = await workspace();
    patch(file, 0, Buffer.from('garbage garbage!'));
    const report = await salvage(dataDir);
    expect(
      files(report)
        .map((f) => f.plans[0].name)
        .sort(),
    ).toEqual([...names].sort());
    expect(report.kinds.filter((k) => k.lost > 0)).toEqual([]);
    expect(report.message['zh-CN']).toContain('没有发现丢失的记录');
    expect(report.message.en).toContain('No record was found lost');
  });

  it('a workspace cut short by a page: what lies before the cut is saved, and the report names no key', async () => {
    const { dataDir, file, names } = await workspace();
    truncateSync(file, statSync(file).size - 4096 - 100);
    const report = await salvage(dataDir);
    expect(
      files(report)
        .map((f) => f.plans[0].name)
        .sort(),
    ).toEqual([...names].sort());
    expect(kind(report, 'activities').read + kind(report, 'activities').lost).toBe(PLANS * ACTIVITIES);
    expect(report.message.en).not.toMatch(/\b[a-z]+_[a-z]+\b|[\u4e00-\u9fff]/);
    expect(report.message['zh-CN']).not.toMatch(/\b[a-z]+_[a-z]+\b/);
  });

  it('a workspace cut in half: whatever its remaining pages hold is saved, or it says the file cannot be read', async () => {
    const { dataDir, file } = await workspace();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const report = await salvage(dataDir);
    for (const f of files(report)) expect(f.plans).toHaveLength(1);
    if (report.files.length === 0) expect(report.message.en).toMatch(/Nothing could be exported/);
    else expect(report.kinds.some((k) => k.lost > 0)).toBe(true);
  });

  it('an empty workspace: nothing to export, said so', async () => {
    const { dataDir, file } = await workspace();
    writeFileSync(file, '');
    const report = await salvage(dataDir);
    expect(report.files).toEqual([]);
    expect(report.message['zh-CN']).toMatch(/无法从损坏的工作区导出方案/);
    expect(report.message.en).toMatch(/Nothing could be exported/);
  });

  it('an intact workspace is not salvaged', async () => {
    const dataDir = dirs.make();
    const core = await open(dataDir);
    cores.push(core);
    expect(await refusal(core, 'workspace/salvage', { language: 'zh-CN' })).toMatchObject({ code: 'READ_ONLY' });
  });
});
