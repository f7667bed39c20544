import { sql } from 'kysely';
import { type Row, type Via, selectRows } from '../row-ops';
import type { DbOrTrx, EditableTable } from '../schema';

/**
 * The tables a plan's Automerge document mirrors, parents before children, and how each row is
 * found from the plan id. Resources and segments are the team's, not a plan's (issue #17 puts
 * them in the team document), so a plan's claims name them by id only.
 */
export const PLAN_DOC_TABLES = [
  'plans',
  'activities',
  'activity_claims',
  'activity_segments',
  'budget_lines',
  'risks',
  'kpis',
  'tasks',
] as const satisfies readonly EditableTable[];
export type PlanDocTable = (typeof PLAN_DOC_TABLES)[number];

const WHERE: Record<PlanDocTable, { column: string; via?: Via }> = {
  plans: { column: 'id' },
  activities: { column: 'plan_id' },
  activity_claims: { column: 'activity_id', via: { table: 'activities', column: 'plan_id' } },
  activity_segments: { column: 'activity_id', via: { table: 'activities', column: 'plan_id' } },
  budget_lines: { column: 'plan_id' },
  risks: { column: 'plan_id' },
  kpis: { column: 'plan_id' },
  tasks: { column: 'plan_id' },
};

/** Stamps say when this laptop wrote a row; they are not content, so two copies never clash on them. */
export const UNSYNCED_COLUMNS: ReadonlySet<string> = new Set(['created_at', 'updated_at']);

/**
 * A claim or a segment link is one per activity and resource (segment), and editing an activity
 * writes its claims anew with fresh row ids; so they are keyed by what they link, not by a row id
 * that every save changes (which would turn two planners' edits into duplicated claims).
 */
const CHILD_KEY: Partial<Record<PlanDocTable, string>> = {
  activity_claims: 'resource_id',
  activity_segments: 'segment_id',
};

export function childKey(table: PlanDocTable, row: Row): string {
  const other = CHILD_KEY[table];
  return other ? `${String(row.activity_id)}|${String(row[other])}` : String(row.id);
}

export const isChildTable = (t: PlanDocTable): t is 'activity_claims' | 'activity_segments' => t in CHILD_KEY;

/** A plan's rows, per table and key (the id; for claims and links, see childKey), without their stamps. */
export type PlanRows = Record<PlanDocTable, Record<string, Row>>;

export function emptyPlanRows(): PlanRows {
  return Object.fromEntries(PLAN_DOC_TABLES.map((t) => [t, {}])) as PlanRows;
}

/** Every row of the plan as stored now; null when the plan is not here (deleted, or never was). */
export async function readPlanRows(db: DbOrTrx, planId: string): Promise<PlanRows | null> {
  const out = emptyPlanRows();
  for (const table of PLAN_DOC_TABLES) {
    const { column, via } = WHERE[table];
    for (const row of await selectRows(db, table, column, planId, undefined, via))
      out[table][childKey(table, row)] = rowContent(table, row);
    if (table === 'plans' && Object.keys(out.plans).length === 0) return null;
  }
  return out;
}

/** A stored row as the document holds it: without its stamps, and a claim or link without its row id. */
export function rowContent(table: PlanDocTable, row: Row): Row {
  const out: Row = {};
  const child = isChildTable(table);
  for (const [k, v] of Object.entries(row)) if (!UNSYNCED_COLUMNS.has(k) && !(child && k === 'id')) out[k] = v;
  return out;
}

/** The row ids of the plan's claims and segment links, by their key (to write a merged state back). */
export async function planChildIds(
  db: DbOrTrx,
  planId: string,
): Promise<Record<'activity_claims' | 'activity_segments', Map<string, string>>> {
  const out = { activity_claims: new Map<string, string>(), activity_segments: new Map<string, string>() };
  for (const table of ['activity_claims', 'activity_segments'] as const) {
    const { column, via } = WHERE[table];
    for (const row of await selectRows(db, table, column, planId, undefined, via))
      out[table].set(childKey(table, row), String(row.id));
  }
  return out;
}

export async function loadPlanDoc(db: DbOrTrx, planId: string): Promise<{ doc: Uint8Array; rev: string } | null> {
  const r = await db.selectFrom('plan_docs').select(['doc', 'rev']).where('plan_id', '=', planId).executeTakeFirst();
  return r ? { doc: new Uint8Array(r.doc), rev: r.rev } : null;
}

export async function planDocRev(db: DbOrTrx, planId: string): Promise<string | null> {
  const r = await db.selectFrom('plan_docs').select('rev').where('plan_id', '=', planId).executeTakeFirst();
  return r?.rev ?? null;
}

/** Stores the document's bytes; answers the new rev. */
export async function savePlanDoc(db: DbOrTrx, planId: string, bytes: Uint8Array, at: string): Promise<string> {
  // better-sqlite3 binds a Buffer as a BLOB (a bare Uint8Array is refused).
  const doc = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rev = crypto.randomUUID();
  await db
    .insertInto('plan_docs')
    .values({ plan_id: planId, doc, rev, updated_at: at })
    .onConflict((oc) => oc.column('plan_id').doUpdateSet({ doc, rev, updated_at: at }))
    .execute();
  return rev;
}

export async function readSyncMeta(db: DbOrTrx, key: string): Promise<string | null> {
  const r = await db.selectFrom('sync_meta').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value ?? null;
}

/** Writes the value unless one is there already; answers the value that stays. */
export async function claimSyncMeta(db: DbOrTrx, key: string, value: string): Promise<string> {
  await db
    .insertInto('sync_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return (await readSyncMeta(db, key)) ?? value;
}

/** The columns of each plan table as this version's schema has them. */
export async function planTableColumns(db: DbOrTrx): Promise<Record<PlanDocTable, Set<string>>> {
  const out = {} as Record<PlanDocTable, Set<string>>;
  for (const table of PLAN_DOC_TABLES) {
    const r = await sql<{ name: string }>`SELECT name FROM pragma_table_info(${table})`.execute(db);
    out[table] = new Set(r.rows.map((c) => c.name));
  }
  return out;
}
