import type BetterSqlite3 from 'better-sqlite3';
import { type Row, preparedInsert } from '../row-ops';
import type { DbOrTrx, EditableTable } from '../schema';

/** A recorded row change: `before` null for an insert, `after` null for a delete. */
export interface RowChange {
  table: EditableTable;
  id: string;
  before: Row | null;
  after: Row | null;
}

export interface EditRecord {
  seq: number;
  label: string;
  planIds: string[];
}

/** Keep the history bounded: older edits than this many are forgotten. */
export const HISTORY_LIMIT = 500;

export async function saveEdit(
  db: DbOrTrx,
  label: string,
  planIds: string[],
  changes: RowChange[],
  now: string,
  raw?: BetterSqlite3.Database,
): Promise<void> {
  // A new edit discards whatever had been undone: history is linear.
  await db.deleteFrom('history_edits').where('undone', '=', 1).execute();
  const { seq } = await db
    .insertInto('history_edits')
    .values({ label, plan_ids_json: JSON.stringify(planIds), created_at: now, undone: 0 })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const rows = changes.map((c, ord) => ({
    edit_seq: seq,
    ord,
    table_name: c.table,
    row_id: c.id,
    before_json: c.before ? JSON.stringify(c.before) : null,
    after_json: c.after ? JSON.stringify(c.after) : null,
  }));
  if (raw) {
    const stmt = preparedInsert(raw, 'history_changes', [
      'edit_seq',
      'ord',
      'table_name',
      'row_id',
      'before_json',
      'after_json',
    ]);
    for (const r of rows) stmt.run(r.edit_seq, r.ord, r.table_name, r.row_id, r.before_json, r.after_json);
  } else {
    for (let i = 0; i < rows.length; i += 4000) {
      await db
        .insertInto('history_changes')
        .values(rows.slice(i, i + 4000))
        .execute();
    }
  }
  await db
    .deleteFrom('history_edits')
    .where('seq', '<=', seq - HISTORY_LIMIT)
    .execute();
}

/** The newest edit not yet undone (what Undo reverts). */
export async function newestDone(db: DbOrTrx): Promise<EditRecord | undefined> {
  const r = await db
    .selectFrom('history_edits')
    .selectAll()
    .where('undone', '=', 0)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r ? { seq: r.seq, label: r.label, planIds: JSON.parse(r.plan_ids_json) as string[] } : undefined;
}

/** The oldest undone edit (what Redo re-applies). */
export async function oldestUndone(db: DbOrTrx): Promise<EditRecord | undefined> {
  const r = await db
    .selectFrom('history_edits')
    .selectAll()
    .where('undone', '=', 1)
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  return r ? { seq: r.seq, label: r.label, planIds: JSON.parse(r.plan_ids_json) as string[] } : undefined;
}

export async function loadChanges(db: DbOrTrx, seq: number): Promise<RowChange[]> {
  const rows = await db.selectFrom('history_changes').selectAll().where('edit_seq', '=', seq).orderBy('ord').execute();
  return rows.map((r) => ({
    table: r.table_name as EditableTable,
    id: r.row_id,
    before: r.before_json ? (JSON.parse(r.before_json) as Row) : null,
    after: r.after_json ? (JSON.parse(r.after_json) as Row) : null,
  }));
}

export async function markUndone(db: DbOrTrx, seq: number, undone: boolean): Promise<void> {
  await db
    .updateTable('history_edits')
    .set({ undone: undone ? 1 : 0 })
    .where('seq', '=', seq)
    .execute();
}
