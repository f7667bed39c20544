import { type Kysely, sql } from 'kysely';

/**
 * 0011: every edit answers its undo/redo state (the newest done and the oldest undone edit).
 * Without an index, "the oldest undone" walks the whole history when nothing is undone, which
 * is most of the time, and the history only grows. An index on (undone, seq) finds both at once.
 * FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX history_edits_undone ON history_edits(undone, seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS history_edits_undone`.execute(db);
}
