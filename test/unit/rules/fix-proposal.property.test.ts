import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Finding, proposeMove, proposeSwap, RulesEngine, type RulesInput } from '../../../src-shared/rules';
import { arbInput } from './arb-input';
import { act, inputOf, uid } from './helpers';

/** The input with one activity at the proposal's start and end, as the edit channel stores it. */
function applied(input: RulesInput, id: string, start: string, end: string): RulesInput {
  return { ...input, activities: input.activities.map((a) => (a.id === id ? { ...a, start, end } : a)) };
}

/** What the rules say after a fix was applied, checked against what the fix announced. */
function expectFixed(before: Finding[], after: Finding[], f: Finding, removes: Finding[], mayAdd: Finding[]): void {
  const hardBefore = new Map(before.filter((x) => x.severity === 'hard').map((x) => [x.key, x.amount]));
  const keysBefore = new Set(before.map((x) => x.key));
  const keysAfter = new Set(after.map((x) => x.key));
  expect(removes[0].key).toBe(f.key);
  expect(mayAdd.every((x) => x.severity === 'soft')).toBe(true);
  expect(keysAfter.has(f.key)).toBe(false);
  // No hard finding is added, and none that stays grows.
  for (const x of after)
    if (x.severity === 'hard') expect(x.amount).toBeLessThanOrEqual((hardBefore.get(x.key) ?? 0) + 1e-9);
  const announced = new Set(mayAdd.map((x) => x.key));
  expect(after.filter((x) => !keysBefore.has(x.key) && !announced.has(x.key))).toEqual([]);
  for (const x of removes) expect(keysAfter.has(x.key)).toBe(false);
}

/**
 * Every finding offering fix `kind` on random workspaces, with the input, an engine over it and
 * the findings before; afterwards the engine must be as the search found it.
 */
function forEachFinding(
  kind: Finding['fixes'][number],
  runs: { numRuns: number; seed: number },
  visit: (input: RulesInput, engine: RulesEngine, before: Finding[], f: Finding) => void,
): void {
  fc.assert(
    fc.property(arbInput, (generated) => {
      const input = structuredClone(generated);
      const engine = new RulesEngine(structuredClone(input));
      const before = engine.findings();
      for (const f of before) if (f.fixes.includes(kind)) visit(input, engine, before, f);
      expect(engine.findings().map((x) => x.key)).toEqual(before.map((x) => x.key));
    }),
    runs,
  );
}

describe('one-click "move" fixes are chosen by the rules', () => {
  it('each fix offered for each finding removes it, adds no hard finding and only the soft ones it announced', () => {
    let offered = 0;
    let refused = 0;
    forEachFinding('move', { numRuns: 15, seed: 11 }, (input, engine, before, f) => {
      const p = proposeMove(engine, f, 20);
      if (p.kind === 'none') {
        refused++;
        expect(p.reason['zh-CN'].length).toBeGreaterThan(0);
        expect(p.reason.en.length).toBeGreaterThan(0);
        return;
      }
      offered++;
      // A cold full detection of the edited schedule, as the main process runs after the edit.
      const after = new RulesEngine(applied(input, p.activityId, p.start, p.end)).findings();
      expectFixed(before, after, f, p.removes, p.mayAdd);
    });
    // The property is about fixes that are offered: make sure there were many, and some refusals.
    expect(offered).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(0);
  });

  it('each resource swap offered removes its finding, adds no hard one and only the soft ones it announced', () => {
    let offered = 0;
    forEachFinding('swap_resource', { numRuns: 40, seed: 12 }, (input, engine, before, f) => {
      const p = proposeSwap(engine, f);
      if (p.kind === 'none') return;
      offered++;
      const activities = input.activities.map((a) => (a.id === p.activityId ? { ...a, claims: p.claims } : a));
      expectFixed(before, new RulesEngine({ ...input, activities }).findings(), f, p.removes, p.mayAdd);
    });
    expect(offered).toBeGreaterThan(20);
  });

  it('moves a member day off a too-close pair to a day that is clear of every segment gap, not just the next day', () => {
    const seg = uid(600);
    const input = inputOf({
      segments: [{ id: seg, name: 'VIP', minGapDays: 3, weeklyMax: null }],
      activities: [
        act(1, '2026-03-08', '2026-03-08', { segmentIds: [seg], priority: 'preference' }),
        act(2, '2026-03-09', '2026-03-09', { segmentIds: [seg] }),
        act(3, '2026-03-12', '2026-03-12', { segmentIds: [seg], priority: 'preference' }),
      ],
    });
    const engine = new RulesEngine(input);
    const pair = engine.findings().find((f) => f.ruleId === 'segment.min_gap' && f.activityIds.includes(uid(1002)));
    expect(pair).toBeDefined();
    const p = proposeMove(engine, pair!);
    if (p.kind !== 'move') throw new Error('expected a move');
    expect(p).toMatchObject({ activityId: uid(1002), mayAdd: [] });
    // The day after (03-10) is still within 3 days of 03-08 and 03-12: the rules send it further.
    expect(p.start).not.toBe('2026-03-10');
    const after = new RulesEngine(applied(input, p.activityId, p.start, p.end)).findings();
    expect(after.filter((f) => f.ruleId === 'segment.min_gap')).toEqual([]);
  });

  it('says so when every activity of the finding is pinned', () => {
    const r = uid(500);
    const input = inputOf({
      resources: [{ id: r, name: 'Hall', kind: 'venue', quantity: 1, dailyCapacity: null, unavailableDates: [] }],
      activities: [
        act(1, '2026-03-10', '2026-03-10', { pinned: true, claims: [{ resourceId: r, quantity: 1 }] }),
        act(2, '2026-03-10', '2026-03-10', { locked: true, claims: [{ resourceId: r, quantity: 1 }] }),
      ],
    });
    const engine = new RulesEngine(input);
    const [clash] = engine.findings();
    const p = proposeMove(engine, clash);
    expect(p.kind).toBe('none');
    expect(p).toMatchObject({ reason: { en: expect.stringContaining('pinned') } });
  });
});
