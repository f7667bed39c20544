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

/**
 * A row-image change as loaded for undo or redo: the images stay the JSON text they are stored
 * as, so only the one the step writes is parsed (an undo of 10k updates parses 10k images, not 20k).
 */
export interface StoredRowImages {
  kind: 'row';
  table: EditableTable;
  id: string;
  beforeJson: string | null;
  afterJson: string | null;
}

/** A change as stored: its position in the edit, so undo and redo can update its images. */
export type StoredChange = (StoredRowImages | InsertedRows) & { ord: number };

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

type ChangeValues = [
  ord: number,
  tableName: string,
  rowId: string,
  beforeJson: string | null,
  afterJson: string | null,
  rowIdsJson: string | null,
];

/**
 * The edit's changes in the order they were made; edits older than 0007 hold row images only.
 * With the raw connection (inside the undo/redo transaction) a prepared statement reads them as
 * value lists: an undo of a 10k-activity plan delete reads ~37k of them.
 */
export async function loadChanges(db: DbOrTrx, seq: number, raw?: BetterSqlite3.Database): Promise<StoredChange[]> {
  const rows: ChangeValues[] = raw
    ? (raw
        .prepare(
          `SELECT ord, table_name, row_id, before_json, after_json, row_ids_json
             FROM history_changes WHERE edit_seq = ? ORDER BY ord`,
        )
        .raw(true)
        .all(seq) as ChangeValues[])
    : (
        await db
          .selectFrom('history_changes')
          .select(['ord', 'table_name', 'row_id', 'before_json', 'after_json', 'row_ids_json'])
          .where('edit_seq', '=', seq)
          .orderBy('ord')
          .execute()
      ).map((r): ChangeValues => [r.ord, r.table_name, r.row_id, r.before_json, r.after_json, r.row_ids_json]);
  return rows.map(([ord, tableName, rowId, beforeJson, afterJson, rowIdsJson]): StoredChange => {
    const table = tableName as EditableTable;
    if (rowIdsJson !== null) {
      return {
        kind: 'insert',
        ord,
        table,
        ids: JSON.parse(rowIdsJson) as string[],
        images: afterJson ? (JSON.parse(afterJson) as RowImages) : null,
      };
    }
    return { kind: 'row', ord, table, id: rowId, beforeJson: beforeJson || null, afterJson: afterJson || null };
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
