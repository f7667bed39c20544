import { type Kysely, sql } from 'kysely';

/**
 * 0009 (issue #16, 定稿): a plan's baselines, the schedules it promised. Each keeps its frozen
 * content as JSON (see src-shared/baseline/snapshot.ts): it is written once and only ever read
 * whole, so a JSON column is the honest shape. One per plan may be the reference (is_reference = 1)
 * that the header, the ghosts and a re-plan measure against.
 *
 * `move_reasons` keeps why the solver moved an activity, inserted in the same edit as the move,
 * so the change list can say why, and undo takes the reason away with the move.
 * FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE baselines (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    is_reference INTEGER NOT NULL DEFAULT 0 CHECK (is_reference IN (0, 1)),
    content_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX baselines_by_plan ON baselines(plan_id, created_at)`.execute(db);
  await sql`CREATE TABLE move_reasons (
    id TEXT PRIMARY KEY,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    activity_id TEXT NOT NULL,
    reason_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE INDEX move_reasons_by_plan ON move_reasons(plan_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS move_reasons`.execute(db);
  await sql`DROP TABLE IF EXISTS baselines`.execute(db);
}
