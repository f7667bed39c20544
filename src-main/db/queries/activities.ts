import type { Activity, ActivityStatus, ActivityType, PriorityClass } from '../../../src-shared/model';
import type { ActivityRow, ClaimRow, DbOrTrx } from '../schema';

/** Maps a stored row plus its claims and segment links to the domain object. */
export function activityFromRow(r: ActivityRow, claims: ClaimRow[], segmentIds: string[]): Activity {
  return {
    id: r.id,
    planId: r.plan_id,
    title: r.title,
    type: r.type as ActivityType,
    status: r.status as ActivityStatus,
    allDay: r.all_day === 1,
    start: r.start,
    end: r.end,
    windowStart: r.window_start,
    windowEnd: r.window_end,
    priority: r.priority as PriorityClass,
    pinned: r.pinned === 1,
    owner: r.owner,
    expectedParticipants: r.expected_participants,
    notes: r.notes,
    backupPlan: r.backup_plan,
    claims: claims.map((c) => ({ resourceId: c.resource_id, quantity: c.quantity })),
    segmentIds,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The activity's own row; claims and segment links are rows of their own tables. */
export function activityToRow(a: Activity): ActivityRow {
  return {
    id: a.id,
    plan_id: a.planId,
    title: a.title,
    type: a.type,
    status: a.status,
    all_day: a.allDay ? 1 : 0,
    start: a.start,
    end: a.end,
    window_start: a.windowStart,
    window_end: a.windowEnd,
    priority: a.priority,
    pinned: a.pinned ? 1 : 0,
    owner: a.owner,
    expected_participants: a.expectedParticipants,
    notes: a.notes,
    backup_plan: a.backupPlan,
    created_at: a.createdAt,
    updated_at: a.updatedAt,
  };
}

/** Activities of one plan, or of the whole workspace when planId is omitted (the engine sees every plan). */
export async function listActivities(db: DbOrTrx, planId?: string): Promise<Activity[]> {
  const rows = planId
    ? await db
        .selectFrom('activities')
        .selectAll()
        .where('plan_id', '=', planId)
        .orderBy('start')
        .orderBy('id')
        .execute()
    : await db.selectFrom('activities').selectAll().orderBy('start').orderBy('id').execute();
  if (rows.length === 0) return [];

  // The whole workspace needs no join; one plan filters its children through its activities.
  const claims = planId
    ? await db
        .selectFrom('activity_claims')
        .innerJoin('activities', 'activities.id', 'activity_claims.activity_id')
        .selectAll('activity_claims')
        .where('activities.plan_id', '=', planId)
        .execute()
    : await db.selectFrom('activity_claims').selectAll().execute();
  const links = planId
    ? await db
        .selectFrom('activity_segments')
        .innerJoin('activities', 'activities.id', 'activity_segments.activity_id')
        .select(['activity_segments.activity_id', 'activity_segments.segment_id'])
        .where('activities.plan_id', '=', planId)
        .execute()
    : await db.selectFrom('activity_segments').select(['activity_id', 'segment_id']).execute();

  const claimsBy = groupBy(claims, (c) => c.activity_id);
  const segsBy = new Map<string, string[]>();
  for (const l of links) {
    const list = segsBy.get(l.activity_id);
    if (list) list.push(l.segment_id);
    else segsBy.set(l.activity_id, [l.segment_id]);
  }
  return rows.map((r) => {
    const own = claimsBy.get(r.id) ?? [];
    // Children come back in one stable order (by resource, by segment) whatever SQLite's plan was.
    if (own.length > 1) own.sort((x, y) => (x.resource_id < y.resource_id ? -1 : 1));
    const segs = segsBy.get(r.id) ?? [];
    if (segs.length > 1) segs.sort();
    return activityFromRow(r, own, segs);
  });
}

export async function findActivity(db: DbOrTrx, id: string): Promise<Activity | undefined> {
  const row = await db.selectFrom('activities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const claims = await db
    .selectFrom('activity_claims')
    .selectAll()
    .where('activity_id', '=', id)
    .orderBy('resource_id')
    .execute();
  const links = await db
    .selectFrom('activity_segments')
    .select('segment_id')
    .where('activity_id', '=', id)
    .orderBy('segment_id')
    .execute();
  return activityFromRow(
    row,
    claims,
    links.map((l) => l.segment_id),
  );
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
