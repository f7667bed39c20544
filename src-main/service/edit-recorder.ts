import type BetterSqlite3 from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { InsertedRows, RowChange } from '../db/queries/history';
import {
  type Row,
  type RowImages,
  deleteRow,
  deleteRowsById,
  insertRows,
  insertValues,
  selectRow,
  selectRows,
  selectRowsById,
  updateRow,
} from '../db/row-ops';
import type { Database, EditableTable } from '../db/schema';

/**
 * Writes rows inside one edit's transaction and records what undo and redo need to revert and
 * re-apply it exactly (a persistent history, not a renderer-side trick): the before/after images
 * of updated and deleted rows, and the ids of inserted rows (undo captures their images itself,
 * see InsertedRows). Every write of an edit goes through here; reads may use the typed query modules.
 */
export class EditRecorder {
  readonly changes: RowChange[] = [];
  readonly planIds = new Set<string>();

  constructor(
    readonly trx: Transaction<Database>,
    /** The connection the transaction runs on, for fast bulk inserts; absent for foreign Kysely instances. */
    readonly raw?: BetterSqlite3.Database,
  ) {}

  touchPlan(planId: string): void {
    this.planIds.add(planId);
  }

  async insert(table: EditableTable, row: Row): Promise<void> {
    await this.insertMany(table, [row]);
  }

  async insertMany(table: EditableTable, rows: readonly Row[]): Promise<void> {
    if (rows.length === 0) return;
    await insertRows(this.trx, table, rows, this.raw);
    // Consecutive inserts into one table form one change: undo deletes them together.
    const last = this.changes.at(-1);
    const batch: InsertedRows =
      last?.kind === 'insert' && last.table === table ? last : { kind: 'insert', table, ids: [], images: null };
    if (batch !== last) this.changes.push(batch);
    for (const row of rows) batch.ids.push(String(row.id));
  }

  /** Applies a patch; returns the row as it is now, or null if no such row. No-op patches record nothing. */
  async update(table: EditableTable, id: string, patch: Row): Promise<Row | null> {
    const before = await selectRow(this.trx, table, id);
    if (!before) return null;
    const after = { ...before, ...patch };
    const changed = Object.keys(patch).filter((k) => k !== 'updated_at' && before[k] !== after[k]);
    if (changed.length === 0) return before;
    await updateRow(this.trx, table, id, patch);
    this.changes.push({ kind: 'row', table, id, before, after });
    return after;
  }

  async delete(table: EditableTable, id: string): Promise<boolean> {
    const before = await selectRow(this.trx, table, id);
    if (!before) return false;
    await deleteRow(this.trx, table, id);
    this.changes.push({ kind: 'row', table, id, before, after: null });
    return true;
  }

  /** Deletes every row of `table` whose `column` equals `value` (children before their parent). */
  async deleteWhere(table: EditableTable, column: string, value: string): Promise<number> {
    const rows = await selectRows(this.trx, table, column, value);
    for (const row of rows) {
      await deleteRow(this.trx, table, String(row.id));
      this.changes.push({ kind: 'row', table, id: String(row.id), before: row, after: null });
    }
    return rows.length;
  }
}

/**
 * Reverts (undo) or re-applies (redo) recorded changes; undo walks them backwards. Returns, for
 * each change of inserted rows, the images to keep with it: the rows as undo found them just
 * before deleting them, or null once redo has written them back.
 */
export async function applyChanges(
  trx: Transaction<Database>,
  changes: readonly RowChange[],
  direction: 'undo' | 'redo',
  raw?: BetterSqlite3.Database,
): Promise<Map<InsertedRows, RowImages | null>> {
  const images = new Map<InsertedRows, RowImages | null>();
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    if (c.kind === 'insert') {
      if (direction === 'undo') {
        images.set(c, await selectRowsById(trx, c.table, c.ids));
        await deleteRowsById(trx, c.table, c.ids);
      } else {
        if (!c.images) throw new Error(`${c.table}: no images of the inserted rows to redo`);
        await insertValues(trx, c.table, c.images.columns, c.images.rows, raw);
        images.set(c, null);
      }
      continue;
    }
    const from = direction === 'undo' ? c.after : c.before;
    const to = direction === 'undo' ? c.before : c.after;
    if (to === null) await deleteRow(trx, c.table, c.id);
    else if (from === null) await insertRows(trx, c.table, [to]);
    else await updateRow(trx, c.table, c.id, to);
  }
  return images;
}
