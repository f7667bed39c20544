import type { Compilable } from 'kysely';
import { rawConnectionOf } from './open-database';
import type { DbOrTrx } from './schema';

/**
 * Runs a Kysely query and answers its rows as arrays, in the order of its select list. For a
 * load of 100k rows, one object per row (and the collector's work to move them) is most of the
 * cost; SQLite's raw mode hands out arrays. On a connection opened elsewhere (no raw handle),
 * Kysely's rows are turned into arrays so the caller reads one shape either way.
 */
export async function rowsAsArrays(db: DbOrTrx, query: Compilable): Promise<unknown[][]> {
  const compiled = query.compile();
  const raw = rawConnectionOf(db);
  if (raw)
    return raw
      .prepare(compiled.sql)
      .raw(true)
      .all(...compiled.parameters) as unknown[][];
  return (await db.executeQuery(compiled)).rows.map((r) => Object.values(r as object));
}
