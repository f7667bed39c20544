import { describe, expect, it } from 'vitest';
import { detectConflicts, Finding, naiveDetect, canonicalFindings, type RulesInput } from '../../../src-shared/rules';
import { PLAN, act, inputOf, uid } from './helpers';

const VR = uid(500);
const SMS = uid(501);
const HALL = uid(502);
const vr = {
  id: VR,
  name: 'VR 设备',
  kind: 'equipment' as const,
  quantity: 20,
  dailyCapacity: null,
  unavailableDates: [],
};
const sms = {
  id: SMS,
  name: '短信',
  kind: 'channel' as const,
  quantity: 1,
  dailyCapacity: 1_000_000,
  unavailableDates: [],
};
const hall = {
  id: HALL,
  name: '会员大厅',
  kind: 'venue' as const,
  quantity: 1,
  dailyCapacity: null,
  unavailableDates: ['2026-03-14'],
};

function check(input: RulesInput) {
  const fs = detectConflicts(input);
  for (const f of fs) Finding.parse(f);
  expect(canonicalFindings(fs)).toEqual(canonicalFindings(naiveDetect(input)));
  return fs;
}

describe('hard rules', () => {
  it('20 VR sets: two overlapping sessions asking 12 each clash; 10 each do not', () => {
    const clash = check(
      inputOf({
        resources: [vr],
        activities: [
          act(1, '2026-03-10T09:00', '2026-03-10T12:00', { claims: [{ resourceId: VR, quantity: 12 }] }),
          act(2, '2026-03-10T11:00', '2026-03-10T15:00', { claims: [{ resourceId: VR, quantity: 12 }] }),
        ],
      }),
    );
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({
      ruleId: 'resource.capacity',
      severity: 'hard',
      amount: 4,
      resourceIds: [VR],
      span: { start: '2026-03-10', end: '2026-03-10' },
    });
    expect(clash[0].activityIds.sort()).toEqual([uid(1001), uid(1002)]);
    expect(clash[0].message['zh-CN']).toContain('VR 设备');
    expect(clash[0].fixes).toContain('swap_resource');
    const fine = check(
      inputOf({
        resources: [vr],
        activities: [
          act(1, '2026-03-10', '2026-03-11', { claims: [{ resourceId: VR, quantity: 10 }] }),
          act(2, '2026-03-11', '2026-03-12', { claims: [{ resourceId: VR, quantity: 10 }] }),
        ],
      }),
    );
    expect(fine).toEqual([]);
  });

  it('back-to-back timed sessions do not overlap (ends are exclusive)', () => {
    const fs = check(
      inputOf({
        resources: [vr],
        activities: [
          act(1, '2026-03-10T09:00', '2026-03-10T12:00', { claims: [{ resourceId: VR, quantity: 12 }] }),
          act(2, '2026-03-10T12:00', '2026-03-10T15:00', { claims: [{ resourceId: VR, quantity: 12 }] }),
        ],
      }),
    );
    expect(fs).toEqual([]);
  });

  it('capacity is checked across plans in the workspace', () => {
    const other = uid(2);
    const fs = check(
      inputOf({
        plans: [
          { id: PLAN, name: '档期', startDate: '2026-03-01', endDate: '2026-04-30' },
          { id: other, name: '会员大会', startDate: '2026-03-01', endDate: '2026-04-30' },
        ],
        resources: [hall],
        activities: [
          act(1, '2026-03-10', '2026-03-10', { claims: [{ resourceId: HALL, quantity: 1 }] }),
          act(2, '2026-03-10', '2026-03-11', { planId: other, claims: [{ resourceId: HALL, quantity: 1 }] }),
        ],
      }),
    );
    expect(fs.map((f) => f.ruleId)).toEqual(['resource.capacity']);
    expect(fs[0].planIds.sort()).toEqual([PLAN, other].sort());
  });

  it('SMS channel: 1,000,000 sends a day; 600k + 600k on the same day is over', () => {
    const fs = check(
      inputOf({
        resources: [sms],
        activities: [
          act(1, '2026-03-10', '2026-03-12', { claims: [{ resourceId: SMS, quantity: 600_000 }] }),
          act(2, '2026-03-12', '2026-03-13', { claims: [{ resourceId: SMS, quantity: 600_000 }] }),
          act(3, '2026-03-20', '2026-03-20', { claims: [{ resourceId: SMS, quantity: 1_000_000 }] }),
        ],
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: 'channel.capacity', span: { start: '2026-03-12', end: '2026-03-12' } });
    expect(fs[0].amount).toBeCloseTo(0.2);
  });

  it('SMS channel with a daily AND a monthly cap: each is judged on its own', () => {
    // 会员档期策划方案: SMS reaches 1,000,000 members; 33,000 a day and 1,000,000 a month are the caps.
    const capped = { ...sms, dailyCapacity: 33_000, periodCapacity: 1_000_000 };
    const month = check(
      inputOf({
        resources: [capped],
        activities: [act(1, '2026-03-01', '2026-03-31', { claims: [{ resourceId: SMS, quantity: 33_000 }] })],
      }),
    );
    // 31 days × 33,000 = 1,023,000 in March: within every day's cap, over the month's.
    expect(month.map((f) => f.ruleId)).toEqual(['channel.period_capacity']);
    expect(month[0]).toMatchObject({ severity: 'hard', span: { start: '2026-03-01', end: '2026-03-31' } });
    expect(month[0].amount).toBeCloseTo(0.023);
    expect(month[0].message['zh-CN']).toContain('1,023,000');
    const day = check(
      inputOf({
        resources: [capped],
        activities: [
          act(1, '2026-03-10', '2026-03-10', { claims: [{ resourceId: SMS, quantity: 20_000 }] }),
          act(2, '2026-03-10', '2026-03-10', { claims: [{ resourceId: SMS, quantity: 20_000 }] }),
        ],
      }),
    );
    expect(day.map((f) => f.ruleId)).toEqual(['channel.capacity']);
    const within = check(
      inputOf({
        resources: [capped],
        activities: [act(1, '2026-03-01', '2026-03-30', { claims: [{ resourceId: SMS, quantity: 33_000 }] })],
      }),
    );
    expect(within).toEqual([]);
  });

  it('resource unavailable dates and plan blackout dates', () => {
    const fs = check(
      inputOf({
        resources: [hall],
        activities: [act(1, '2026-03-13', '2026-03-15', { claims: [{ resourceId: HALL, quantity: 1 }] })],
        settings: {
          plans: {
            [PLAN]: { blackoutDates: ['2026-03-15'], precedence: [], phases: [], phaseCaps: {}, monthCaps: {} },
          },
        },
      }),
    );
    expect(fs.map((f) => f.ruleId).sort()).toEqual(['plan.blackout', 'resource.unavailable']);
  });

  it('outside the allowed window counts the days outside', () => {
    const fs = check(
      inputOf({
        activities: [act(1, '2026-03-09', '2026-03-12', { windowStart: '2026-03-11', windowEnd: '2026-03-31' })],
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: 'activity.window', amount: 2 });
  });

  it('60-day conference countdown: kickoff at T-45 must end 30 days ahead, venue booking 90 days ahead', () => {
    const conf = act(1, '2026-04-20', '2026-04-20', { title: '会员大会', type: 'conference' });
    const tasks = [
      {
        id: uid(3001),
        planId: PLAN,
        title: '跨部门启动会',
        activityId: conf.id,
        offsetDays: -45,
        fixedDate: null,
        durationDays: 1,
        leadDays: 30,
      },
      {
        id: uid(3002),
        planId: PLAN,
        title: '技术压测',
        activityId: conf.id,
        offsetDays: -14,
        fixedDate: null,
        durationDays: 3,
        leadDays: 14,
      },
      {
        id: uid(3003),
        planId: PLAN,
        title: '场地预订',
        activityId: conf.id,
        offsetDays: null,
        fixedDate: '2026-02-01',
        durationDays: 1,
        leadDays: 90,
      },
    ];
    const fs = check(inputOf({ activities: [conf], tasks }));
    expect(fs.map((f) => f.ruleId)).toEqual(['task.lead_time', 'task.lead_time']);
    const byTask = Object.fromEntries(fs.map((f) => [f.key, f.amount]));
    expect(byTask[`task.lead_time:${uid(3002)}`]).toBe(2); // ends T-12, must end by T-14
    expect(byTask[`task.lead_time:${uid(3003)}`]).toBe(12); // 2026-02-01 is 78 days ahead, needs 90
  });

  it('precedence: A must end before B starts, with a gap', () => {
    const a = act(1, '2026-03-10', '2026-03-12');
    const b = act(2, '2026-03-13', '2026-03-13');
    const fs = check(
      inputOf({
        activities: [a, b],
        settings: {
          plans: {
            [PLAN]: {
              blackoutDates: [],
              precedence: [{ before: a.id, after: b.id, minGapDays: 2 }],
              phases: [],
              phaseCaps: {},
              monthCaps: {},
            },
          },
        },
      }),
    );
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ ruleId: 'activity.precedence', amount: 2 });
  });

  it('a weight of 0 switches a rule off', () => {
    const fs = check(
      inputOf({
        resources: [vr],
        activities: [
          act(1, '2026-03-10', '2026-03-10', { claims: [{ resourceId: VR, quantity: 12 }] }),
          act(2, '2026-03-10', '2026-03-10', { claims: [{ resourceId: VR, quantity: 12 }] }),
        ],
        settings: {
          weights: {
            'resource.capacity': 0,
            'month.min_activities': 0,
            'month.nonworkday_share': 0,
            'month.preferred_share': 0,
            'plan.backup_share': 0,
          },
        },
      }),
    );
    expect(fs).toEqual([]);
  });
});
