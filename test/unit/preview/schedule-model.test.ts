import { describe, expect, it } from 'vitest';
import { keeper } from '../../../src-renderer/src/views/conflicts/fix-targets';
import { ScheduleModel } from '../../../src-renderer/src/views/conflicts/schedule-model';
import { PLAN_ID, activity, resource, snapshotOf } from '../../../src-renderer/src/views/conflicts/snapshot-fixture';
import { previewInputFor } from '../../support/preview-input';

const hall = resource('多功能厅', 'venue');
const annex = resource('副厅', 'venue');
const salon = activity(PLAN_ID, '会员沙龙', '2027-04-10', '2027-04-10', [hall], { priority: 'festival' });
const vip = activity(PLAN_ID, 'VIP尊享日', '2027-04-17', '2027-04-17', [hall]);
const blocker = activity(PLAN_ID, '副厅包场', '2027-04-10', '2027-04-10', [annex]);

describe('ScheduleModel (the drag preview)', () => {
  it('says a drop onto the taken venue day adds a hard capacity finding, and why', () => {
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, vip], [hall, annex])));
    expect(model.begin(vip.id)).toBe(true);
    const clash = model.preview('2027-04-10');
    expect(clash.hard.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    expect(clash.hard[0].message['zh-CN']).toContain('多功能厅');
    expect(model.preview('2027-04-11').hard).toEqual([]);
    model.end();
    // Ending the drag puts the activity back: no finding remains.
    expect(model.findings().filter((f) => f.severity === 'hard')).toEqual([]);
  });

  it('says stretching the end edge onto the taken venue day adds a hard finding, and end() restores the length', () => {
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, vip], [hall, annex])));
    expect(model.begin(salon.id)).toBe(true);
    expect(model.previewEnd('2027-04-16').hard).toEqual([]);
    const clash = model.previewEnd('2027-04-17');
    expect(clash.hard.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    expect(clash.hard[0].message['zh-CN']).toContain('多功能厅');
    expect(model.previewEnd('2027-04-09').outside).toBe(true);
    model.end();
    const m = model.engine.m;
    const i = m.actIndex.get(salon.id) ?? -1;
    expect(m.endDay[i]).toBe(m.startDay[i]);
    expect(model.findings().filter((f) => f.severity === 'hard')).toEqual([]);
  });

  it('proposes moving the yielding activity to the nearest day the rules find clean', () => {
    const clash = { ...vip, start: '2027-04-10', end: '2027-04-10' };
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, clash], [hall, annex])));
    const f = model.findings().find((x) => x.ruleId === 'resource.capacity');
    if (!f) throw new Error('expected the venue clash');
    const p = model.proposeMove(f);
    expect(p).toMatchObject({ kind: 'move', activityId: clash.id });
    if (p.kind !== 'move') return;
    expect(p.removes[0].key).toBe(f.key);
    expect(p.mayAdd.filter((x) => x.severity === 'hard')).toEqual([]);
    // The festival-priority salon keeps its day; the search leaves the model as it was.
    expect(model.findings().map((x) => x.key)).toContain(f.key);
  });

  it('a drop outside the horizon is reported, not thrown', () => {
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, vip], [hall])));
    model.begin(vip.id);
    expect(model.preview('2030-01-01').outside).toBe(true);
    model.end();
  });
});

describe('fix targets', () => {
  const clash = { ...vip, start: '2027-04-10', end: '2027-04-10' };
  const snap = snapshotOf(PLAN_ID, [salon, clash], [hall, annex]);
  const finding = new ScheduleModel(previewInputFor(snap)).findings().find((f) => f.ruleId === 'resource.capacity');

  it('the festival-priority activity keeps its day (pin); the other one gives way (swap)', () => {
    if (!finding) throw new Error('expected a capacity finding');
    expect(keeper(snap, finding)?.id).toBe(salon.id);
    const p = new ScheduleModel(previewInputFor(snap)).proposeSwap(finding);
    expect(p).toMatchObject({ kind: 'swap', activityId: clash.id, fromName: '多功能厅', toName: '副厅', mayAdd: [] });
  });

  it('swaps to a free venue of the same kind, not to a taken one, and says why there is none', () => {
    const busy = snapshotOf(PLAN_ID, [salon, clash, blocker], [hall, annex]);
    const model = new ScheduleModel(previewInputFor(busy));
    const f = model.findings().find((x) => x.ruleId === 'resource.capacity');
    if (!f) throw new Error('expected a capacity finding');
    const p = model.proposeSwap(f);
    expect(p.kind).toBe('none');
    if (p.kind === 'none') expect(p.reason['zh-CN']).toContain('同类资源');
  });
});

describe('imported holiday years in the rules', () => {
  // No 2027 schedule ships; a planner-imported one must count as holidays in previews and fixes.
  const snap = snapshotOf(PLAN_ID, [salon, vip], [hall]);
  const imported = [
    {
      year: 2027,
      source: 'test',
      days: [{ date: '2027-04-13', kind: 'holiday' as const, holidayId: 'test', nameZh: '测试假日', nameEn: 'Test' }],
    },
  ];

  it('reads the imported years main compiles in, not only the shipped years', () => {
    expect(previewInputFor(snap).calendar.holidays).not.toContain('2027-04-13');
    expect(previewInputFor(snap, imported).calendar.holidays).toContain('2027-04-13');
    const m = new ScheduleModel(previewInputFor(snap, imported)).engine.m;
    expect(m.input.calendar.holidays).toContain('2027-04-13');
  });
});
