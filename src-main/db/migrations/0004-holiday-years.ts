import { type Kysely, sql } from 'kysely';

/**
 * 0004: official holiday schedules the planner imported for years the app does not ship
 * (the State Council publishes a year's schedule only the autumn before). One row per year;
 * `days_json` holds the expanded days. Workspace data, so importing and deleting are undoable
 * edits like any other. FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE holiday_years (
    id TEXT PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL UNIQUE,
    source TEXT NOT NULL,
    source_given INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    days_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS holiday_years`.execute(db);
}
