import { describe, expect, it } from 'vitest';
import { PLAN_ID, activity, resource, snapshotOf } from '../conflicts/snapshot-fixture';
import { buildLanes, daySpan, quarterDays, quarterOf } from './lane-model';

describe('quarterOf', () => {
  it('follows calendar quarters by default and fiscal quarters when they start elsewhere', () => {
    expect(quarterOf('2027-05-20', 1)).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(quarterOf('2027-01-15', 4)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(quarterOf('2027-01-15', 2)).toEqual({ from: '2026-11-01', to: '2027-01-31' });
    expect(quarterOf('2027-12-01', 11)).toEqual({ from: '2027-11-01', to: '2028-01-31' });
    expect(quarterDays('2027-04-01', '2027-06-30')).toHaveLength(91);
  });
});

describe('daySpan', () => {
  it('a timed activity ending at midnight does not hold the next day', () => {
    const [lo, hi] = daySpan({ allDay: false, start: '2027-04-10T20:00', end: '2027-04-11T00:00' });
    expect(hi - lo).toBe(0);
  });
});

describe('buildLanes', () => {
  const hall = resource('多功能厅', 'venue');
  const team = resource('活动执行组', 'staff', 2);
  const a = activity(PLAN_ID, '沙龙', '2027-04-10', '2027-04-11', [hall, team]);
  const b = activity(PLAN_ID, '尊享日', '2027-04-11', '2027-04-11', [hall]);
  const c = activity(PLAN_ID, '已取消', '2027-04-11', '2027-04-11', [hall], { status: 'cancelled' });
  const snap = snapshotOf(PLAN_ID, [a, b, c], [hall, team]);

  it('marks over-capacity days and stacks overlapping claims in rows', () => {
    const lanes = buildLanes(snap, snap.activities, '2027-04-01', '2027-06-30');
    const venue = lanes.find((l) => l.resource.id === hall.id);
    if (!venue) throw new Error('no venue lane');
    expect(venue.used.slice(9, 11)).toEqual([1, 2]); // the cancelled one claims nothing
    expect(venue.bars.map((x) => [x.activity.title, x.col, x.span, x.row])).toEqual([
      ['沙龙', 9, 2, 0],
      ['尊享日', 10, 1, 1],
    ]);
    expect(venue.rows).toBe(2);
    expect(lanes.find((l) => l.resource.id === team.id)?.used[9]).toBe(1);
  });
});
