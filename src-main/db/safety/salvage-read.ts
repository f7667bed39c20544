import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** The rows read from one table of a damaged workspace, and what could not be read. */
export interface TableSalvage {
  rows: Record<string, unknown>[];
  /** Rows known (or, when `estimated`, judged from the gaps in row ids) to be there but unreadable. */
  lost: number;
  estimated: boolean;
}

export interface SalvageRead {
  /** Tables by name; a table whose schema entry or root could not be read has no entry. */
  tables: Map<string, TableSalvage>;
  /** The schema itself (page 1) could not be read: nothing could be. */
  schemaLost: boolean;
}

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** Jumps past an unreadable stretch grow by doubling; past this a table's ids are exhausted. */
const MAX_JUMP = 2 ** 40;

/**
 * Reads what it can of a damaged workspace, table by table and row by row, without writing to
 * it: the file is copied into `scratchDir` first (with its -wal), and the copy's header is mended
 * when only the "SQLite format 3" magic or the page size was hit, which SQLite would otherwise
 * refuse outright. A table is read in row-id order; where SQLite reports damage the reader jumps
 * ahead (1, 2, 4, … ids) until a search lands past the damaged pages, and goes on from there.
 */
export function readTolerantly(
  file: string,
  scratchDir: string,
  tables: readonly string[],
  nativeBinding?: string,
): SalvageRead {
  const copy = join(scratchDir, 'damaged-copy.sqlite');
  const out: SalvageRead = { tables: new Map(), schemaLost: false };
  if (!existsSync(file) || statSync(file).size < 512) return { ...out, schemaLost: true };
  copyFileSync(file, copy);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  mendHeader(copy);

  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(copy, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return { ...out, schemaLost: true };
  }
  try {
    let known: Set<string>;
    try {
      known = new Set(
        db
          .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
          .pluck()
          .all()
          .map((n) => String(n)),
      );
    } catch {
      return { ...out, schemaLost: true };
    }
    for (const table of tables) {
      if (!known.has(table)) continue;
      const read = readTable(db, table);
      if (read) out.tables.set(table, read);
    }
    return out;
  } finally {
    db.close();
  }
}

function readTable(db: BetterSqlite3.Database, table: string): TableSalvage | null {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  let rowsFrom: BetterSqlite3.Statement;
  let nextId: BetterSqlite3.Statement;
  try {
    rowsFrom = db.prepare(`SELECT rowid AS __salvage_rowid, * FROM ${quoted} WHERE rowid > ? ORDER BY rowid`);
    nextId = db.prepare(`SELECT rowid FROM ${quoted} WHERE rowid > ? ORDER BY rowid LIMIT 1`).pluck();
  } catch {
    return null;
  }
  const rows: Record<string, unknown>[] = [];
  let after = Number.MIN_SAFE_INTEGER;
  let gapIds = 0;
  let stretches = 0;
  for (;;) {
    try {
      for (const row of rowsFrom.iterate(after) as Iterable<Record<string, unknown>>) {
        after = Number(row.__salvage_rowid);
        const { __salvage_rowid: _, ...values } = row;
        rows.push(values);
      }
      break;
    } catch {
      stretches++;
      const base = after === Number.MIN_SAFE_INTEGER ? 0 : after;
      const resumed = jumpPast(nextId, base);
      if (resumed === null) break;
      // Ids between the last row read and the next readable one were in the damaged pages.
      if (resumed.next !== null) gapIds += Math.max(0, resumed.next - base - 1);
      after = resumed.from;
      if (resumed.next === null) break;
    }
  }
  // Indexes hold every row's id: when one can still be counted, the loss is exact.
  let total: number | null = null;
  try {
    total = Number(db.prepare(`SELECT count(*) FROM ${quoted}`).pluck().get());
  } catch {
    total = null;
  }
  if (total !== null && total >= rows.length) return { rows, lost: total - rows.length, estimated: false };
  return { rows, lost: stretches === 0 ? 0 : Math.max(gapIds, stretches), estimated: stretches > 0 };
}

/**
 * The first search past `after` that SQLite can answer: where to go on from, and the id it found
 * (null: none left). Jumps double until one lands past the damage, then a binary search walks back
 * to the earliest id that still answers, so no readable row after the damage is skipped.
 */
function jumpPast(nextId: BetterSqlite3.Statement, after: number): { from: number; next: number | null } | null {
  const probe = (from: number): { next: number | null } | null => {
    try {
      const next = nextId.get(from) as number | bigint | undefined;
      return { next: next === undefined ? null : Number(next) };
    } catch {
      return null; // still inside the damaged pages
    }
  };
  let failed = after;
  for (let step = 1; step <= MAX_JUMP; step *= 2) {
    const from = after + step;
    let found = probe(from);
    if (!found) {
      failed = from;
      continue;
    }
    let ok = from;
    while (ok - failed > 1) {
      const mid = failed + Math.floor((ok - failed) / 2);
      const at = probe(mid);
      if (at) {
        ok = mid;
        found = at;
      } else failed = mid;
    }
    return { from: ok, next: found.next };
  }
  return null;
}

/**
 * Mends the copy's header where it was hit: the magic string, a plausible page size, and the page
 * count. A truncated file's header still claims its old size, and SQLite then refuses even the
 * schema; cut to whole pages and told its true size, it reads every page that is left.
 */
function mendHeader(copy: string): void {
  const fd = openSync(copy, 'r+');
  try {
    const header = Buffer.alloc(100);
    readSync(fd, header, 0, 100, 0);
    if (!header.subarray(0, 16).equals(MAGIC)) writeSync(fd, MAGIC, 0, 16, 0);
    let pageSize = header.readUInt16BE(16);
    if (pageSize === 1) pageSize = 65_536;
    const valid = pageSize >= 512 && pageSize <= 65_536 && (pageSize & (pageSize - 1)) === 0;
    if (!valid) {
      pageSize = 4096; // the workspace's page size
      writeSync(fd, Buffer.from([0x10, 0x00]), 0, 2, 16);
    }
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    ftruncateSync(fd, pages * pageSize);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(pages);
    writeSync(fd, count, 0, 4, 28);
    // The size above counts only while "version-valid-for" matches the change counter.
    writeSync(fd, header, 24, 4, 92);
  } finally {
    closeSync(fd);
  }
}
