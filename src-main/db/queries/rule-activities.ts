import { sql } from 'kysely';
import type { RuleActivity } from '../../../src-shared/rules';
import type { ActivityStatus, ActivityType, PriorityClass } from '../../../src-shared/model';
import type { DbOrTrx } from '../schema';

/**
 * The characters JavaScript's String.prototype.trim removes, so SQLite's trim() decides "has a
 * backup plan" exactly as the rules would from the full text (a plan of only spaces is none).
 */
const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a' +
  '\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Every live activity of the workspace as the rules read it, straight from SQL. The conflict
 * check loads the whole workspace on each call, so it reads only the columns the rules use
 * (no notes, owner, stamps, nor the backup plan's text) and skips cancelled activities in SQL:
 * materialising row objects is what a large load spends its time on.
 */
export async function listRuleActivities(db: DbOrTrx): Promise<RuleActivity[]> {
  const rows = await db
    .selectFrom('activities')
    .select([
      'id',
      'plan_id',
      'title',
      'type',
      'status',
      'priority',
      'pinned',
      'all_day',
      'start',
      'end',
      'window_start',
      'window_end',
    ])
    .select(sql<number>`trim(backup_plan, ${JS_WHITESPACE}) <> ''`.as('has_backup'))
    .where('status', '!=', 'cancelled' satisfies ActivityStatus)
    .orderBy('start')
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const [claims, links] = await Promise.all([
    db.selectFrom('activity_claims').select(['activity_id', 'resource_id', 'quantity']).execute(),
    db.selectFrom('activity_segments').select(['activity_id', 'segment_id']).execute(),
  ]);

  const out: RuleActivity[] = new Array(rows.length);
  const byId = new Map<string, RuleActivity>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const status = r.status as ActivityStatus;
    const a: RuleActivity = {
      id: r.id,
      planId: r.plan_id,
      title: r.title,
      type: r.type as ActivityType,
      priority: r.priority as PriorityClass,
      pinned: r.pinned === 1,
      locked: status === 'done' || status === 'in_progress',
      allDay: r.all_day === 1,
      start: r.start,
      end: r.end,
      windowStart: r.window_start,
      windowEnd: r.window_end,
      hasBackup: r.has_backup === 1,
      claims: [],
      segmentIds: [],
    };
    out[i] = a;
    byId.set(r.id, a);
  }
  // Cancelled activities' children are skipped with their parents.
  for (const c of claims) byId.get(c.activity_id)?.claims.push({ resourceId: c.resource_id, quantity: c.quantity });
  for (const l of links) byId.get(l.activity_id)?.segmentIds.push(l.segment_id);
  // Children in one stable order (by resource, by segment) whatever SQLite's plan was, as listActivities.
  for (const a of out) {
    if (a.claims.length > 1) a.claims.sort((x, y) => (x.resourceId < y.resourceId ? -1 : 1));
    if (a.segmentIds.length > 1) a.segmentIds.sort();
  }
  return out;
}
