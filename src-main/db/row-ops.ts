import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { DbOrTrx, EditableTable } from './schema';

/**
 * Table-generic row operations keyed by `id`, used by the edit recorder and by undo/redo,
 * which must write any table's row images without knowing its columns.
 * Table names come only from EDITABLE_TABLES and column names only from our own rows.
 */
export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** SQLite allows 32766 bound values per statement; stay well below it. */
const MAX_VALUES = 30_000;

/*
 * Each operation takes the raw connection when the caller has one (inside an edit's or an undo's
 * transaction, on the connection Kysely holds it on): it then runs a cached prepared statement
 * instead of compiling a Kysely query per row, which is what made deleting or restoring 10k rows
 * slow. Without it (a foreign Kysely instance) the same SQL goes through Kysely.
 */

export async function selectRow(
  db: DbOrTrx,
  table: EditableTable,
  id: string,
  raw?: BetterSqlite3.Database,
): Promise<Row | null> {
  if (raw) return (cached(raw, `SELECT * FROM ${ident(table)} WHERE id = ?`).get(id) as Row | undefined) ?? null;
  const r = await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
  return r.rows[0] ?? null;
}

/**
 * Which rows: `column` equals `value`, or, given `via`, `column` is the id of a `via.table` row
 * whose `via.column` equals `value` (a plan's activities' claims, in one statement).
 */
export interface Via {
  table: EditableTable;
  column: string;
}

function whereSql(column: string, via?: Via): string {
  return via
    ? `${ident(column)} IN (SELECT id FROM ${ident(via.table)} WHERE ${ident(via.column)} = ?)`
    : `${ident(column)} = ?`;
}

function whereKysely(column: string, value: string, via?: Via) {
  return via
    ? sql`${sql.ref(column)} IN (SELECT id FROM ${sql.table(via.table)} WHERE ${sql.ref(via.column)} = ${value})`
    : sql`${sql.ref(column)} = ${value}`;
}

export async function selectRows(
  db: DbOrTrx,
  table: EditableTable,
  column: string,
  value: string,
  raw?: BetterSqlite3.Database,
  via?: Via,
): Promise<Row[]> {
  if (raw) {
    return cached(raw, `SELECT * FROM ${ident(table)} WHERE ${whereSql(column, via)} ORDER BY id`).all(value) as Row[];
  }
  const r =
    await sql<Row>`SELECT * FROM ${sql.table(table)} WHERE ${whereKysely(column, value, via)} ORDER BY id`.execute(db);
  return r.rows;
}

/** Deletes every row whose `column` equals `value` (or matches through `via`) in one statement; returns how many. */
export async function deleteWhere(
  db: DbOrTrx,
  table: EditableTable,
  column: string,
  value: string,
  raw?: BetterSqlite3.Database,
  via?: Via,
): Promise<number> {
  if (raw) return cached(raw, `DELETE FROM ${ident(table)} WHERE ${whereSql(column, via)}`).run(value).changes;
  const r = await sql`DELETE FROM ${sql.table(table)} WHERE ${whereKysely(column, value, via)}`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

/**
 * Inserts rows (all with the same columns, those of the first row). With the raw connection
 * (inside an edit's transaction) cached prepared statements run; otherwise as few Kysely
 * statements as the bound-value limit allows.
 */
export async function insertRows(
  db: DbOrTrx,
  table: EditableTable,
  rows: readonly Row[],
  raw?: BetterSqlite3.Database,
): Promise<void> {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  if (raw) {
    // One reused value list: better-sqlite3 binds it before run() returns.
    const stmt = preparedInsert(raw, table, cols);
    const values: SqlValue[] = new Array<SqlValue>(cols.length);
    for (const row of rows) {
      for (let i = 0; i < cols.length; i++) values[i] = row[cols[i]] ?? null;
      stmt.run(values);
    }
    return;
  }
  await insertValues(
    db,
    table,
    cols,
    rows.map((row) => cols.map((c) => row[c] ?? null)),
  );
}

/** Inserts rows given as value lists in the order of `cols`. */
export async function insertValues(
  db: DbOrTrx,
  table: EditableTable,
  cols: readonly string[],
  values: readonly (readonly SqlValue[])[],
  raw?: BetterSqlite3.Database,
): Promise<void> {
  if (values.length === 0) return;
  if (raw) {
    const stmt = preparedInsert(raw, table, cols);
    for (const v of values) stmt.run(v);
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / cols.length));
  for (let i = 0; i < values.length; i += perStatement) {
    const chunk = values.slice(i, i + perStatement).map((v) => sql`(${sql.join(v)})`);
    await sql`INSERT INTO ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))}) VALUES ${sql.join(chunk)}`.execute(
      db,
    );
  }
}

