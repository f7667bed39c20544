import { type Kysely, sql } from 'kysely';

/**
 * 0005: the first conflict count seen in each month, per plan ('' for the whole workspace).
 * The planners' goal is ≥10% fewer conflicts every month (docs/domain.md §1), so the header compares
 * today's count with the month's first. A measurement, not planner data: not part of undo.
 * FROZEN once committed: add the next number instead of editing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE conflict_baselines (
    plan_key TEXT NOT NULL,
    month TEXT NOT NULL,
    hard INTEGER NOT NULL,
    soft INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (plan_key, month)
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS conflict_baselines`.execute(db);
}
