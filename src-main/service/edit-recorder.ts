import type BetterSqlite3 from 'better-sqlite3';
import type { Transaction } from 'kysely';
import type { RowChange } from '../db/queries/history';
import { type Row, deleteRow, insertRows, selectRow, selectRows, updateRow } from '../db/row-ops';
import type { Database, EditableTable } from '../db/schema';

/**
 * Writes rows inside one edit's transaction and keeps their before/after images, so the edit
 * can be undone and redone exactly (a persistent history, not a renderer-side trick).
 * Every write of an edit goes through here; reads may use the typed query modules.
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
    await insertRows(this.trx, table, rows, this.raw);
    for (const row of rows) this.changes.push({ table, id: String(row.id), before: null, after: { ...row } });
  }

  /** Applies a patch; returns the row as it is now, or null if no such row. No-op patches record nothing. */
  async update(table: EditableTable, id: string, patch: Row): Promise<Row | null> {
    const before = await selectRow(this.trx, table, id);
    if (!before) return null;
    const after = { ...before, ...patch };
    const changed = Object.keys(patch).filter((k) => k !== 'updated_at' && before[k] !== after[k]);
    if (changed.length === 0) return before;
    await updateRow(this.trx, table, id, patch);
    this.changes.push({ table, id, before, after });
    return after;
  }

  async delete(table: EditableTable, id: string): Promise<boolean> {
    const before = await selectRow(this.trx, table, id);
    if (!before) return false;
    await deleteRow(this.trx, table, id);
    this.changes.push({ table, id, before, after: null });
    return true;
  }

  /** Deletes every row of `table` whose `column` equals `value` (children before their parent). */
  async deleteWhere(table: EditableTable, column: string, value: string): Promise<number> {
    const rows = await selectRows(this.trx, table, column, value);
    for (const row of rows) {
      await deleteRow(this.trx, table, String(row.id));
      this.changes.push({ table, id: String(row.id), before: row, after: null });
    }
    return rows.length;
  }
}

/** Reverts (undo) or re-applies (redo) recorded changes. Undo walks them backwards. */
export async function applyChanges(
  trx: Transaction<Database>,
  changes: readonly RowChange[],
  direction: 'undo' | 'redo',
): Promise<void> {
  const ordered = direction === 'undo' ? [...changes].reverse() : changes;
  for (const c of ordered) {
    const from = direction === 'undo' ? c.after : c.before;
    const to = direction === 'undo' ? c.before : c.after;
    if (to === null) await deleteRow(trx, c.table, c.id);
    else if (from === null) await insertRows(trx, c.table, [to]);
    else await updateRow(trx, c.table, c.id, to);
  }
}
