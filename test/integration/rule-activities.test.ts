import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listActivities } from '../../src-main/db/queries/activities';
import { transactionOn } from '../../src-main/db/open-database';
import { listRuleActivities } from '../../src-main/db/queries/rule-activities';
import { toRuleActivity } from '../../src-shared/rules';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

/**
 * The conflict check reads activities through a slim query of its own; it must see exactly
 * what the rules would make of the full domain objects, or the two paths would disagree.
 */
describe('the rules’ slim activity load', () => {
  it('equals the full load mapped for the rules: live only, backup plans trimmed as JS does, children in order', async () => {
    const plan = await core.call('plan/create', { name: '会员大会', startDate: '2026-03-01', endDate: '2026-06-30' });
    const other = await core.call('plan/create', { name: '城市推广', startDate: '2026-03-01', endDate: '2026-06-30' });
    const venues = await Promise.all(
      ['礼堂', '多功能厅', '外场'].map((name) => core.call('resource/create', { name, kind: 'venue', quantity: 2 })),
    );
    const segs = await Promise.all(
      ['金卡', '银卡'].map((name) =>
        core.call('segment/create', { name, dimension: 'tier', minGapDays: 7, weeklyMax: 1 }),
      ),
    );
    // Backup-plan texts JS's trim() calls blank (ideographic and no-break spaces, newlines) or not.
    const backups = ['', '   ', '\u3000\n', '\u00a0', '改线上', ' 室内 '];
    const statuses = ['planned', 'confirmed', 'in_progress', 'done', 'cancelled'] as const;
    for (let i = 0; i < 24; i++) {
      const created = await core.call('activity/create', {
        planId: i % 3 === 0 ? other.id : plan.id,
        title: `活动 ${i}`,
        type: i % 2 ? 'salon' : 'member_day',
        priority: i % 4 === 0 ? 'festival' : 'normal',
        start: `2026-04-${String(10 + (i % 7)).padStart(2, '0')}`,
        end: `2026-04-${String(11 + (i % 7)).padStart(2, '0')}`,
        pinned: i % 5 === 0,
        backupPlan: backups[i % backups.length],
        windowStart: i % 6 === 0 ? '2026-04-01' : null,
        claims: venues.slice(0, 1 + (i % 3)).map((v) => ({ resourceId: v.id, quantity: 1 })),
        segmentIds: segs.slice(0, i % 3).map((s) => s.id),
      });
      const status = statuses[i % statuses.length];
      if (status !== 'planned') await core.call('activity/update', { id: created.id, status });
    }
    const full = (await listActivities(core.db.db)).filter((a) => a.status !== 'cancelled').map(toRuleActivity);
    const slim = await listRuleActivities(core.db.db);
    expect(slim).toHaveLength(20); // 4 of the 24 are cancelled
    expect(slim).toEqual(full);
    expect(slim.filter((a) => a.hasBackup)).toHaveLength(full.filter((a) => a.hasBackup).length);
    expect(slim.some((a) => a.claims.length === 3)).toBe(true);
    expect(slim.some((a) => a.locked)).toBe(true);
    // The same read inside a transaction opened without our helper (no raw handle: Kysely's rows).
    const inPlainTrx = await core.db.db.transaction().execute((trx) => listRuleActivities(trx));
    expect(inPlainTrx).toEqual(full);
    const inOurTrx = await transactionOn(core.db.db, (trx) => listRuleActivities(trx));
    expect(inOurTrx).toEqual(full);
  });

  it('is empty for an empty workspace', async () => {
    expect(await listRuleActivities(core.db.db)).toEqual([]);
  });
});
