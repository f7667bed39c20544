import { describe, expect, it } from 'vitest';
import { RulesEngine, canonicalFindings, naiveDetect } from '../../../src-shared/rules';
import { act, inputOf, uid } from './helpers';

const VR = uid(500);
const vr = {
  id: VR,
  name: 'VR 设备',
  kind: 'equipment' as const,
  quantity: 20,
  dailyCapacity: null,
  unavailableDates: [],
};

describe('incremental re-check (drag preview)', () => {
  it('moving one session off the clash removes the finding; moving it back brings it again', () => {
    const input = inputOf({
      resources: [vr],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
      ],
    });
    const engine = new RulesEngine(structuredClone(input));
    expect(engine.findings().map((f) => f.ruleId)).toEqual(['resource.capacity']);
    const away = engine.moveActivityTo(uid(1002), '2026-03-15');
    expect(away.removed.map((r) => engine.materialize(r).ruleId)).toEqual(['resource.capacity']);
    expect(away.added).toEqual([]);
    expect(engine.findings()).toEqual([]);
    const back = engine.moveActivityTo(uid(1002), '2026-03-14');
    expect(back.added.map((r) => engine.materialize(r).ruleId)).toEqual(['resource.capacity']);
    expect(canonicalFindings(engine.findings())).toEqual(canonicalFindings(naiveDetect(input)));
  });

  it('stretching the end edge onto the other session adds the finding; shrinking it back removes it', () => {
    const input = inputOf({
      resources: [vr],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
        act(2, '2026-03-16', '2026-03-16', { claims: [{ resourceId: VR, quantity: 12 }] }),
      ],
    });
    const engine = new RulesEngine(structuredClone(input));
    expect(engine.findings()).toEqual([]);
    const longer = engine.resizeActivityTo(uid(1001), '2026-03-16');
    expect(longer.added.map((r) => engine.materialize(r).ruleId)).toEqual(['resource.capacity']);
    expect(engine.m.endDay[0] - engine.m.startDay[0]).toBe(2);
    const stretched = { ...input, activities: [{ ...input.activities[0], end: '2026-03-16' }, input.activities[1]] };
    expect(canonicalFindings(engine.findings())).toEqual(canonicalFindings(naiveDetect(stretched)));
    const back = engine.resizeActivityTo(uid(1001), '2026-03-14');
    expect(back.removed.map((r) => engine.materialize(r).ruleId)).toEqual(['resource.capacity']);
    expect(engine.findings()).toEqual([]);
  });

  it('a re-check reports only what changed: a clash the move leaves alone is neither removed nor added', () => {
    const input = inputOf({
      resources: [vr],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
        act(3, '2026-03-20', '2026-03-20', { claims: [{ resourceId: VR, quantity: 1 }] }),
      ],
    });
    const engine = new RulesEngine(structuredClone(input));
    const before = engine.findings();
    expect(before.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    // Activity 3 shares the lane, so the lane is re-checked, but its clash is the same one.
    const d = engine.moveActivityTo(uid(1003), '2026-03-21');
    expect(d.removed.map((r) => engine.materialize(r).ruleId)).not.toContain('resource.capacity');
    expect(d.added.map((r) => engine.materialize(r).ruleId)).not.toContain('resource.capacity');
    // The kept finding is the one written before, not a copy written again.
    expect(engine.findings().find((f) => f.ruleId === 'resource.capacity')).toBe(before[0]);
  });

  it('a retitled activity renews the findings that quote its title', () => {
    const input = inputOf({
      resources: [vr],
      activities: [
        act(1, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
        act(2, '2026-03-14', '2026-03-14', { claims: [{ resourceId: VR, quantity: 12 }] }),
      ],
    });
    const engine = new RulesEngine(input);
    expect(engine.findings()).toHaveLength(1);
    input.activities[0] = { ...input.activities[0], title: '新名字' };
    const i = engine.m.actIndex.get(uid(1001))!;
    const d = engine.moveActivity(i, engine.m.startMin[i], undefined, true);
    expect(d.removed).toHaveLength(1);
    expect(d.added.map((r) => engine.materialize(r).message['zh-CN']).join()).toContain('新名字');
  });

  it('refuses a resize that would end before the start or leave the horizon', () => {
    const engine = new RulesEngine(inputOf({ activities: [act(1, '2026-03-14', '2026-03-15')] }));
    expect(() => engine.resizeActivityTo(uid(1001), '2026-03-13')).toThrow(RangeError);
    expect(() => engine.resizeActivityTo(uid(1001), '2031-01-01')).toThrow(RangeError);
    expect(() => engine.resizeActivityTo(uid(1001), 'soon')).toThrow(RangeError);
    expect(() => engine.moveActivity(0, engine.m.startMin[0], 0)).toThrow(RangeError);
    // A refused resize leaves the activity as it was.
    expect(engine.m.endDay[0] - engine.m.startDay[0]).toBe(1);
  });

  it('refuses unknown activities, bad dates and moves outside the horizon', () => {
    const engine = new RulesEngine(inputOf({ activities: [act(1, '2026-03-14', '2026-03-14')] }));
    expect(() => engine.moveActivityTo(uid(9999), '2026-03-15')).toThrow(RangeError);
    expect(() => engine.moveActivityTo(uid(1001), '2026-02-30')).toThrow(RangeError);
    expect(() => engine.moveActivityTo(uid(1001), '2031-01-01')).toThrow(RangeError);
  });
});
