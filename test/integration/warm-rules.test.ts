import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditOutcome } from '../../src-shared/contract-outcome';
import { addDays } from '../../src-shared/model/dates';
import {
  applyOutcome,
  emptyStore,
  findingsOf,
  putEntities,
  putFindings,
  type OutcomeStore,
} from '../../src-shared/outcome-store';
import { RulesEngine, canonicalFinding, type Finding } from '../../src-shared/rules';
import { loadRulesInput } from '../../src-main/service/engine-input';
import {
  applyOutcomeToConflicts,
  applyOutcomeToPreviewInput,
  applyOutcomeToSnapshot,
} from '../../src-renderer/src/state/apply-outcome';
import { ScheduleModel } from '../../src-renderer/src/views/conflicts/schedule-model';
import { type TestCore, createTestCore } from '../support/core';

/**
 * The warm engine against a cold full detection, and the outcome store against a fresh read,
 * after every step of random edit sequences over two plans sharing a venue, a team and a channel.
 */
let core: TestCore;

interface World {
  plans: string[];
  resources: string[];
  segments: string[];
  activities: string[];
}

const DAY0 = '2026-03-01';

async function seed(): Promise<World> {
  const plans = [
    (await core.call('plan/create', { name: '会员档期', startDate: '2026-03-01', endDate: '2026-05-31' })).id,
    (await core.call('plan/create', { name: '同城推广', startDate: '2026-03-01', endDate: '2026-06-30' })).id,
  ];
  const resources = [
    (await core.call('resource/create', { name: '主会场', kind: 'venue', quantity: 1 })).id,
    (await core.call('resource/create', { name: '执行团队', kind: 'staff', quantity: 3 })).id,
    (await core.call('resource/create', { name: '短信', kind: 'channel', quantity: 1, dailyCapacity: 2 })).id,
  ];
  const segments = [
    (await core.call('segment/create', { name: '金卡会员', dimension: 'tier', minGapDays: 3, weeklyMax: 2 })).id,
  ];
  return { plans, resources, segments, activities: [] };
}

