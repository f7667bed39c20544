import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activityToRow } from '../../../src-main/db/queries/activities';
import { IN_PROCESS_BYTES } from '../../../src-main/db/safety/check-runner';
import { checkDatabaseFile } from '../../../src-main/db/safety/integrity';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { makeActivities } from '../../bench/suites/db.bench';
import { call, open, planInput, tempDirs } from './helpers';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

const LABEL = { 'zh-CN': '编辑', en: 'edit' };
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A workspace large enough that its backup is not a single quick copy on the main thread. */
async function largeWorkspace(): Promise<{ core: OpenedWorkspace; dataDir: string; planId: string }> {
  const dataDir = dirs.make();
  const core = await open(dataDir);
  cores.push(core);
  const plan = await call(core, 'plan/create', planInput('大方案'));
  const venue = await call(core, 'resource/create', { name: '场地', kind: 'venue', quantity: 2 });
  const acts = makeActivities(plan.id, 15_000, [venue.id]);
  await core.workspace.edit(LABEL, async (rec) => {
    await rec.insertMany('activities', acts.map(activityToRow));
  });
  expect(statSync(join(dataDir, 'workspace.dangqi-db')).size).toBeGreaterThan(IN_PROCESS_BYTES);
  return { core, dataDir, planId: plan.id };
}

describe('a backup while edits keep coming', () => {
  it('finishes, verified, while edits arrive back to back and each holds its transaction across turns', async () => {
    const { core, planId } = await largeWorkspace();
    let done = false;
    const backup = core.backups.make('manual').finally(() => (done = true));
    // Each edit keeps its write transaction open over event-loop turns (as an edit that awaits
    // other work would), and the next begins as soon as one commits: a backup that copies a step
    // at a time from the editing connection finds a write transaction open at nearly every step.
    let edits = 0;
    while (!done) {
      await core.workspace.edit(LABEL, async (rec) => {
        await rec.insertMany('activities', makeActivities(planId, 1, []).map(activityToRow));
        await nextTurn();
        await nextTurn();
      });
      edits++;
    }
    const info = await backup;
    expect(edits).toBeGreaterThan(0);
    expect(info).toMatchObject({ reason: 'manual', verified: true, plans: 1 });
    // The backup is one consistent moment: the seed and some prefix of the edits, nothing torn.
    expect(info.activities).toBeGreaterThanOrEqual(15_000);
    expect(info.activities).toBeLessThanOrEqual(15_000 + edits);
    expect(checkDatabaseFile({ file: join(core.backups.dir, info.name) })).toMatchObject({ ok: true });
  });

  it('finishes while edits arrive as separate requests, one per turn, with none refused', async () => {
    const { core } = await largeWorkspace();
    let done = false;
    const backup = core.backups.make('manual').finally(() => (done = true));
    let edits = 0;
    while (!done) {
      await call(core, 'plan/create', planInput(`方案 ${edits}`));
      edits++;
      await nextTurn(); // the next request arrives in its own turn, as it does through a door
    }
    const info = await backup;
    expect(info.verified).toBe(true);
    expect(info.plans).toBeGreaterThanOrEqual(1);
    expect(info.plans).toBeLessThanOrEqual(1 + edits);
    expect((await call(core, 'plan/list', {})).length).toBe(1 + edits);
  });
});
