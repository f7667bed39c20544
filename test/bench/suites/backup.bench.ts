/**
 * Workspace safety figures (issue 14): an online backup of the 100k-activity workspace, verified,
 * while edits keep coming (the longest any edit waited is the stall), and the integrity check
 * that runs when that workspace is opened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activityToRow } from '../../../src-main/db/queries/activities';
import { checkDatabaseFile } from '../../../src-main/db/safety/integrity';
import { type OpenedWorkspace, openWorkspace } from '../../../src-main/service/open-workspace';
import type { BenchSuite } from '../run';
import { makeActivities } from './db.bench';

async function seed100k(core: OpenedWorkspace): Promise<void> {
  const plan = await core.dispatch('plan/create', { name: 'bench', startDate: '2026-01-01', endDate: '2026-12-31' });
  if (!plan.ok) throw new Error(plan.error.message.en);
  const resource = await core.dispatch('resource/create', { name: '场地', kind: 'venue', quantity: 2 });
  if (!resource.ok) throw new Error(resource.error.message.en);
  const planId = (plan.value as { id: string }).id;
  const resourceId = (resource.value as { id: string }).id;
  const acts = makeActivities(planId, 100_000, [resourceId]);
  for (let i = 0; i < acts.length; i += 10_000) {
    const slice = acts.slice(i, i + 10_000);
    await core.workspace.edit({ 'zh-CN': '准备', en: 'seed' }, async (rec) => {
      await rec.insertMany('activities', slice.map(activityToRow));
    });
  }
}

/**
 * Edits at a planner's pace, generously (50 a second), until `stop`; answers how long each took
 * from the moment it was due, so time the main thread spent on something else (a backup step,
 * a commit's fsync) before the edit could start counts as well as the edit itself.
 */
async function editsUntil(core: OpenedWorkspace, name: string, stop: (i: number) => boolean): Promise<number[]> {
  const took: number[] = [];
  let due = performance.now();
  for (let i = 0; !stop(i); i++) {
    const r = await core.dispatch('plan/create', {
      name: `${name} ${i}`,
      startDate: '2026-01-01',
      endDate: '2026-01-31',
    });
    took.push(performance.now() - due);
    if (!r.ok) throw new Error(r.error.message.en);
    due = performance.now() + 20;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return took;
}

const suite: BenchSuite = {
  name: 'workspace safety (backup, check at open)',
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'dangqi-bench-backup-'));
    const options = { dataDir: dir, door: 'test' as const, version: 'bench', onLog: () => undefined };
    try {
      let core = await openWorkspace(options);
      await seed100k(core);
      await core.close();

      const file = join(dir, 'workspace.dangqi-db');
      let t0 = performance.now();
      const report = checkDatabaseFile({ file });
      const quickCheckMs = performance.now() - t0;
      if (!report.ok || report.activities !== 100_000) throw new Error('the 100k workspace did not check out');

      t0 = performance.now();
      core = await openWorkspace(options);
      const openMs = performance.now() - t0;
      await core.backups.idle(); // the open backup runs in the background; let it finish first

      // The same edits without a backup running: what an edit costs on its own here.
      const alone = await editsUntil(core, 'alone', (i) => i >= 25);
      let done = false;
      t0 = performance.now();
      const backup = core.backups.make('manual').finally(() => (done = true));
      const stalls = await editsUntil(core, 'edit', () => done);
      const info = await backup;
      const backupMs = performance.now() - t0;
      if (!info.verified || info.activities !== 100_000) throw new Error('the backup did not verify');
      await core.close();
      return {
        backup_ms_100k: backupMs,
        backup_edit_stall_ms_max: Math.max(...stalls),
        backup_edits_during: stalls.length,
        edit_ms_max_without_backup: Math.max(...alone),
        backup_size_mb_100k: info.sizeBytes / 1024 / 1024,
        quick_check_open_ms_100k: quickCheckMs,
        open_with_check_ms_100k: openMs,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default suite;
