import { sql } from 'kysely';
import type { Row } from '../row-ops';
import type { DbOrTrx } from '../schema';
import { UNSYNCED_COLUMNS } from './plan-docs';

/** The rows a team shares beside its plans (issue #17's team document): resources and segments. */
export const TEAM_TABLES = ['resources', 'segments'] as const;
export type TeamTable = (typeof TEAM_TABLES)[number];
export type TeamRows = Record<TeamTable, Record<string, Row>>;

export function emptyTeamRows(): TeamRows {
  return { resources: {}, segments: {} };
}

/** Every resource and segment as stored, without stamps. */
export async function readTeamRows(db: DbOrTrx): Promise<TeamRows> {
  const out = emptyTeamRows();
  for (const table of TEAM_TABLES) {
    const r = await sql<Row>`SELECT * FROM ${sql.table(table)}`.execute(db);
    for (const row of r.rows) {
      const content: Row = {};
      for (const [k, v] of Object.entries(row)) if (!UNSYNCED_COLUMNS.has(k)) content[k] = v;
      out[table][String(row.id)] = content;
    }
  }
  return out;
}

export async function listPlanIds(db: DbOrTrx): Promise<string[]> {
  return (await db.selectFrom('plans').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** Writes the team settings kept in sync_meta; null removes a key. */
export async function writeSyncSettings(db: DbOrTrx, values: Record<string, string | null>): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    if (value === null) await db.deleteFrom('sync_meta').where('key', '=', key).execute();
    else
      await db
        .insertInto('sync_meta')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute();
  }
}
