import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../src-shared/contract';
import { EDITABLE_TABLES } from '../../src-main/db/schema';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

const counts = () =>
  Object.fromEntries(
    [...EDITABLE_TABLES, 'history_edits' as const].map((t) => [
      t,
      core.db.raw.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
    ]),
  );

/** Arguments that are wrong for every channel: unknown keys, ids of the wrong type, missing fields. */
const HOSTILE_ARGS: unknown[] = [
  { id: 42, planId: 'not-a-uuid', bogus: true },
  'a string',
  [1, 2, 3],
  { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } }, id: 'x' },
];

describe('every channel validates its arguments at the door', () => {
  it.each(CHANNELS)('%s refuses bad arguments with VALIDATION and writes nothing', async (channel) => {
    await seedQuarter(core);
    const before = counts();
    for (const args of HOSTILE_ARGS) {
      const r = await core.dispatch(channel, args);
      expect(r.ok, `${channel} accepted ${JSON.stringify(args)}`).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.message['zh-CN']).toMatch(/请求内容无效/);
        expect(r.error.message.en).toMatch(/Invalid request/);
      }
    }
    expect(counts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown channel', async () => {
    const r = await core.dispatch('plan/drop-all-tables', {});
    expect(r.ok ? 'ok' : r.error.code).toBe('UNKNOWN_CHANNEL');
  });

  it('refuses impossible dates instead of rolling them over', async () => {
    const { plan } = await seedQuarter(core);
    for (const [start, end] of [
      ['2026-02-30', '2026-03-01'],
      ['2026-13-01', '2026-13-02'],
      ['2026-02-14T25:00', '2026-02-14T26:00'],
      ['2026/02/14', '2026/02/15'],
    ]) {
      const r = await core.dispatch('activity/create', { planId: plan.id, title: 'x', type: 'salon', start, end });
      expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    }
    const timedOnAllDay = await core.dispatch('activity/create', {
      planId: plan.id,
      title: 'x',
      type: 'salon',
      allDay: true,
      start: '2026-03-01T10:00',
      end: '2026-03-01T12:00',
    });
    expect(timedOnAllDay.ok).toBe(false);
    const negativeMoney = await core.dispatch('budget/create-line', {
      planId: plan.id,
      category: 'venue',
      plannedCents: -1,
    });
    const fractionalCents = await core.dispatch('budget/create-line', {
      planId: plan.id,
      category: 'venue',
      plannedCents: 10.5,
    });
    const riskOffScale = await core.dispatch('risk/create', {
      planId: plan.id,
      title: 'r',
      category: 'market',
      probability: 6,
      impact: 0,
    });
    expect([negativeMoney, fractionalCents, riskOffScale].every((r) => !r.ok)).toBe(true);
  });
});

describe('a refusal names the field as the planner knows it', () => {
  it('says 预计参与人数 / Expected participants, never expectedParticipants', async () => {
    const { plan } = await seedQuarter(core);
    const r = await core.dispatch('activity/create', {
      planId: plan.id,
      title: '沙龙',
      type: 'salon',
      start: '2026-03-07',
      end: '2026-03-07',
      expectedParticipants: -5,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message['zh-CN']).toContain('预计参与人数：');
    expect(r.error.message.en).toContain('Expected participants: ');
    expect(JSON.stringify(r.error.message)).not.toContain('expectedParticipants');
  });
});
