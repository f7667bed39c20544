/**
 * Edit outcomes and the warm rules engine (issue 10) on the XL fixture (100k activities, 2,000
 * resources, 40 plans): opening a workspace to its first findings (the open plan's, as the app
 * asks; the whole workspace's beside it), conflict/list answered by the
 * warm engine, and one activity move through the service to its outcome with the findings delta.
 * Every call goes through dispatch, as the doors call it.
 */
import { addDays } from '../../../src-shared/model/dates';
import { createTestDb } from '../../../src-main/db/test-db';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { generate, rng, SPECS } from '../fixtures/generate';
import { writeFixture } from '../fixtures/workspace-db';
import type { BenchSuite } from '../run';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

function serviceOf(ws: Workspace, dir: string) {
  const dispatch = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: dir }));
  return async (channel: string, args: unknown) => {
    const r = await dispatch(channel, args);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message.en}`);
    return r;
  };
}

const suite: BenchSuite = {
  name: 'edit outcomes and the warm engine',
  async run() {
    const input = generate(SPECS.XL, 1);
    const t = await createTestDb();
    await writeFixture(new Workspace(t.db), input);
    const focus = input.plans[0].id;

    // Open: a fresh workspace over the file, to its first findings (the warm engine's compile).
    // The app's first question is the open plan's conflicts (the renderer asks per plan); a
    // workspace-wide list, which writes out every finding, is reported beside it.
    const opens: number[] = [];
    const opensAll: number[] = [];
    let ws = new Workspace(t.db);
    for (let round = 0; round < 3; round++) {
      for (const [planId, times] of [[null, opensAll] as const, [focus, opens] as const]) {
        ws = new Workspace(t.db);
        const call = serviceOf(ws, t.dir);
        const t0 = performance.now();
        await call('conflict/list', { planId });
        times.push(performance.now() - t0);
      }
    }
    const call = serviceOf(ws, t.dir);
    const first = await call('conflict/list', { planId: focus });
    const findings = (first.value as { findings: unknown[] }).findings.length;

    const lists: number[] = [];
    const planLists: number[] = [];
    for (let round = 0; round < 10; round++) {
      let t0 = performance.now();
      await call('conflict/list', { planId: null });
      lists.push(performance.now() - t0);
      t0 = performance.now();
      await call('conflict/list', { planId: focus });
      planLists.push(performance.now() - t0);
    }

    // One move each: a movable activity one to three days along, both warm scopes kept current.
    const rand = rng(7);
    const movable = input.activities.filter((a) => !a.pinned && !a.locked && a.allDay);
    const edits: number[] = [];
    let deltas = 0;
    for (let k = 0; k < 60; k++) {
      const a = movable[Math.floor(rand() * movable.length)];
      const shift = 1 + Math.floor(rand() * 3);
      const t0 = performance.now();
      const r = await call('activity/update', { id: a.id, start: addDays(a.start, shift), end: addDays(a.end, shift) });
      edits.push(performance.now() - t0);
      for (const d of r.outcome?.findings ?? []) deltas += d.added.length + d.removed.length;
      a.start = addDays(a.start, shift);
      a.end = addDays(a.end, shift);
    }
    // The first few moves pay for warming the prepared statements; the figure is over the rest.
    const steady = edits.slice(10);
    await t.dispose();
    return {
      workspace_open_ms_100k: median(opens),
      workspace_open_all_ms_100k: median(opensAll),
      conflict_list_ms_100k: median(lists),
      conflict_list_plan_ms_100k: median(planLists),
      conflict_findings_100k_plan: findings,
      edit_outcome_ms_p95_100k: p95(steady),
      edit_outcome_ms_p50_100k: median(steady),
      edit_outcome_delta_findings_avg: deltas / edits.length,
    };
  },
};
export default suite;
