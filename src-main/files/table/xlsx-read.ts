import ExcelJS from 'exceljs';
import { LIMITS, checkFileSize, refuse } from '../limits';
import { tooLong } from './csv-read';
import type { Cell, Sheet } from './grid';
import { checkZipBounds } from './zip-bounds';

/** Reads every worksheet of an .xlsx into grids, after the zip's declared sizes passed checkZipBounds. */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  checkFileSize(bytes);
  checkZipBounds(bytes);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    // exceljs's own message is about its internals, not the planner's file: say what it means.
    refuse(
      'damaged',
      'Excel 文件已损坏或不完整，无法读取：请在 Excel 或 WPS 中打开并另存后再导入。',
      'The Excel file is damaged or incomplete and cannot be read: open it in Excel or WPS, save it again, then import it.',
    );
  }
  const sheets: Sheet[] = [];
  let total = 0;
  for (const ws of wb.worksheets) {
    const rows: Cell[][] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (++total > LIMITS.maxRows) tooLong();
      const cells: Cell[] = [];
      const count = Math.min(row.cellCount, LIMITS.maxColumns);
      for (let c = 1; c <= count; c++) cells.push(toCell(row.getCell(c).value));
      if (cells.some((v) => v !== null && v !== '')) rows.push(cells);
    });
    sheets.push({ name: ws.name.slice(0, 100), rows });
  }
  if (sheets.length === 0) refuse('empty', 'Excel 文件中没有工作表。', 'The Excel file has no worksheet.');
  return sheets;
}

function toCell(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return clip(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return clip(v.richText.map((r) => r.text).join(''));
    if ('result' in v) return v.result === undefined ? null : toCell(v.result as ExcelJS.CellValue);
    if ('text' in v && typeof v.text === 'string') return clip(v.text);
    if ('error' in v) return null;
  }
  return null;
}

/** exceljs gives date cells as UTC instants of the wall-clock value written in the sheet. */
function dateText(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
  const hm = d.getUTCHours() * 60 + d.getUTCMinutes();
  return hm === 0 ? day : `${day} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

function clip(s: string): string {
  if (s.length > LIMITS.maxStringChars)
    refuse('string_too_long', '表格中有过长的单元格内容。', 'A cell of the spreadsheet is too long.');
  return s;
}
