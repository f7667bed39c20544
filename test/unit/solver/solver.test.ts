import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Proposal, type RulesInput } from '../../../src-shared/rules';
import { solve } from '../../../src-main/solver/solve';
import { generate } from '../../bench/fixtures/generate';
import { act, inputOf, uid } from '../rules/helpers';

const VR_A = uid(500);
const VR_B = uid(501);
const vr = (id: string, name: string) => ({
  id,
  name,
  kind: 'equipment' as const,
  quantity: 20,
  dailyCapacity: null,
  unavailableDates: [],
});

const small = (seed: number): RulesInput =>
  generate(
    {
      activities: 40,
      resources: 6,
      channels: 1,
      segments: 4,
      tasks: 10,
      days: 30,
      plans: 2,
      utilization: 0.8,
      perturb: 0.5,
    },
    seed,
  );

describe('solver', () => {
  it('20 VR sets: moves the normal session, never the festival one, and clears the clash', () => {
    const input = inputOf({
      resources: [vr(VR_A, 'VR 设备')],
      activities: [
        act(1, '2026-03-14', '2026-03-14', {
          title: '中秋体验',
          priority: 'festival',
          claims: [{ resourceId: VR_A, quantity: 12 }],
        }),
        act(2, '2026-03-14', '2026-03-14', { title: '会员沙龙', claims: [{ resourceId: VR_A, quantity: 12 }] }),
      ],
    });
    const p = solve({ input, planId: null, timeLimitMs: 2000, seed: 1, allowSwaps: false, maxEvaluations: 20_000 });
    Proposal.parse(p);
    expect(p.status).toBe('solved');
    expect(p.moves.map((x) => x.title)).toEqual(['会员沙龙']);
    expect(Math.abs(p.moves[0].shiftDays)).toBe(1);
    expect(p.after.hard).toBe(0);
    expect(p.before.byRule['resource.capacity']).toBe(4);
    // The reason names the finding it removes, in the finding's own words.
    expect(p.moves[0].reason['zh-CN']).toContain('消除冲突：资源「VR 设备」超出容量');
    expect(p.moves[0].reason.en).toContain('which removes: "VR 设备" is over capacity');
    expect(p.counts).toEqual({
      before: { hard: 1, soft: 0, byRule: { 'resource.capacity': 1 } },
      after: { hard: 0, soft: 0, byRule: {} },
    });
    expect(p.stats.stopped).toBe('optimal');
  });

  it('prefers swapping to a second set of 20 VR over moving the date', () => {
    const input = inputOf({
      resources: [vr(VR_A, 'VR 设备 A'), vr(VR_B, 'VR 设备 B')],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR_A, quantity: 12 }] }),
      ],
    });
    const p = solve({ input, planId: null, timeLimitMs: 2000, seed: 3, maxEvaluations: 20_000 });
    expect(p.status).toBe('solved');
    expect(p.moves).toHaveLength(1);
    expect(p.moves[0].shiftDays).toBe(0);
    expect(p.moves[0].swaps).toEqual([{ fromResourceId: VR_A, toResourceId: VR_B, quantity: 12 }]);
  });

  it('an infeasible instance ends on time and lists what cannot be placed', () => {
    const input = inputOf({
      resources: [vr(VR_A, 'VR 设备')],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', {
          claims: [{ resourceId: VR_A, quantity: 12 }],
          windowStart: '2026-03-14',
          windowEnd: '2026-03-14',
        }),
      ],
    });
    const t = performance.now();
    const p = solve({ input, planId: null, timeLimitMs: 300, seed: 1, stallLimit: Infinity });
    expect(performance.now() - t).toBeLessThan(1500);
    expect(p.status).toBe('infeasible');
    expect(p.unplaced.map((u) => u.title).sort()).toEqual(['A1', 'A2']);
    expect(p.unplaced[0].message['zh-CN']).toContain('找不到');
  });

  it('a clash no move can remove ends on a stall, not at the time limit, and says so', () => {
    const input = inputOf({
      resources: [vr(VR_A, 'VR 设备')],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(3, '2026-03-20', '2026-03-20', { claims: [{ resourceId: VR_A, quantity: 4 }] }),
      ],
    });
    const p = solve({ input, planId: null, timeLimitMs: 600_000, seed: 1 });
    expect(p.stats.stopped).toBe('stall');
    expect(p.status).toBe('infeasible');
    expect(p.counts.after).toEqual({ hard: 1, soft: 0, byRule: { 'resource.capacity': 1 } });
  });

  it('keeps a Saturday activity on a weekend: a free Saturday a week away beats the Friday next door', () => {
    const sat = '2026-03-14';
    const input = inputOf({
      resources: [vr(VR_A, 'VR 设备')],
      activities: [
        act(1, sat, sat, { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(2, '2026-03-15', '2026-03-15', { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(3, '2026-03-07', '2026-03-08', { pinned: true, claims: [{ resourceId: VR_A, quantity: 12 }] }),
        act(4, sat, sat, { title: 'VIP尊享日', priority: 'preference', claims: [{ resourceId: VR_A, quantity: 12 }] }),
      ],
      settings: { weights: { 'month.min_activities': 0, 'month.nonworkday_share': 0, 'plan.backup_share': 0 } },
    });
    const p = solve({ input, planId: null, timeLimitMs: 600_000, seed: 1 });
    expect(p.moves.map((mv) => [mv.title, mv.newStart])).toEqual([['VIP尊享日', '2026-03-21']]);
    expect(p.counts.after.hard).toBe(0);
    // Switched off (weight 0), the preference no longer holds it: the Friday next door wins.
    input.settings.weights['month.preferred_share'] = 0;
    const q = solve({ input, planId: null, timeLimitMs: 600_000, seed: 1 });
    expect(q.moves.map((mv) => mv.newStart)).toEqual(['2026-03-13']);
  });

  it('property: never moves a pinned activity, never calls a remaining hard finding solved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 5 }), (seed, pinEvery) => {
        const input = small(seed);
        input.activities.forEach((a, k) => (a.pinned = pinEvery > 0 && k % pinEvery === 0));
        const p = solve({ input, planId: null, timeLimitMs: 5000, seed, maxEvaluations: 3000 });
        const pinned = new Set(input.activities.filter((a) => a.pinned).map((a) => a.id));
        expect(p.moves.filter((mv) => pinned.has(mv.activityId))).toEqual([]);
        const solved = new Set(p.solvedKeys);
        for (const f of p.remaining) {
          expect(solved.has(f.key)).toBe(false);
          if (f.severity === 'hard') expect(p.status).toBe('infeasible');
        }
        if (p.status === 'solved') expect(p.remaining.filter((f) => f.severity === 'hard')).toEqual([]);
      }),
      { numRuns: 25, seed: 11 },
    );
  });

  it('property: deterministic for a seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const run = () => solve({ input: small(seed), planId: null, timeLimitMs: 10_000, seed, maxEvaluations: 4000 });
        const a = run();
        const b = run();
        expect(b.moves).toEqual(a.moves);
        expect(b.after).toEqual(a.after);
      }),
      { numRuns: 10, seed: 5 },
    );
  });

  it('only moves the chosen plan when a plan is given', () => {
    const input = small(77);
    const planId = input.plans[0].id;
    const p = solve({ input, planId, timeLimitMs: 5000, seed: 2, maxEvaluations: 5000 });
    expect(p.moves.every((mv) => mv.planId === planId)).toBe(true);
  });
});
