import { sql } from 'kysely';
import type { RuleActivity } from '../../../src-shared/rules';
import type { ActivityStatus, ActivityType, PriorityClass } from '../../../src-shared/model';
import { rowsAsArrays } from '../rows-as-arrays';
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
  const rows = await rowsAsArrays(
    db,
    db
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
      .where('status', '!=', 'cancelled' satisfies ActivityStatus),
  );
  if (rows.length === 0) return [];
  const [claims, links] = await Promise.all([
    rowsAsArrays(db, db.selectFrom('activity_claims').select(['activity_id', 'resource_id', 'quantity'])),
    rowsAsArrays(db, db.selectFrom('activity_segments').select(['activity_id', 'segment_id'])),
  ]);

  const out: RuleActivity[] = new Array(rows.length);
  const byId = new Map<string, RuleActivity>();
  for (let i = 0; i < rows.length; i++) {
    const [id, planId, title, type, status, priority, pinned, allDay, start, end, windowStart, windowEnd, hasBackup] =
      rows[i] as ActivityColumns;
    const a: RuleActivity = {
      id,
      planId,
      title,
      type: type as ActivityType,
      priority: priority as PriorityClass,
      pinned: pinned === 1,
      locked: status === 'done' || status === 'in_progress',
      allDay: allDay === 1,
      start,
      end,
      windowStart,
      windowEnd,
      hasBackup: hasBackup === 1,
      claims: [],
      segmentIds: [],
    };
    out[i] = a;
    byId.set(id, a);
  }
  // Calendar order (start, then id), as a cold check numbers them. Sorting here is cheaper than
  // SQLite walking the (start, id) index, which looks every row up again in the table.
  out.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // Cancelled activities' children are skipped with their parents.
  for (const c of claims) {
    const [activityId, resourceId, quantity] = c as [string, string, number];
    byId.get(activityId)?.claims.push({ resourceId, quantity });
  }
  for (const l of links) {
    const [activityId, segmentId] = l as [string, string];
    byId.get(activityId)?.segmentIds.push(segmentId);
  }
  // Children in one stable order (by resource, by segment) whatever SQLite's plan was, as listActivities.
  for (const a of out) {
    if (a.claims.length > 1) a.claims.sort((x, y) => (x.resourceId < y.resourceId ? -1 : 1));
    if (a.segmentIds.length > 1) a.segmentIds.sort();
  }
  return out;
}

/** One row of the activities query above, in its select order. */
type ActivityColumns = [
  id: string,
  planId: string,
  title: string,
  type: string,
  status: string,
  priority: string,
  pinned: number,
  allDay: number,
  start: string,
  end: string,
  windowStart: string | null,
  windowEnd: string | null,
  hasBackup: number,
];
