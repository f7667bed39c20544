import { inflateRawSync } from 'node:zlib';
import { LIMITS, refuse } from '../limits';

/**
 * Bounds a zip (an .xlsx) before exceljs inflates anything, in two passes. First the central
 * directory: an archive that DECLARES too much is refused at once (too many entries, too many
 * bytes once expanded, an absurd ratio, ZIP64). Declared sizes can lie, so then every entry is
 * inflated here with a cap on the bytes it may produce, counted across all entries as they
 * stream, whatever the headers say: a lying archive stops at the limit, in a fraction of a
 * second and within the limit's memory, instead of filling the worker's heap.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 2_000;
const MAX_RATIO = 200;

export function checkZipBounds(bytes: Uint8Array, maxExpanded: number = LIMITS.maxExpandedBytes): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) notZip();
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (entries === 0xffff || cdOffset === 0xffffffff) tooBig('ZIP64');
  if (entries > MAX_ENTRIES) tooBig(`${entries} entries`);
  if (cdOffset + cdSize > bytes.length) notZip();

  let p = cdOffset;
  let total = 0;
  const stored: ZipEntry[] = [];
  for (let i = 0; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) notZip();
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) tooBig('ZIP64');
    total += size;
    if (total > maxExpanded) tooBig(`more than ${Math.round(maxExpanded / 1048576)} MB expanded`);
    if (size > 1_048_576 && size / Math.max(1, compressed) > MAX_RATIO) tooBig('compression ratio');
    stored.push({ method, compressed, localHeader: view.getUint32(p + 42, true) });
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  checkInflatedSizes(bytes, view, stored, maxExpanded);
}

interface ZipEntry {
  method: number;
  compressed: number;
  localHeader: number;
}

const LOCAL = 0x04034b50;

/** Inflates every entry with the bytes still allowed as its cap: the true expanded size, counted, not declared. */
function checkInflatedSizes(bytes: Uint8Array, view: DataView, entries: ZipEntry[], maxExpanded: number): void {
  let left = maxExpanded;
  for (const e of entries) {
    const at = e.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) notZip();
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    if (start + e.compressed > bytes.length) notZip();
    let produced: number;
    if (e.method === 0) produced = e.compressed;
    else if (e.method === 8) {
      try {
        // Anything past the cap is never allocated: zlib stops with ERR_BUFFER_TOO_LARGE.
        produced = inflateRawSync(bytes.subarray(start, start + e.compressed), {
          maxOutputLength: Math.max(1, left),
        }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          tooBig(`more than ${Math.round(maxExpanded / 1048576)} MB expanded`);
        notZip();
      }
    } else notZip();
    left -= produced;
    if (left < 0) tooBig(`more than ${Math.round(maxExpanded / 1048576)} MB expanded`);
  }
}

function findEocd(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 65_535);
  for (let i = view.byteLength - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function notZip(): never {
  refuse(
    'damaged',
    '这不是有效的 Excel（.xlsx）文件，或文件已损坏。',
    'This is not a valid Excel (.xlsx) file, or it is damaged.',
  );
}

function tooBig(why: string): never {
  refuse(
    'too_large_expanded',
    `Excel 文件解压后过大（${why}），已拒绝（可能是压缩炸弹）。`,
    `The Excel file expands too far (${why}) and was refused (possibly a compression bomb).`,
  );
}
