import { type Kysely, sql } from 'kysely';

/**
 * 0002: risk early warning, emergency levels and residual scores; KPI trigger rules; task
 * dependencies and RACI. FROZEN once committed: add the next number instead of editing.
 *
 * References that may dangle (trigger KPI, linked activities, dependencies) are plain columns
 * without foreign keys on purpose: deleting an activity deletes its KPIs and tasks through
 * handlers that know nothing of these links, and a stale link is harmless (readers skip it),
 * whereas a foreign key would make such a delete fail. Lists are JSON text, like other small lists.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const columns: Array<[string, ReturnType<typeof sql.raw>]> = [
    ['risks', sql.raw('trigger_kpi_id TEXT')],
    ['risks', sql.raw('trigger_threshold REAL')],
    [
      'risks',
      sql.raw(`trigger_direction TEXT NOT NULL DEFAULT 'below' CHECK (trigger_direction IN ('below','above'))`),
    ],
    ['risks', sql.raw(`trigger_note TEXT NOT NULL DEFAULT ''`)],
    ['risks', sql.raw('emergency_level INTEGER CHECK (emergency_level BETWEEN 1 AND 3)')],
    ['risks', sql.raw('response_minutes INTEGER CHECK (response_minutes >= 0)')],
    ['risks', sql.raw('residual_probability INTEGER CHECK (residual_probability BETWEEN 1 AND 5)')],
    ['risks', sql.raw('residual_impact INTEGER CHECK (residual_impact BETWEEN 1 AND 5)')],
    ['risks', sql.raw(`linked_activity_ids_json TEXT NOT NULL DEFAULT '[]'`)],
    ['kpis', sql.raw('trigger_threshold REAL')],
    [
      'kpis',
      sql.raw(`trigger_comparison TEXT NOT NULL DEFAULT 'lt' CHECK (trigger_comparison IN ('lt','lte','gt','gte'))`),
    ],
    ['kpis', sql.raw(`trigger_action TEXT NOT NULL DEFAULT ''`)],
    ['tasks', sql.raw(`depends_on_json TEXT NOT NULL DEFAULT '[]'`)],
    ['tasks', sql.raw(`raci_json TEXT NOT NULL DEFAULT '[]'`)],
  ];
  for (const [table, column] of columns) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN ${column}`.execute(db);
  }
  await sql`CREATE INDEX IF NOT EXISTS tasks_activity ON tasks(activity_id)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS budget_lines_activity ON budget_lines(activity_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS budget_lines_activity`.execute(db);
  await sql`DROP INDEX IF EXISTS tasks_activity`.execute(db);
  const drops: Array<[string, string]> = [
    ['tasks', 'raci_json'],
    ['tasks', 'depends_on_json'],
    ['kpis', 'trigger_action'],
    ['kpis', 'trigger_comparison'],
    ['kpis', 'trigger_threshold'],
    ['risks', 'linked_activity_ids_json'],
    ['risks', 'residual_impact'],
    ['risks', 'residual_probability'],
    ['risks', 'response_minutes'],
    ['risks', 'emergency_level'],
    ['risks', 'trigger_note'],
    ['risks', 'trigger_direction'],
    ['risks', 'trigger_threshold'],
    ['risks', 'trigger_kpi_id'],
  ];
  for (const [table, column] of drops) {
    await sql`ALTER TABLE ${sql.table(table)} DROP COLUMN ${sql.ref(column)}`.execute(db);
  }
}
