import type BetterSqlite3 from 'better-sqlite3';
import { type Row, type RowImages, preparedInsert } from '../row-ops';
import type { DbOrTrx, EditableTable } from '../schema';

/** One row's images: `before` null for an insert, `after` null for a delete. */
export interface RowImageChange {
  kind: 'row';
  table: EditableTable;
  id: string;
  before: Row | null;
  after: Row | null;
}

/**
 * Rows inserted by an edit, recorded by id only (migration 0007): undo needs no more than the
 * ids to delete them. Undo first reads the rows, which are then exactly as the edit left them
 * (history is linear, so every later edit has already been undone), and keeps them in `images`
 * for redo to write back; redo clears them again.
 */
export interface InsertedRows {
  kind: 'insert';
  table: EditableTable;
  /** In insertion order; redo inserts in this order. */
  ids: string[];
  images: RowImages | null;
}

export type RowChange = RowImageChange | InsertedRows;

/** A change as stored: its position in the edit, so undo and redo can update its images. */
export type StoredChange = RowChange & { ord: number };

export interface EditRecord {
  seq: number;
  label: string;
  planIds: string[];
}

/** Keep the history bounded: older edits than this many are forgotten. */
export const HISTORY_LIMIT = 500;

const CHANGE_COLUMNS = [
  'edit_seq',
  'ord',
  'table_name',
  'row_id',
  'before_json',
  'after_json',
  'row_ids_json',
] as const;

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
  const rows = changes.map((c, ord) =>
    c.kind === 'insert'
      ? {
          edit_seq: seq,
          ord,
          table_name: c.table,
          row_id: '',
          before_json: null,
          after_json: null,
          row_ids_json: JSON.stringify(c.ids),
        }
      : {
          edit_seq: seq,
          ord,
          table_name: c.table,
          row_id: c.id,
          before_json: c.before ? JSON.stringify(c.before) : null,
          after_json: c.after ? JSON.stringify(c.after) : null,
          row_ids_json: null,
        },
  );
  if (raw) {
    const stmt = preparedInsert(raw, 'history_changes', CHANGE_COLUMNS);
    for (const r of rows) stmt.run(CHANGE_COLUMNS.map((c) => r[c]));
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

/** The edit's changes in the order they were made; edits older than 0007 hold row images only. */
export async function loadChanges(db: DbOrTrx, seq: number): Promise<StoredChange[]> {
  const rows = await db.selectFrom('history_changes').selectAll().where('edit_seq', '=', seq).orderBy('ord').execute();
  return rows.map((r): StoredChange => {
    const table = r.table_name as EditableTable;
    if (r.row_ids_json !== null) {
      return {
        kind: 'insert',
        ord: r.ord,
        table,
        ids: JSON.parse(r.row_ids_json) as string[],
        images: r.after_json ? (JSON.parse(r.after_json) as RowImages) : null,
      };
    }
    return {
      kind: 'row',
      ord: r.ord,
      table,
      id: r.row_id,
      before: r.before_json ? (JSON.parse(r.before_json) as Row) : null,
      after: r.after_json ? (JSON.parse(r.after_json) as Row) : null,
    };
  });
}

/** Keeps (after an undo) or drops (after a redo) the images of rows an edit inserted. */
export async function saveInsertedImages(
  db: DbOrTrx,
  seq: number,
  ord: number,
  images: RowImages | null,
): Promise<void> {
  await db
    .updateTable('history_changes')
    .set({ after_json: images ? JSON.stringify(images) : null })
    .where('edit_seq', '=', seq)
    .where('ord', '=', ord)
    .execute();
}

export async function markUndone(db: DbOrTrx, seq: number, undone: boolean): Promise<void> {
  await db
    .updateTable('history_edits')
    .set({ undone: undone ? 1 : 0 })
    .where('seq', '=', seq)
    .execute();
}
