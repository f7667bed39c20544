import { type Kysely, sql } from 'kysely';

/**
 * 0006: activities in calendar order across the whole workspace (the engine and the solver load
 * every plan): an index on (start, id) lets SQLite walk it instead of sorting 100k rows.
 * FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX activities_start ON activities(start, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS activities_start`.execute(db);
}
