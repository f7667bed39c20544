/**
 * Baselines (定稿, issue 16) on a 10k-activity plan: freezing it through the service (read the
 * plan, write one baseline row, as one undoable edit), and diffing it against the plan after 500
 * changes the way the renderer counts them (freeze the current state, diff), plus the change list
 * with when and why from the history (`baseline/changes`). Every call goes through dispatch.
 */
import { diffBaselines, freezeBaseline, changeCount } from '../../../src-shared/baseline';
import type { Activity } from '../../../src-shared/model';
import { addDays } from '../../../src-shared/model/dates';
import { createTestDb } from '../../../src-main/db/test-db';
import { createDispatch } from '../../../src-main/service/dispatch';
import { createPlanService } from '../../../src-main/service/plan-service';
import { Workspace } from '../../../src-main/service/workspace';
import { generate, rng, SPECS } from '../fixtures/generate';
import { writeFixture } from '../fixtures/workspace-db';
import type { BenchSuite } from '../run';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const suite: BenchSuite = {
  name: 'baselines (定稿)',
  async run() {
    const input = generate({ ...SPECS.L, plans: 1 }, 3);
    const t = await createTestDb();
    const ws = new Workspace(t.db);
    await writeFixture(ws, input);
    const planId = input.plans[0].id;
    const dispatch = createDispatch(createPlanService(ws, { version: 'bench', door: 'test', dataDir: t.dir }));
    const call = async <T>(channel: string, args: unknown): Promise<T> => {
      const r = await dispatch(channel, args);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message.en}`);
      return r.value as T;
    };

    const saves: number[] = [];
    let baselineId = '';
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      const info = await call<{ id: string }>('baseline/freeze', { planId, name: `定稿 ${round}` });
      saves.push(performance.now() - t0);
      baselineId = info.id;
    }
    await call('baseline/set-reference', { planId, id: baselineId });

    // 500 changes: 500 activities moved one to five days, as a month of fine-tuning would.
    const snap = await call<{ activities: Activity[]; budgetLines: never[]; kpis: never[] }>('plan/get-snapshot', {
      id: planId,
    });
    const rand = rng(11);
    const moved = new Set<number>();
    while (moved.size < 500) moved.add(Math.floor(rand() * snap.activities.length));
    const state = {
      ...snap,
      activities: snap.activities.map((a, i) => {
        if (!moved.has(i)) return a;
        const shift = 1 + Math.floor(rand() * 5);
        return {
          ...a,
          start: addDays(a.start.slice(0, 10), shift) + a.start.slice(10),
          end: addDays(a.end.slice(0, 10), shift) + a.end.slice(10),
        };
      }),
    };
    const { content } = await call<{ content: ReturnType<typeof freezeBaseline> }>('baseline/get', { id: baselineId });
    const diffs: number[] = [];
    let changes = 0;
    for (let round = 0; round < 10; round++) {
      const t0 = performance.now();
      const diff = diffBaselines(content, freezeBaseline(state));
      diffs.push(performance.now() - t0);
      changes = changeCount(diff);
    }

    // The same 500 moves written through the service, then the change list with when and why.
    await ws.edit({ 'zh-CN': '五百项调整', en: '500 moves' }, async (rec) => {
      for (const i of moved) {
        const a = state.activities[i];
        await rec.update('activities', a.id, { start: a.start, end: a.end });
        rec.touchPlan(planId);
      }
    });
    const lists: number[] = [];
    for (let round = 0; round < 5; round++) {
      const t0 = performance.now();
      await call('baseline/changes', { id: baselineId });
      lists.push(performance.now() - t0);
    }
    await t.dispose();
    return {
      baseline_save_ms_10k: median(saves),
      baseline_diff_ms_10k: median(diffs),
      baseline_diff_changes: changes,
      baseline_changes_channel_ms_10k: median(lists),
    };
  },
};
export default suite;
