import { describe, expect, it } from 'vitest';
import { ScheduleModel } from '../../../src-renderer/src/views/conflicts/schedule-model';
import { PLAN_ID, activity, resource, snapshotOf } from '../../../src-renderer/src/views/conflicts/snapshot-fixture';
import { previewInputFor } from '../../support/preview-input';
import { refusedDrop, timedDropTiming } from '../../../src-renderer/src/views/calendar/fc-dates';

// One hall, two sessions on the same day: the morning salon is free until it is dragged (or
// stretched) into the afternoon launch's hours. FullCalendar's time grid reports local Dates.
const hall = resource('多功能厅', 'venue');
const salon = activity(PLAN_ID, '会员沙龙', '2027-04-06T09:00', '2027-04-06T11:00', [hall], { allDay: false });
const launch = activity(PLAN_ID, '新品发布', '2027-04-06T14:00', '2027-04-06T16:00', [hall], { allDay: false });
const at = (day: number, h: number, m = 0) => new Date(2027, 3, day, h, m);

describe('the week view’s drag verdict judges the time slot dragged to', () => {
  it('turns FullCalendar’s time-grid target into our start and end; the all-day row gives none', () => {
    expect(timedDropTiming({ start: at(6, 14), end: at(6, 16), allDay: false })).toEqual({
      start: '2027-04-06T14:00',
      end: '2027-04-06T16:00',
    });
    expect(timedDropTiming({ start: at(7, 23, 30), end: at(8, 1, 30), allDay: false })).toEqual({
      start: '2027-04-07T23:30',
      end: '2027-04-08T01:30',
    });
    expect(timedDropTiming({ start: at(6, 0), end: at(7, 0), allDay: true })).toBeNull();
  });

  it('a move into the afternoon clashes with the launch; the same day at its own hours does not', () => {
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, launch], [hall])));
    expect(model.begin(salon.id)).toBe(true);
    // The day alone keeps the morning hours: that was the week view's blind spot.
    expect(model.preview('2027-04-06').hard).toEqual([]);
    const afternoon = timedDropTiming({ start: at(6, 14, 30), end: at(6, 16, 30), allDay: false });
    const clash = model.previewTiming(afternoon!, false);
    expect(clash.hard.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    expect(clash.hard[0].message['zh-CN']).toContain('多功能厅');
    expect(clash.day).toBe('2027-04-06');
    // Just before the launch: free again.
    const noon = timedDropTiming({ start: at(6, 12), end: at(6, 14), allDay: false });
    expect(model.previewTiming(noon!, false).hard).toEqual([]);
    model.end();
    expect(model.findings().filter((f) => f.severity === 'hard')).toEqual([]);
  });

  it('stretching the end edge into the launch’s hours clashes, short of them does not, and end() restores', () => {
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [salon, launch], [hall])));
    expect(model.begin(salon.id)).toBe(true);
    expect(model.previewTiming({ start: salon.start, end: '2027-04-06T14:00' }, false).hard).toEqual([]);
    const clash = model.previewTiming({ start: salon.start, end: '2027-04-06T15:00' }, false, '2027-04-06');
    expect(clash.hard.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    model.end();
    const m = model.engine.m;
    const i = m.actIndex.get(salon.id) ?? -1;
    expect(m.endMin[i] - m.startMin[i]).toBe(120);
    expect(model.findings().filter((f) => f.severity === 'hard')).toEqual([]);
  });

  it('an all-day timing counts its last day whole', () => {
    const day = activity(PLAN_ID, '会员日', '2027-04-05', '2027-04-05', [hall]);
    const model = new ScheduleModel(previewInputFor(snapshotOf(PLAN_ID, [day, launch], [hall])));
    expect(model.begin(day.id)).toBe(true);
    expect(model.previewTiming({ start: '2027-04-06', end: '2027-04-06' }, true).hard.length).toBe(1);
    expect(model.previewTiming({ start: '2027-04-07', end: '2027-04-07' }, true).hard).toEqual([]);
    model.end();
  });
});

describe('the week view refuses a drop that would change an activity’s kind', () => {
  it('an all-day activity into the time grid, a timed one onto the all-day row: refused, each with its reason', () => {
    expect(refusedDrop(true, false)).toBe('toTimeGrid');
    expect(refusedDrop(false, true)).toBe('toAllDayRow');
  });

  it('a target of the same kind is allowed: all-day row and month moves, time-grid moves, resizes', () => {
    expect(refusedDrop(true, true)).toBeNull();
    expect(refusedDrop(false, false)).toBeNull();
  });
});
