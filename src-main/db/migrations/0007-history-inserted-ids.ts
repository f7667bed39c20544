import { type Kysely, sql } from 'kysely';

/**
 * 0007: rows inserted by an edit are recorded by id only: one history_changes row per batch of
 * inserts into one table, with the ids as a JSON array in `row_ids_json` (`row_id` is ''). Undo
 * reads the rows before deleting them and keeps their images in `after_json` for redo (as
 * `{columns, rows}`), so an import of 10k rows no longer writes 10k row images it will most likely
 * never need. Older history (row_ids_json NULL: one row image per change) is read as before, so
 * nothing is converted.
 * FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE history_changes ADD COLUMN row_ids_json TEXT`.execute(db);
}

/** Older code cannot read id-only changes, so going back forgets the undo history. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DELETE FROM history_changes`.execute(db);
  await sql`DELETE FROM history_edits`.execute(db);
  await sql`ALTER TABLE history_changes DROP COLUMN row_ids_json`.execute(db);
}
