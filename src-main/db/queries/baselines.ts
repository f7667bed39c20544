import type BetterSqlite3 from 'better-sqlite3';
import type { BaselineInfo } from '../../../src-shared/contract-baselines';
import type { BaselineActivity, BaselineContent } from '../../../src-shared/baseline';
import type { LocalizedText as Localized } from '../../../src-shared/errors';
import { sql, type Selectable } from 'kysely';
import type { BaselineRow, DbOrTrx, MoveReasonsTable } from '../schema';

/**
 * Baselines (定稿) and the solver's move reasons. A baseline's content is one JSON text, read
 * whole; its summary (scope, activity count) is read from that text only when listing.
 */
export function baselineInfoFromRow(
  r: BaselineRow,
  content: BaselineContent = parseContent(r.content_json),
): BaselineInfo {
  return {
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    note: r.note,
    createdAt: r.created_at,
    isReference: r.is_reference === 1,
    scope: content.scope,
    activityCount: content.activities.length,
  };
}

/**
 * Baselines by id as BaselineInfo, their scope and activity count read by SQLite from the stored
 * text: an edit's outcome names the baselines it touched without parsing a frozen plan in JS.
 */
export async function baselineInfosByIds(db: DbOrTrx, ids: readonly string[]): Promise<BaselineInfo[]> {
  const rows = await db
    .selectFrom('baselines')
    .select(['id', 'plan_id', 'name', 'note', 'created_at', 'is_reference'])
    .select([
      sql<string | null>`json_extract(content_json, '$.scope')`.as('scope_json'),
      sql<number>`json_array_length(content_json, '$.activities')`.as('activity_count'),
    ])
    .where(sql<boolean>`id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    note: r.note,
    createdAt: r.created_at,
    isReference: r.is_reference === 1,
    scope: r.scope_json === null ? null : (JSON.parse(r.scope_json) as BaselineInfo['scope']),
    activityCount: r.activity_count,
  }));
}

/** Stored content was written by this app from validated data; it is trusted on read. */
export function parseContent(json: string): BaselineContent {
  return JSON.parse(json) as BaselineContent;
}

export async function listBaselineRows(db: DbOrTrx, planId: string): Promise<BaselineRow[]> {
  return db
    .selectFrom('baselines')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** A plan's baselines without their content: which one is the reference (a freeze reads no frozen plan). */
export async function baselineFlags(db: DbOrTrx, planId: string): Promise<{ id: string; is_reference: number }[]> {
  return db
    .selectFrom('baselines')
    .select(['id', 'is_reference'])
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findBaselineRow(db: DbOrTrx, id: string): Promise<BaselineRow | undefined> {
  return db.selectFrom('baselines').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function referenceBaselineRow(db: DbOrTrx, planId: string): Promise<BaselineRow | undefined> {
  return db
    .selectFrom('baselines')
    .selectAll()
    .where('plan_id', '=', planId)
    .where('is_reference', '=', 1)
    .executeTakeFirst();
}

/** An edit since a baseline, with the rows it touched that a change list cares about. */
export interface EditTouches {
  seq: number;
  at: string;
  label: Localized;
  /** `activities:<id>`, `budget_lines:<id>`, `kpis:<id>`. */
  touched: Set<string>;
  /** The move reasons this edit inserted, by activity. */
  reasons: Map<string, Localized>;
}

const WATCHED = ['activities', 'budget_lines', 'kpis', 'move_reasons'] as const;

/**
 * The done (not undone) edits of a plan made in [since, until), oldest first, each with the
 * activities, budget lines and KPIs it touched and the solver reasons it wrote. The history is
 * bounded (HISTORY_LIMIT), so an older change may have no edit left to name it.
 */
export async function editsTouching(
  db: DbOrTrx,
  planId: string,
  since: string,
  until: string | null,
): Promise<EditTouches[]> {
  let q = db
    .selectFrom('history_edits')
    .select(['seq', 'label', 'created_at', 'plan_ids_json'])
    .where('undone', '=', 0)
    .where('created_at', '>=', since);
  if (until !== null) q = q.where('created_at', '<', until);
  const edits = (await q.orderBy('seq').execute()).filter((e) =>
    (JSON.parse(e.plan_ids_json) as string[]).includes(planId),
  );
  if (edits.length === 0) return [];
  const out = new Map<number, EditTouches>(
    edits.map((e) => [
      e.seq,
      {
        seq: e.seq,
        at: e.created_at,
        label: JSON.parse(e.label) as Localized,
        touched: new Set<string>(),
        reasons: new Map<string, Localized>(),
      },
    ]),
  );
  const changes = await db
    .selectFrom('history_changes')
    .select(['edit_seq', 'table_name', 'row_id', 'row_ids_json'])
    .where(
      'edit_seq',
      'in',
      edits.map((e) => e.seq),
    )
    .where('table_name', 'in', [...WATCHED])
    .execute();
  const reasonIds = new Map<string, number>();
  for (const c of changes) {
    const edit = out.get(c.edit_seq);
    if (!edit) continue;
    const ids = c.row_ids_json === null ? [c.row_id] : (JSON.parse(c.row_ids_json) as string[]);
    if (c.table_name === 'move_reasons') for (const id of ids) reasonIds.set(id, c.edit_seq);
    else for (const id of ids) edit.touched.add(`${c.table_name}:${id}`);
  }
  if (reasonIds.size > 0) {
    const rows = await db
      .selectFrom('move_reasons')
      .select(['id', 'activity_id', 'reason_json'])
      .where('id', 'in', [...reasonIds.keys()])
      .execute();
    for (const r of rows) {
      const seq = reasonIds.get(r.id);
      const edit = seq === undefined ? undefined : out.get(seq);
      edit?.reasons.set(r.activity_id, JSON.parse(r.reason_json) as Localized);
    }
  }
  return [...out.values()];
}

/** A move reason as stored: written in the same edit as the move it explains. */
export type MoveReasonRow = Selectable<MoveReasonsTable>;

export function moveReasonRow(a: { id: string; planId: string }, reason: Localized, now: string): MoveReasonRow {
  return {
    id: crypto.randomUUID(),
    plan_id: a.planId,
    activity_id: a.id,
    reason_json: JSON.stringify(reason),
    created_at: now,
    updated_at: now,
  };
}

/**
 * A plan's activities as a baseline keeps them, read with only the columns it keeps (freezing a
 * 10k-activity plan reads no owner, notes or windows), claims and segments in one statement each.
 * Given the raw connection an edit's transaction runs on, the same statements run on it directly
 * as arrays: building 35k row objects through Kysely was most of a 10k-activity freeze.
 */
export async function baselineActivities(
  db: DbOrTrx,
  planId: string,
  raw?: BetterSqlite3.Database,
): Promise<BaselineActivity[]> {
  if (raw) return baselineActivitiesRaw(raw, planId);
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'title', 'type', 'all_day', 'start', 'end', 'status'])
    .where('plan_id', '=', planId)
    .execute();
  const ofPlan = () => db.selectFrom('activities').select('id').where('plan_id', '=', planId);
  const claims = await db
    .selectFrom('activity_claims')
    .select(['activity_id', 'resource_id', 'quantity'])
    .where('activity_id', 'in', ofPlan())
    .execute();
  const segments = await db
    .selectFrom('activity_segments')
    .select(['activity_id', 'segment_id'])
    .where('activity_id', 'in', ofPlan())
    .execute();
  return assemble(
    rows.map((r) => [r.id, r.title, r.type, r.all_day, r.start, r.end, r.status]),
    claims.map((c) => [c.activity_id, c.resource_id, c.quantity]),
    segments.map((s) => [s.activity_id, s.segment_id]),
  );
}

const OF_PLAN = 'SELECT id FROM activities WHERE plan_id = ?';

function baselineActivitiesRaw(raw: BetterSqlite3.Database, planId: string): BaselineActivity[] {
  const all = <T>(text: string) => raw.prepare(text).raw(true).all(planId) as T[];
  return assemble(
    all<ActivityCells>(`SELECT id, title, type, all_day, start, "end", status FROM activities WHERE plan_id = ?`),
    all<ClaimCells>(`SELECT activity_id, resource_id, quantity FROM activity_claims WHERE activity_id IN (${OF_PLAN})`),
    all<SegmentCells>(`SELECT activity_id, segment_id FROM activity_segments WHERE activity_id IN (${OF_PLAN})`),
  );
}

type ActivityCells = [string, string, string, number, string, string, string];
type ClaimCells = [string, string, number];
type SegmentCells = [string, string];

function assemble(rows: ActivityCells[], claims: ClaimCells[], segments: SegmentCells[]): BaselineActivity[] {
  const out = new Map<string, BaselineActivity>();
  for (const [id, title, type, allDay, start, end, status] of rows) {
    out.set(id, { id, title, type, allDay: allDay === 1, start, end, status, claims: [], segmentIds: [] });
  }
  for (const [activityId, resourceId, quantity] of claims) out.get(activityId)?.claims.push({ resourceId, quantity });
  for (const [activityId, segmentId] of segments) out.get(activityId)?.segmentIds.push(segmentId);
  return [...out.values()];
}
