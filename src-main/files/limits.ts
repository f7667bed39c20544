import { gunzipSync } from 'node:zlib';

/**
 * Bounds on what an untrusted file may make us do. A file that breaks one is refused whole,
 * with the reason; nothing is partially read.
 */
export const LIMITS = {
  /** Bytes of a file as received (base64 decoded). The browser door caps requests at 8 MB anyway. */
  maxFileBytes: 12 * 1024 * 1024,
  /** Bytes a gzip or zip entry may expand to: a 10 k-activity plan is ~6 MB of JSON. */
  maxExpandedBytes: 64 * 1024 * 1024,
  /** Longest string anywhere in a JSON file (LongText is 10,000; leave room for escapes). */
  maxStringChars: 20_000,
  /** Deepest nesting of arrays and objects in a plan file (ours is at most ~8 deep). */
  maxDepth: 32,
  /** How long a worker may take over one file. */
  workerTimeoutMs: 10_000,
  /** Rows of a spreadsheet or events of a calendar. */
  maxRows: 50_000,
  maxColumns: 100,
  /** Occurrences one recurring calendar event may expand to. */
  maxOccurrences: 500,
} as const;

/** Why a file was refused: a stable code plus the message in both languages. */
export interface Refusal {
  code: string;
  zh: string;
  en: string;
}

export class FileRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.en);
    this.name = 'FileRefused';
  }
}

export function refuse(code: string, zh: string, en: string): never {
  throw new FileRefused({ code, zh, en });
}

export const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Gunzip with a hard cap on the output, so a bomb stops at the cap instead of filling memory. */
export function boundedGunzip(bytes: Uint8Array, max: number = LIMITS.maxExpandedBytes): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: max });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
      refuse(
        'too_large_expanded',
        `文件解压后超过 ${mb(max)} MB 上限，已拒绝（可能是压缩炸弹）。`,
        `The file expands beyond the ${mb(max)} MB limit and was refused (possibly a compression bomb).`,
      );
    }
    refuse('damaged', '文件已损坏或被截断，无法解压。', 'The file is damaged or truncated and cannot be decompressed.');
  }
}

export function checkFileSize(bytes: Uint8Array): void {
  if (bytes.length === 0) refuse('empty', '文件是空的。', 'The file is empty.');
  if (bytes.length > LIMITS.maxFileBytes) {
    refuse(
      'too_large',
      `文件超过 ${mb(LIMITS.maxFileBytes)} MB 上限。`,
      `The file is larger than the ${mb(LIMITS.maxFileBytes)} MB limit.`,
    );
  }
}

/** Strict UTF-8 (with or without BOM): a stray byte means a damaged or foreign file, not mojibake to store. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    refuse('not_utf8', '文件不是有效的 UTF-8 文本。', 'The file is not valid UTF-8 text.');
  }
}

const mb = (n: number) => Math.round(n / 1024 / 1024);
