import { type Kysely, sql } from 'kysely';

/**
 * 0008 (issue #12, channel caps): a channel's monthly allowance beside its daily one, so both
 * are judged (the SMS channel: 33,000 a day and 1,000,000 a month). Null means no monthly cap,
 * which is what every existing resource keeps. FROZEN once committed: add the next number instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE resources ADD COLUMN period_capacity INTEGER`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE resources DROP COLUMN period_capacity`.execute(db);
}
