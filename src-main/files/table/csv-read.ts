import { LIMITS, checkFileSize, refuse } from '../limits';
import type { Grid } from './grid';

/**
 * CSV/TSV as Excel and WPS write it: UTF-8 with or without BOM, UTF-16LE with BOM ("Unicode
 * text"), or GB18030/GBK (Excel on Chinese Windows). Text that is not valid UTF-8 is read as
 * GB18030, a superset of GBK and GB2312, which Node's full ICU decodes.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

export function readCsv(bytes: Uint8Array): { grid: Grid; encoding: string } {
  checkFileSize(bytes);
  if (bytes.includes(0) && !(bytes[0] === 0xff && bytes[1] === 0xfe)) {
    refuse(
      'not_text',
      '这不是表格文件：既不是 Excel 工作簿（.xlsx），也不是 CSV 文本。',
      'This is not a spreadsheet: neither an Excel workbook (.xlsx) nor CSV text.',
    );
  }
  const { text, encoding } = decodeText(bytes);
  return { grid: parseCsv(text), encoding };
}

/** RFC 4180 with the delimiter guessed from the first line (comma, tab or semicolon). */
export function parseCsv(text: string): Grid {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', '\t', ';'].reduce(
    (best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best),
    ',',
  );
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
      if (cell.length > LIMITS.maxStringChars) tooLongCell();
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
      if (row.length > LIMITS.maxColumns) tooWide();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length > LIMITS.maxRows) tooLong();
    } else {
      cell += c;
      if (cell.length > LIMITS.maxStringChars) tooLongCell();
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((v) => v.trim() !== ''));
}

const count = (s: string, d: string) => s.split(d).length - 1;

function tooLongCell(): never {
  refuse('string_too_long', '表格中有过长的单元格内容。', 'A cell of the spreadsheet is too long.');
}
function tooWide(): never {
  refuse(
    'too_wide',
    `表格超过 ${LIMITS.maxColumns} 列。`,
    `The spreadsheet has more than ${LIMITS.maxColumns} columns.`,
  );
}
export function tooLong(): never {
  refuse('too_many_rows', `表格超过 ${LIMITS.maxRows} 行。`, `The spreadsheet has more than ${LIMITS.maxRows} rows.`);
}
