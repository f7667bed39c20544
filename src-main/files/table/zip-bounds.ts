import { LIMITS, refuse } from '../limits';

/**
 * Reads a zip's central directory (never its data) and refuses an archive that declares more
 * than we allow, before exceljs inflates anything: too many entries, too many bytes once
 * expanded, an absurd compression ratio, or ZIP64 sizes (no honest schedule needs them).
 * Declared sizes can lie; the worker's heap cap and timeout are the backstop for that.
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
  for (let i = 0; i < entries; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) notZip();
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    if (size === 0xffffffff || compressed === 0xffffffff) tooBig('ZIP64');
    total += size;
    if (total > maxExpanded) tooBig(`more than ${Math.round(maxExpanded / 1048576)} MB expanded`);
    if (size > 1_048_576 && size / Math.max(1, compressed) > MAX_RATIO) tooBig('compression ratio');
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
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