/** Rows as value lists, with their column names once. */
export interface RowImages {
  columns: string[];
  rows: SqlValue[][];
}

/**
 * The rows with these ids, in the order of `ids` (one statement: the ids travel as one JSON
 * array, so no bound-value limit applies). Throws unless every id is found.
 */
export async function selectRowsById(db: DbOrTrx, table: EditableTable, ids: readonly string[]): Promise<RowImages> {
  const r = await sql<Row>`SELECT t.* FROM json_each(${JSON.stringify(ids)}) AS j
    JOIN ${sql.table(table)} AS t ON t.id = j.value ORDER BY j.key`.execute(db);
  if (r.rows.length !== ids.length) {
    throw new Error(
      `${table}: expected ${ids.length} rows, found ${r.rows.length}; the history does not match the data`,
    );
  }
  const columns = r.rows.length > 0 ? Object.keys(r.rows[0]) : [];
  return { columns, rows: r.rows.map((row) => columns.map((c) => row[c])) };
}

/** Deletes the rows with these ids (one statement). */
export async function deleteRowsById(db: DbOrTrx, table: EditableTable, ids: readonly string[]): Promise<void> {
  await sql`DELETE FROM ${sql.table(table)} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(
    db,
  );
}

export async function updateRow(
  db: DbOrTrx,
  table: EditableTable,
  id: string,
  patch: Row,
  raw?: BetterSqlite3.Database,
): Promise<void> {
  const cols = Object.keys(patch).filter((c) => c !== 'id');
  if (cols.length === 0) return;
  if (raw) {
    const values: SqlValue[] = cols.map((c) => patch[c]);
    values.push(id);
    preparedUpdate(raw, table, cols).run(values);
    return;
  }
  const sets = cols.map((c) => sql`${sql.ref(c)} = ${patch[c]}`);
  await sql`UPDATE ${sql.table(table)} SET ${sql.join(sets)} WHERE id = ${id}`.execute(db);
}

export async function deleteRow(
  db: DbOrTrx,
  table: EditableTable,
  id: string,
  raw?: BetterSqlite3.Database,
): Promise<void> {
  if (raw) {
    preparedDelete(raw, table).run(id);
    return;
  }
  await sql`DELETE FROM ${sql.table(table)} WHERE id = ${id}`.execute(db);
}

const STATEMENTS = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** The connection's prepared statement for `key`, built from `text()` the first time. */
function cached(raw: BetterSqlite3.Database, key: string, text: () => string = () => key): BetterSqlite3.Statement {
  let cache = STATEMENTS.get(raw);
  if (!cache) STATEMENTS.set(raw, (cache = new Map()));
  let stmt = cache.get(key);
  if (!stmt) cache.set(key, (stmt = raw.prepare(text())));
  return stmt;
}

/** An identifier quoted for SQL: names come from EDITABLE_TABLES and our own rows, never from users. */
function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Column names come from our own row objects, quoted as identifiers; values are always bound. */
export function preparedInsert(
  raw: BetterSqlite3.Database,
  table: string,
  cols: readonly string[],
): BetterSqlite3.Statement {
  return cached(
    raw,
    `I ${table}(${cols.join(',')})`,
    () => `INSERT INTO ${ident(table)} (${cols.map(ident).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  );
}

/** `UPDATE table SET cols… WHERE id = ?`: bind the values of `cols`, then the id. */
export function preparedUpdate(
  raw: BetterSqlite3.Database,
  table: string,
  cols: readonly string[],
): BetterSqlite3.Statement {
  return cached(
    raw,
    `U ${table}(${cols.join(',')})`,
    () => `UPDATE ${ident(table)} SET ${cols.map((c) => `${ident(c)} = ?`).join(', ')} WHERE id = ?`,
  );
}

export function preparedDelete(raw: BetterSqlite3.Database, table: string): BetterSqlite3.Statement {
  return cached(raw, `DELETE FROM ${ident(table)} WHERE id = ?`);
}
