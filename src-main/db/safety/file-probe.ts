import { closeSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Looks at a workspace file's bytes before SQLite does. SQLite calls a zero-length file an empty
 * database (and would happily start a new workspace in it) and calls a torn header "file is not
 * a database"; both hide that the planner's workspace was damaged. The SQLite header layout is
 * documented at https://www.sqlite.org/fileformat.html#the_database_header.
 */
export type FileDamage = 'empty' | 'truncated' | 'bad-header';

export type FileProbe =
  | { kind: 'missing' }
  | { kind: 'sqlite'; pageSize: number; sizeBytes: number }
  | { kind: 'damaged'; damage: FileDamage; sizeBytes: number }
  /** Not SQLite at all (a text file, a spreadsheet saved under the workspace's name). */
  | { kind: 'foreign'; sizeBytes: number };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export function probeWorkspaceFile(file: string): FileProbe {
  let sizeBytes: number;
  try {
    sizeBytes = statSync(file).size;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (sizeBytes === 0) return { kind: 'damaged', damage: 'empty', sizeBytes };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  if (read < HEADER_BYTES) {
    // A few bytes that still start like SQLite were cut short; anything else was never a database.
    const prefix = Math.min(read, MAGIC.length);
    const startsLikeSqlite = header.subarray(0, prefix).equals(MAGIC.subarray(0, prefix));
    return startsLikeSqlite ? { kind: 'damaged', damage: 'truncated', sizeBytes } : { kind: 'foreign', sizeBytes };
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) {
    // SQLite files are whole pages (512 bytes at least): a file shaped like one lost its header;
    // anything else was never a database.
    const pageShaped = sizeBytes >= 1024 && sizeBytes % 512 === 0;
    return pageShaped ? { kind: 'damaged', damage: 'bad-header', sizeBytes } : { kind: 'foreign', sizeBytes };
  }
  const pageSize = pageSizeOf(header);
  // Bytes 21-23 (payload fractions) must be 64, 32, 32 in every valid file.
  if (pageSize === null || header[21] !== 64 || header[22] !== 32 || header[23] !== 32)
    return { kind: 'damaged', damage: 'bad-header', sizeBytes };
  if (sizeBytes % pageSize !== 0) return { kind: 'damaged', damage: 'truncated', sizeBytes };
  // The in-header page count is trusted only when "version-valid-for" matches the change counter.
  const pages = header.readUInt32BE(28);
  const valid = header.readUInt32BE(92) === header.readUInt32BE(24);
  if (valid && pages > 0 && sizeBytes < pages * pageSize) return { kind: 'damaged', damage: 'truncated', sizeBytes };
  return { kind: 'sqlite', pageSize, sizeBytes };
}

function pageSizeOf(header: Buffer): number | null {
  const raw = header.readUInt16BE(16);
  const size = raw === 1 ? 65536 : raw;
  if (size < 512 || size > 65536 || (size & (size - 1)) !== 0) return null;
  return size;
}