type Step =
  | { kind: 'create'; plan: number; day: number; len: number; res: number; qty: number; seg: boolean }
  | { kind: 'move'; pick: number; day: number }
  | { kind: 'resize'; pick: number; len: number }
  | { kind: 'retitle'; pick: number; title: string }
  | { kind: 'claims'; pick: number; res: number; qty: number }
  | { kind: 'cancel'; pick: number; cancelled: boolean }
  | { kind: 'delete'; pick: number }
  | { kind: 'budget'; plan: number; cents: number }
  | { kind: 'targets'; plan: number; min: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    plan: fc.nat(1),
    day: fc.nat(80),
    len: fc.integer({ min: 1, max: 3 }),
    res: fc.nat(2),
    qty: fc.integer({ min: 1, max: 3 }),
    seg: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), day: fc.nat(80) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), day: fc.nat(80) }),
  fc.record({ kind: fc.constant('resize' as const), pick: fc.nat(), len: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('retitle' as const),
    pick: fc.nat(),
    title: fc.constantFrom('沙龙', 'VIP 日', 'Salon'),
  }),
  fc.record({
    kind: fc.constant('claims' as const),
    pick: fc.nat(),
    res: fc.nat(2),
    qty: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), pick: fc.nat(), cancelled: fc.boolean() }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('budget' as const), plan: fc.nat(1), cents: fc.integer({ min: 100, max: 5_000_000 }) }),
  fc.record({ kind: fc.constant('targets' as const), plan: fc.nat(1), min: fc.integer({ min: 0, max: 12 }) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

/** Runs one step through dispatch; answers its outcome (undefined when the step was refused or had nothing to do). */
async function run(w: World, s: Step): Promise<EditOutcome | undefined> {
  const pick = (n: number) => (w.activities.length ? w.activities[n % w.activities.length] : null);
  const call = async (channel: string, args: unknown) => {
    const r = await core.dispatch(channel, args);
    return r.ok ? r : undefined;
  };
  switch (s.kind) {
    case 'create': {
      const start = addDays(DAY0, s.day);
      const r = await call('activity/create', {
        planId: w.plans[s.plan],
        title: `活动 ${w.activities.length + 1}`,
        type: 'salon',
        start,
        end: addDays(start, s.len - 1),
        claims: [{ resourceId: w.resources[s.res], quantity: s.qty }],
        segmentIds: s.seg ? w.segments : [],
      });
      if (r) w.activities.push((r.value as { id: string }).id);
      return r?.outcome;
    }
    case 'move':
    case 'resize': {
      const id = pick(s.pick);
      if (!id) return undefined;
      const current = await core.workspace.db
        .selectFrom('activities')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) return undefined;
      const start = s.kind === 'move' ? addDays(DAY0, s.day) : current.start;
      const len =
        s.kind === 'resize' ? s.len : Math.round((Date.parse(current.end) - Date.parse(current.start)) / 864e5) + 1;
      return (await call('activity/update', { id, start, end: addDays(start, len - 1) }))?.outcome;
    }
    case 'retitle': {
      const id = pick(s.pick);
      return id ? (await call('activity/update', { id, title: s.title }))?.outcome : undefined;
    }
    case 'claims': {
      const id = pick(s.pick);
      return id
        ? (await call('activity/update', { id, claims: [{ resourceId: w.resources[s.res], quantity: s.qty }] }))
            ?.outcome
        : undefined;
    }
    case 'cancel': {
      const id = pick(s.pick);
      return id
        ? (await call('activity/update', { id, status: s.cancelled ? 'cancelled' : 'planned' }))?.outcome
        : undefined;
    }
    case 'delete': {
      const id = pick(s.pick);
      return id ? (await call('activity/delete', { id }))?.outcome : undefined;
    }
    case 'budget':
      return (
        await call('budget/create-line', {
          planId: w.plans[s.plan],
          phase: '执行',
          category: 'venue',
          description: '场地',
          plannedCents: s.cents,
          date: '2026-03-15',
        })
      )?.outcome;
    case 'targets': {
      const settings = await core.call('plan/get-settings', { planId: w.plans[s.plan] });
      const next = { ...settings, targets: { ...settings.targets, monthlyActivitiesMin: s.min } };
      return (await call('plan/update-settings', { planId: w.plans[s.plan], settings: next }))?.outcome;
    }
    case 'undo':
      return (await call('history/undo', {}))?.outcome;
    case 'redo':
      return (await call('history/redo', {}))?.outcome;
  }
}

const byKey = (fs: readonly Finding[]) => [...fs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

/**
 * What must agree between the warm and the cold engine: every finding's key, rule, figures and
 * the sets of what it names. The order of the activities inside one finding (and so the first
 * titles its message quotes) follows the engine's numbering, which moves leave unsorted.
 */
const agreed = (fs: readonly Finding[]) =>
  byKey(fs).map((f) => ({
    key: f.key,
    canonical: canonicalFinding(f),
    severity: f.severity,
    penalty: f.penalty,
    activityIds: [...f.activityIds].sort(),
  }));

async function cold(planId: string | null): Promise<Finding[]> {
  const all = new RulesEngine(await loadRulesInput(core.workspace.db, planId)).findings();
  return planId ? all.filter((f) => f.planIds.includes(planId)) : all;
}

async function freshStore(w: World): Promise<OutcomeStore> {
  const store = emptyStore();
  for (const planId of w.plans) {
    const s = await core.call('plan/get-snapshot', { id: planId });
    putEntities(store, { ...s, plans: [s.plan], planSettings: [{ planId, settings: s.settings }] });
    putFindings(store, planId, (await core.call('conflict/list', { planId })).findings);
  }
  putFindings(store, null, (await core.call('conflict/list', { planId: null })).findings);
  return store;
}

/** The store's entities and findings as plain sorted data, for comparing two stores. */
function plainOf(store: OutcomeStore, w: World) {
  const sorted = <T extends { id: string }>(m: Map<string, T>) =>
    [...m.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    plans: sorted(store.plans),
    activities: sorted(store.activities),
    budgetLines: sorted(store.budgetLines),
    settings: w.plans.map((p) => store.planSettings.get(p)),
    findings: [null, ...w.plans].map((p) => findingsOf(store, p)),
  };
}

describe('the warm rules engine and edit outcomes', () => {
  it('after every step of random edits: warm findings equal a cold detection, and two windows applying outcomes equal a fresh read', async () => {
    let patched = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 12 }), async (steps) => {
        core = await createTestCore();
        try {
          const w = await seed();
          for (let k = 0; k < 3; k++)
            await run(w, { kind: 'create', plan: k % 2, day: 10 + k, len: 1, res: 0, qty: 1, seg: true });
          const windowA = await freshStore(w);
          const windowB = await freshStore(w);
          // The renderer's held reads: each plan's snapshot and conflict list, patched by outcomes.
          const snaps = await Promise.all(w.plans.map((id) => core.call('plan/get-snapshot', { id })));
          const lists = await Promise.all(w.plans.map((planId) => core.call('conflict/list', { planId })));
          // The drag preview's input per plan: patched by outcomes, or read again when they cannot patch it.
          const previewInput = (planId: string) => core.call('conflict/preview-input', { planId });
          const inputs = await Promise.all(w.plans.map(previewInput));
          for (const s of steps) {
            const outcome = await run(w, s);
            if (outcome) {
              applyOutcome(windowA, outcome);
              applyOutcome(windowA, outcome); // twice: harmless
              applyOutcome(windowB, outcome);
              w.plans.forEach((planId, k) => {
                snaps[k] = applyOutcomeToSnapshot(snaps[k], outcome) ?? snaps[k];
                lists[k] = applyOutcomeToConflicts(lists[k], planId, outcome) ?? lists[k];
              });
              for (const [k, planId] of w.plans.entries()) {
                const next = applyOutcomeToPreviewInput(inputs[k], planId, outcome);
                if (next) patched++; // a patch, not a read: counted, so the path is known to be taken
                inputs[k] = next ?? (await previewInput(planId));
              }
            }
            for (const planId of [null, ...w.plans]) {
              const warm = (await core.call('conflict/list', { planId })).findings;
              expect(agreed(warm)).toEqual(agreed(await cold(planId)));
            }
            const fresh = plainOf(await freshStore(w), w);
            expect(plainOf(windowA, w)).toEqual(fresh);
            expect(plainOf(windowB, w)).toEqual(fresh);
            for (const [k, id] of w.plans.entries()) {
              expect(snaps[k]).toEqual(await core.call('plan/get-snapshot', { id }));
              const list = await core.call('conflict/list', { planId: id });
              expect(byKey(lists[k].findings)).toEqual(byKey(list.findings));
              expect(lists[k].summary.hard).toBeCloseTo(list.summary.hard, 6);
              expect(lists[k].summary.soft).toBeCloseTo(list.summary.soft, 6);
              // The preview judges with main's input: the plan's findings on it are conflict/list's.
              const preview = new RulesEngine(inputs[k]).findings().filter((f) => f.planIds.includes(id));
              expect(agreed(preview)).toEqual(agreed(list.findings));
            }
          }
        } finally {
          await core.dispose();
        }
      }),
      { numRuns: 8, seed: 20261204 },
    );
    expect(patched).toBeGreaterThan(0);
  }, 120_000);

  it('the preview input of a plan carries another plan’s claim on a shared venue, so a drag names that clash', async () => {
    core = await createTestCore();
    try {
      const w = await seed();
      const day = '2026-04-11';
      const mine = await core.call('activity/create', {
        planId: w.plans[0],
        title: '会员沙龙',
        type: 'salon',
        start: '2026-04-18',
        end: '2026-04-18',
        claims: [{ resourceId: w.resources[0], quantity: 1 }],
      });
      await core.call('activity/create', {
        planId: w.plans[1],
        title: '同城快闪',
        type: 'city_promotion',
        start: day,
        end: day,
        claims: [{ resourceId: w.resources[0], quantity: 1 }],
      });
      const input = await core.call('conflict/preview-input', { planId: w.plans[0] });
      expect(input.activities.map((a) => a.title).sort()).toEqual(['会员沙龙', '同城快闪']);
      const model = new ScheduleModel(input);
      expect(model.begin(mine.id)).toBe(true);
      const verdict = model.preview(day);
      model.end();
      expect(verdict.hard.map((f) => f.ruleId)).toEqual(['resource.capacity']);
      expect(verdict.hard[0].activityIds).toContain(mine.id);
      expect(verdict.hard[0].planIds).toEqual(expect.arrayContaining(w.plans));
      // After the drop, main says the same.
      await core.call('activity/update', { id: mine.id, start: day, end: day });
      const list = await core.call('conflict/list', { planId: w.plans[0] });
      expect(list.findings.map((f) => f.key)).toContain(verdict.hard[0].key);
    } finally {
      await core.dispose();
    }
  });
});
