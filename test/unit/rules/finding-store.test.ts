import { describe, expect, it } from 'vitest';
import { dayFromNumber, dayNumber } from '../../../src-shared/model/dates';
import { canonicalFindings, MINUTES, naiveDetect, RawFinding, RulesEngine } from '../../../src-shared/rules';
import { FindingStore } from '../../../src-shared/rules/finding-store';
import { act, inputOf, uid } from './helpers';

describe('finding store', () => {
  it('keeps every finding and its activities as its columns and pool grow', () => {
    const store = new FindingStore(4, 4);
    for (let f = 0; f < 5000; f++) {
      for (let k = 0; k <= f % 3; k++) store.act(f + k);
      store.emit(f % 17, f / 2, f % 5, -1, f % 7, f, f + 1, f * 10, -f);
    }
    expect(store.count).toBe(5000);
    for (const f of [0, 3, 4, 1023, 1024, 4095, 4096, 4999]) {
      const r = new RawFinding(store, f);
      expect([r.rule, r.amount, r.res, r.seg, r.plan, r.from, r.to, r.a, r.b]).toEqual([
        f % 17,
        f / 2,
        f % 5,
        -1,
        f % 7,
        f,
        f + 1,
        f * 10,
        -f,
      ]);
      expect(Array.from(r.acts)).toEqual(Array.from({ length: (f % 3) + 1 }, (_, k) => f + k));
    }
  });

  it('copies a finding with its activities and name', () => {
    const store = new FindingStore();
    store.act(1);
    store.emit(0, 1, -1, -1, -1, 0, 0, 0, 0);
    store.act(3);
    store.emit(0, 1, -1, -1, -1, 0, 0, 0, 0);
    store.setText('筹备');
    expect(Array.from(new RawFinding(store, 1).acts)).toEqual([3]);
    const copy = new FindingStore();
    copy.copy(store, 1);
    expect(Array.from(new RawFinding(copy, 0).acts)).toEqual([3]);
    expect(new RawFinding(copy, 0).text).toBe('筹备');
    expect(new RawFinding(store, 0).text).toBe('');
  });
});

describe('engine findings across many re-checks', () => {
  const VENUE = uid(500);
  const SEG = uid(600);
  const acts = Array.from({ length: 60 }, (_, k) => {
    const day = dayFromNumber(dayNumber('2026-03-01') + (k % 40));
    return act(k, day, day, {
      claims: [{ resourceId: VENUE, quantity: 1 }],
      segmentIds: [SEG],
      hasBackup: k % 4 === 0, // under the 30% share: a plan-wide finding no move re-checks
    });
  });
  const input = () =>
    inputOf({
      activities: structuredClone(acts),
      resources: [{ id: VENUE, name: '场地', kind: 'venue', quantity: 1, dailyCapacity: null, unavailableDates: [] }],
      segments: [{ id: SEG, name: '金卡', minGapDays: 2, weeklyMax: 3 }],
      // Month and plan shares on, so every move re-checks findings naming many activities.
      settings: { weights: {} },
    });

  it('stay right, and earlier views keep their values, after the store is compacted', () => {
    const engine = new RulesEngine(input());
    const m = engine.m;
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
    const first = engine.moveActivity(0, m.startMin[0] + MINUTES);
    const held = [...first.removed, ...first.added];
    const before = held.map((r) => [r.rule, r.amount, r.from, r.to, Array.from(r.acts)]);
    const keys = held.map((r) => engine.materialize(r).key);
    const march = dayNumber('2026-03-01') - m.base;
    const moved = input();
    for (let k = 1; k <= 3000; k++) {
      engine.moveActivity(Math.floor(rand() * m.n), (march + Math.floor(rand() * 61)) * MINUTES);
      if (k % 100 !== 0) continue;
      moved.activities.forEach((a, i) => (a.start = a.end = dayFromNumber(m.base + m.startDay[i])));
      const now = canonicalFindings(engine.findings());
      expect(now).toEqual(canonicalFindings(naiveDetect(moved)));
      expect(now).toEqual(canonicalFindings(new RulesEngine(structuredClone(moved)).findings()));
    }
    // The store was replaced by compaction at least once, and the held views still read their slots.
    expect(engine.raw()[0].store).not.toBe(held[0].store);
    expect(held.map((r) => [r.rule, r.amount, r.from, r.to, Array.from(r.acts)])).toEqual(before);
    expect(held.map((r) => engine.materialize(r).key)).toEqual(keys);
    expect(engine.findings().some((f) => f.ruleId === 'plan.backup_share')).toBe(true);
  });
});
