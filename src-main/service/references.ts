import { AppError, notFound } from '../../src-shared/errors';
import { findActivity } from '../db/queries/activities';
import { findPlan } from '../db/queries/plans';
import { missingIds } from '../db/queries/resources';
import type { DbOrTrx } from '../db/schema';

/** Checks that ids a request refers to exist, so the caller gets NOT_FOUND rather than a foreign-key failure. */
export async function requirePlan(db: DbOrTrx, planId: string) {
  const plan = await findPlan(db, planId);
  if (!plan) throw notFound('plan', planId);
  return plan;
}

/** An item may hang off an activity only of its own plan. */
export async function requireActivityOfPlan(db: DbOrTrx, activityId: string | null, planId: string): Promise<void> {
  if (!activityId) return;
  const a = await findActivity(db, activityId);
  if (!a) throw notFound('activity', activityId);
  if (a.planId !== planId) {
    throw new AppError(
      'VALIDATION',
      { 'zh-CN': '只能关联同一方案中的活动。', en: 'An item can only be linked to an activity of the same plan.' },
      { activityId, planId },
    );
  }
}

export async function requireAll(db: DbOrTrx, table: 'resources' | 'segments', ids: readonly string[]): Promise<void> {
  const missing = await missingIds(db, table, ids);
  if (missing.length > 0) throw notFound(table === 'resources' ? 'resource' : 'segment', missing.join(', '));
}
