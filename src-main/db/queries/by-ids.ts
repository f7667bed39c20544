import { sql } from 'kysely';
import type { Activity } from '../../../src-shared/model';
import type { DbOrTrx } from '../schema';
import { activityFromRow } from './activities';

/**
 * Reads by id lists, for an edit's outcome: the entities an edit touched, as they are inside
 * its transaction. The ids travel as one JSON array (json_each), so no bound-value limit applies.
 */
const inIds = (ids: readonly string[]) => sql<boolean>`id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
const childOf = (ids: readonly string[]) =>
  sql<boolean>`activity_id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;

export async function activitiesByIds(db: DbOrTrx, ids: readonly string[]): Promise<Activity[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('activities').selectAll().where(inIds(ids)).execute();
  if (rows.length === 0) return [];
  const found = rows.map((r) => r.id);
  const [claims, links] = await Promise.all([
    db.selectFrom('activity_claims').selectAll().where(childOf(found)).orderBy('resource_id').execute(),
    db
      .selectFrom('activity_segments')
      .select(['activity_id', 'segment_id'])
      .where(childOf(found))
      .orderBy('segment_id')
      .execute(),
  ]);
  const claimsBy = new Map<string, typeof claims>();
  for (const c of claims) {
    const list = claimsBy.get(c.activity_id);
    if (list) list.push(c);
    else claimsBy.set(c.activity_id, [c]);
  }
  const segsBy = new Map<string, string[]>();
  for (const l of links) {
    const list = segsBy.get(l.activity_id);
    if (list) list.push(l.segment_id);
    else segsBy.set(l.activity_id, [l.segment_id]);
  }
  return rows.map((r) => activityFromRow(r, claimsBy.get(r.id) ?? [], segsBy.get(r.id) ?? []));
}

/** The activities that claim rows or segment links with these ids belong to (rows still present). */
export async function parentActivityIds(
  db: DbOrTrx,
  table: 'activity_claims' | 'activity_segments',
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom(table).select('activity_id').where(inIds(ids)).execute();
  return rows.map((r) => r.activity_id);
}

export const plansByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('plans').selectAll().where(inIds(ids)).execute();
export const resourcesByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('resources').selectAll().where(inIds(ids)).execute();
export const segmentsByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('segments').selectAll().where(inIds(ids)).execute();
export const budgetLinesByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('budget_lines').selectAll().where(inIds(ids)).execute();
export const risksByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('risks').selectAll().where(inIds(ids)).execute();
export const kpisByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('kpis').selectAll().where(inIds(ids)).execute();
export const tasksByIds = (db: DbOrTrx, ids: readonly string[]) =>
  db.selectFrom('tasks').selectAll().where(inIds(ids)).execute();
