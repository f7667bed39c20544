import type { TestCore } from './core';

/** A small plan like a planner's first quarter: one venue, one channel, two segments. */
export async function seedQuarter(core: TestCore) {
  const plan = await core.call('plan/create', {
    name: '2026 Q1 会员档期',
    startDate: '2026-01-01',
    endDate: '2026-03-31',
  });
  const hall = await core.call('resource/create', { name: '一号宴会厅', kind: 'venue', quantity: 1 });
  const sms = await core.call('resource/create', {
    name: '短信',
    kind: 'channel',
    quantity: 1,
    dailyCapacity: 1_000_000,
  });
  const gold = await core.call('segment/create', { name: '金卡会员', dimension: 'tier', minGapDays: 7 });
  const diamond = await core.call('segment/create', { name: '钻石会员', dimension: 'tier', minGapDays: 7 });
  const activity = await core.call('activity/create', {
    planId: plan.id,
    title: '春节会员日',
    type: 'festival',
    start: '2026-02-14',
    end: '2026-02-16',
    claims: [
      { resourceId: hall.id, quantity: 1 },
      { resourceId: sms.id, quantity: 300_000 },
    ],
    segmentIds: [gold.id, diamond.id],
  });
  return { plan, hall, sms, gold, diamond, activity };
}
