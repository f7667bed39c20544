import { type Kysely, sql } from 'kysely';

/**
 * 0003: column mappings the planner confirmed for a spreadsheet layout (a hash of its header
 * row), so the next file of the same layout maps itself. A preference, not plan data: not
 * part of undo. FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE import_layouts (
    layout_hash TEXT PRIMARY KEY NOT NULL,
    target TEXT NOT NULL,
    mapping_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS import_layouts`.execute(db);
}
