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
import { engineOptions } from '../../../src-main/service/engine-handlers';
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
    // 突发调整: the busiest venue closed for three days, re-planned against the 定稿 and blind to it.
    engineOptions.inProcess = true;
    const claimsOn = new Map<string, number>();
    for (const a of input.activities)
      for (const c of a.claims) claimsOn.set(c.resourceId, (claimsOn.get(c.resourceId) ?? 0) + 1);
    const venue = input.resources
      .filter((r) => r.kind === 'venue')
      .sort((x, y) => (claimsOn.get(y.id) ?? 0) - (claimsOn.get(x.id) ?? 0))[0];
    const held = input.activities.filter((a) => a.claims.some((c) => c.resourceId === venue.id)).map((a) => a.start);
    const from = held.sort()[Math.floor(held.length / 2)].slice(0, 10);
    const disruption = { kind: 'resource-closed', resourceId: venue.id, from, to: addDays(from, 2) };
    // The weeks before it closed the planner fine-tuned that venue's bookings around those days
    // (half of them a day or two either way), as the member campaign document's weekly tuning
    // does: the re-plan meets a schedule that has drifted from its 定稿 where it must act.
    const lo = addDays(from, -14);
    const hi = addDays(from, 16);
    const tuned = state.activities.flatMap((a, i) => {
      const day = a.start.slice(0, 10);
      if (moved.has(i) || day < lo || day > hi || !a.claims.some((c) => c.resourceId === venue.id)) return [];
      if (rand() < 0.5) return [];
      const shift = (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 2));
      const at = (v: string) => addDays(v.slice(0, 10), shift) + v.slice(10);
      return [{ ...a, start: at(a.start), end: at(a.end) }];
    });
    await ws.edit({ 'zh-CN': '周调整', en: 'Weekly tuning' }, async (rec) => {
      for (const a of tuned) await rec.update('activities', a.id, { start: a.start, end: a.end });
      rec.touchPlan(planId);
    });
    const baseStart = new Map(content.activities.map((a) => [a.id, a.start]));
    const now = new Map([...state.activities, ...tuned].map((a) => [a.id, a.start]));
    const offBaseline = (moves: { activityId: string; newStart: string }[]) => {
      const after = new Map(now);
      for (const mv of moves) after.set(mv.activityId, mv.newStart);
      let n = 0;
      for (const [id, start] of after) if (baseStart.get(id) !== start) n++;
      return n;
    };
    // The header's conflict counts keep the rules engine warm while a planner works, so a
    // re-plan starts from a compiled engine, as it does here.
    await call('conflict/list', { planId });
    const replan = async (ignoreBaseline: boolean) => {
      const t0 = performance.now();
      const p = await call<{ moves: { activityId: string; newStart: string }[] }>('baseline/replan-propose', {
        planId,
        disruption,
        timeLimitMs: 2000,
        ignoreBaseline,
      });
      return { s: (performance.now() - t0) / 1000, moves: p.moves.length, off: offBaseline(p.moves) };
    };
    const aware = await replan(false);
    const blind = await replan(true);
    engineOptions.inProcess = false;
    await t.dispose();
    return {
      replan_s_disruption_10k: aware.s,
      replan_moves: aware.moves,
      replan_moves_blind: blind.moves,
      replan_changes_vs_baseline: aware.off,
      replan_changes_vs_baseline_blind: blind.off,
      replan_tuned_near_closure: tuned.length,
      replan_moves_vs_blind: blind.off === 0 ? 0 : aware.off / blind.off,
      baseline_save_ms_10k: median(saves),
      baseline_diff_ms_10k: median(diffs),
      baseline_diff_changes: changes,
      baseline_changes_channel_ms_10k: median(lists),
    };
  },
};
export default suite;
