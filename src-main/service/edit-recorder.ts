import type BetterSqlite3 from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { LocalizedText } from '../../src-shared/errors';
import type { InsertedRows, RowChange, StoredChange } from '../db/queries/history';
import {
  type Row,
  type RowImages,
  type SqlValue,
  deleteRow,
  deleteRowsById,
  deleteWhere,
  insertRows,
  insertValues,
  preparedDelete,
  preparedInsert,
  preparedUpdate,
  selectRow,
  selectRows,
  selectRowsById,
  updateRow,
} from '../db/row-ops';
import type { Database, EditableTable } from '../db/schema';
import type { Via } from '../db/row-ops';

/**
 * Writes rows inside one edit's transaction and records what undo and redo need to revert and
 * re-apply it exactly (a persistent history, not a renderer-side trick): the before/after images
 * of updated and deleted rows, and the ids of inserted rows (undo captures their images itself,
 * see InsertedRows). Every write of an edit goes through here; reads may use the typed query modules.
 */
export class EditRecorder {
  readonly changes: RowChange[] = [];
  readonly planIds = new Set<string>();
  /** The undo label, when the edit names it only once it has read what it changes (see relabel). */
  label: LocalizedText | null = null;

  constructor(
    readonly trx: Transaction<Database>,
    /** The connection the transaction runs on, for fast bulk inserts; absent for foreign Kysely instances. */
    readonly raw?: BetterSqlite3.Database,
  ) {}

  /** Names the edit from inside its transaction, where what it changes is read. */
  relabel(label: LocalizedText): void {
    this.label = label;
  }

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
    const before = await selectRow(this.trx, table, id, this.raw);
    if (!before) return null;
    const after = { ...before, ...patch };
    const changed = Object.keys(patch).filter((k) => k !== 'updated_at' && before[k] !== after[k]);
    if (changed.length === 0) return before;
    await updateRow(this.trx, table, id, patch, this.raw);
    this.changes.push({ kind: 'row', table, id, before, after });
    return after;
  }

  /** Sets only `updated_at` (which update() treats as no change), recorded so undo restores it. */
  async stamp(table: EditableTable, id: string, at: string): Promise<void> {
    const before = await selectRow(this.trx, table, id, this.raw);
    if (!before || before.updated_at === at) return;
    await updateRow(this.trx, table, id, { updated_at: at }, this.raw);
    this.changes.push({ kind: 'row', table, id, before, after: { ...before, updated_at: at } });
  }

  async delete(table: EditableTable, id: string): Promise<boolean> {
    const before = await selectRow(this.trx, table, id, this.raw);
    if (!before) return false;
    await deleteRow(this.trx, table, id, this.raw);
    this.changes.push({ kind: 'row', table, id, before, after: null });
    return true;
  }

  /**
   * Deletes every row of `table` whose `column` equals `value`, or, given `via`, whose `column`
   * names a `via.table` row with `via.column` = `value` (children before their parent).
   */
  async deleteWhere(table: EditableTable, column: string, value: string, via?: Via): Promise<number> {
    const rows = await selectRows(this.trx, table, column, value, this.raw, via);
    if (rows.length === 0) return 0;
    // One statement deletes exactly the rows just read: nothing else writes inside this transaction.
    const deleted = await deleteWhere(this.trx, table, column, value, this.raw, via);
    if (deleted !== rows.length) throw new Error(`${table}: read ${rows.length} rows to delete, deleted ${deleted}`);
    for (const row of rows) this.changes.push({ kind: 'row', table, id: String(row.id), before: row, after: null });
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
  changes: readonly StoredChange[],
  direction: 'undo' | 'redo',
  raw?: BetterSqlite3.Database,
): Promise<Map<InsertedRows, RowImages | null>> {
  const images = new Map<InsertedRows, RowImages | null>();
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  const writer = raw ? new RowImageWriter(raw) : null;
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
    // Only the image this step writes is parsed; of the other, only whether the row existed matters.
    const fromJson = direction === 'undo' ? c.afterJson : c.beforeJson;
    const toJson = direction === 'undo' ? c.beforeJson : c.afterJson;
    if (writer) {
      writer.write(c.table, c.id, fromJson !== null, toJson);
      continue;
    }
    const to = toJson === null ? null : (JSON.parse(toJson) as Row);
    if (to === null) await deleteRow(trx, c.table, c.id);
    else if (fromJson === null) await insertRows(trx, c.table, [to]);
    else await updateRow(trx, c.table, c.id, to);
  }
  return images;
}

/**
 * Writes row images through cached prepared statements, synchronously: an undo of a 10k-row
 * delete is 10k runs of one INSERT statement per table (measured faster here than multi-row
 * INSERTs), with no Kysely query compiled per row. Consecutive images of one table share their
 * columns (the rows were read with SELECT *), so the statement is looked up again only when the
 * table or the column list changes (history older than a migration may hold fewer columns).
 */
class RowImageWriter {
  private kind = '';
  private table = '';
  private cols: string[] = [];
  private stmt: BetterSqlite3.Statement | null = null;
  private values: SqlValue[] = [];

  constructor(private readonly raw: BetterSqlite3.Database) {}

  /** Makes the row `id` of `table` what `toJson` says (deleted when null); `existed`: whether it is there now. */
  write(table: EditableTable, id: string, existed: boolean, toJson: string | null): void {
    if (toJson === null) {
      preparedDelete(this.raw, table).run(id);
      return;
    }
    const to = JSON.parse(toJson) as Row;
    if (existed) {
      const cols = Object.keys(to).filter((c) => c !== 'id');
      if (cols.length === 0) return;
      const stmt = this.statement('update', table, cols);
      const values = this.values;
      for (let i = 0; i < cols.length; i++) values[i] = to[cols[i]];
      values[cols.length] = id;
      stmt.run(values);
    } else {
      const stmt = this.statement('insert', table, Object.keys(to));
      const cols = this.cols;
      const values = this.values;
      for (let i = 0; i < cols.length; i++) values[i] = to[cols[i]] ?? null;
      stmt.run(values);
    }
  }

  private statement(kind: 'insert' | 'update', table: EditableTable, cols: string[]): BetterSqlite3.Statement {
    if (this.stmt && kind === this.kind && table === this.table && sameColumns(cols, this.cols)) return this.stmt;
    this.kind = kind;
    this.table = table;
    this.cols = cols;
    this.values = new Array<SqlValue>(kind === 'update' ? cols.length + 1 : cols.length);
    this.stmt = kind === 'update' ? preparedUpdate(this.raw, table, cols) : preparedInsert(this.raw, table, cols);
    return this.stmt;
  }
}

function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
