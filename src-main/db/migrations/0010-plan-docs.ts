import { type Kysely, sql } from 'kysely';

/**
 * 0009 (issue #17, plan files that merge): each plan's Automerge document beside its rows, so an
 * imported copy of the plan has a common ancestor to merge from, and the laptop's own actor id.
 * Neither table is edited by the planner or restored by undo: the document follows the rows
 * (an undo becomes a new change of it). FROZEN once committed: add the next number instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE plan_docs (
    plan_id TEXT PRIMARY KEY NOT NULL,
    doc BLOB NOT NULL,
    rev TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE TABLE sync_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE sync_meta`.execute(db);
  await sql`DROP TABLE plan_docs`.execute(db);
}
