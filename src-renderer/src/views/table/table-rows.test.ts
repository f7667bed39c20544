import { describe, expect, it } from 'vitest';
import type { BudgetLine, Task } from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';
import { activity, resource } from '../conflicts/snapshot-fixture';
import { regroupInPlace } from '../shared/group-rows';
import { type TableSource, activityRows, daysOf, tableRows, toTsv } from './table-rows';
import { editedTiming, parseTyped } from './table-timing';

const PLAN = '00000000-0000-4000-8000-00000000aaaa';
const hall = resource('一号宴会厅', 'venue', 2);
const sms = resource('短信', 'channel', 500_000);
const a1 = activity(PLAN, '春节会员日', '2027-02-10', '2027-02-12', [], {
  type: 'festival',
  claims: [
    { resourceId: hall.id, quantity: 2 },
    { resourceId: sms.id, quantity: 300_000 },
  ],
});
const a2 = activity(PLAN, '会员沙龙', '2027-01-20T14:00', '2027-01-20T16:00', [], { allDay: false, type: 'salon' });
const a3 = activity(PLAN, '线上互动', '2027-02-01', '2027-02-01', [], { type: 'online', status: 'confirmed' });

const line = (activityId: string, plannedCents: number, actualCents: number) =>
  ({ activityId, plannedCents, actualCents }) as BudgetLine;
const task = (activityId: string, status: Task['status']) => ({ activityId, status }) as Task;
const finding = (ids: string[], severity: 'hard' | 'soft', key: string) =>
  ({ key, severity, activityIds: ids, message: { 'zh-CN': key, en: key } }) as Finding;

const source: TableSource = {
  activities: [a1, a2, a3],
  planNames: new Map([[PLAN, '2027 会员档期']]),
  budgetLines: [line(a1.id, 1_250_000, 1_000_000), line(a1.id, 50_000, 0)],
  tasks: [task(a1.id, 'done'), task(a1.id, 'todo'), task(a2.id, 'done')],
  findings: [finding([a1.id, a3.id], 'soft', 'f1'), finding([a1.id], 'hard', 'f2')],
  resources: [hall, sms],
  segments: [],
};

describe('activity table rows', () => {
  it('sums budget, tasks, channel sends and conflicts per activity', () => {
    const [r1, r2, r3] = activityRows({ ...source, resources: [hall, sms] }, 'none');
    expect(r1.resources).toBe('一号宴会厅×2、短信');
    expect(r1.channelSends).toBe(300_000);
    expect([r1.plannedCents, r1.actualCents]).toEqual([1_300_000, 1_000_000]);
    expect([r1.tasksDone, r1.tasksTotal]).toEqual([1, 2]);
    expect([r1.conflicts.length, r1.worst]).toEqual([2, 'hard']);
    expect([r2.days, r2.worst, r2.tasksDone, r2.tasksTotal]).toEqual([1, null, 1, 1]);
    expect(r3.worst).toBe('soft');
    expect(r1.days).toBe(3);
  });

  it('groups by month with a header row per group in order, and regroups after a sort', () => {
    const rows = tableRows(activityRows(source, 'month'), 'month');
    expect(rows.map((r) => (r.kind === 'group' ? `[${r.group} ${r.count}]` : r.activity.title))).toEqual([
      '[2027-01 1]',
      '会员沙龙',
      '[2027-02 2]',
      '线上互动',
      '春节会员日',
    ]);
    // A sort by start, latest first, tears the groups apart; the regroup puts each back under its
    // header and drops a header whose members were all filtered out.
    const startOf = (r: (typeof rows)[number]) => (r.kind === 'group' ? '' : r.activity.start);
    const sorted = [...rows].sort((x, y) => startOf(y).localeCompare(startOf(x)));
    const filtered = sorted.filter((r) => r.kind === 'group' || r.activity.title !== '会员沙龙');
    regroupInPlace(
      filtered,
      (r) => r.group,
      (r) => r.kind === 'group',
    );
    expect(filtered.map((r) => (r.kind === 'group' ? r.group : r.activity.title))).toEqual([
      '2027-02',
      '春节会员日',
      '线上互动',
    ]);
  });

  it('counts the days of all-day and timed activities', () => {
    expect(daysOf({ allDay: true, start: '2027-02-10', end: '2027-02-12' })).toBe(3);
    expect(daysOf({ allDay: false, start: '2027-02-10T22:00', end: '2027-02-11T00:00' })).toBe(1);
    expect(daysOf({ allDay: false, start: '2027-02-10T22:00', end: '2027-02-11T02:00' })).toBe(2);
  });

  it('writes TSV that Excel and WPS paste cell by cell', () => {
    expect(
      toTsv(
        ['活动', '预算'],
        [
          ['春节\t会员日\n', 12500.5],
          ['沙龙', ''],
        ],
      ),
    ).toBe('活动\t预算\r\n春节 会员日\t12500.5\r\n沙龙\t\r\n');
  });
});

describe('typed dates in the table', () => {
  it('reads the ways a planner writes a date, and refuses impossible ones', () => {
    expect(parseTyped('2027/3/8')).toEqual({ day: '2027-03-08', time: null });
    expect(parseTyped('2027年3月8日')).toEqual({ day: '2027-03-08', time: null });
    expect(parseTyped('2027-03-08 9:30')).toEqual({ day: '2027-03-08', time: '09:30' });
    expect(parseTyped('2027-02-30')).toBeNull();
    expect(parseTyped('next week')).toBeNull();
  });

  it('moves on a new start keeping the length, and resizes on a new end', () => {
    expect(editedTiming(a1, 'start', '2027-02-20')).toEqual({ start: '2027-02-20', end: '2027-02-22' });
    expect(editedTiming(a1, 'end', '2027-02-14')).toEqual({ start: '2027-02-10', end: '2027-02-14' });
    expect(editedTiming(a2, 'start', '2027-01-22')).toEqual({ start: '2027-01-22T14:00', end: '2027-01-22T16:00' });
    expect(editedTiming(a2, 'start', '2027-01-22 23:00')).toEqual({
      start: '2027-01-22T23:00',
      end: '2027-01-23T01:00',
    });
    expect(editedTiming(a2, 'end', '2027-01-20 18:30')).toEqual({ start: '2027-01-20T14:00', end: '2027-01-20T18:30' });
  });
});
