import ExcelJS from 'exceljs';
import { centsToDecimal } from '../../../src-shared/parse/amount';
import { type Column, type OutValue, neutralize } from './table-columns';

/** A sheet's cells computed up front, so sheets of different row types travel in one list. */
export interface SheetSpec {
  name: string;
  columns: { header: string; width: number }[];
  rows: OutValue[][];
}

export function tabulate<T>(name: string, columns: Column<T>[], rows: readonly T[]): SheetSpec {
  return {
    name,
    columns: columns.map((c) => ({ header: c.header, width: c.width })),
    rows: rows.map((r) => columns.map((c) => c.get(r))),
  };
}

/** One sheet per spec, with a bold frozen header row, column widths and number formats. */
export async function writeXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dangqi 档期';
  // A fixed date keeps the bytes of two exports of the same content identical.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (const spec of sheets) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const values of spec.rows) {
      const r = ws.addRow(values.map(xlsxValue));
      values.forEach((v, i) => {
        const fmt = numFmt(v);
        if (fmt) r.getCell(i + 1).numFmt = fmt;
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function xlsxValue(v: OutValue): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
      // A string cell (a shared string, t="s") is text to every office suite: "=1+1" is shown as
      // written and never evaluated, so no visible apostrophe is needed. CSV has no cell types
      // and keeps its neutralising quote (csvValue).
      return v.value;
    case 'int':
      return v.value;
    case 'money':
      // Yuan as a number: n/100 is the double nearest the exact amount, and reads back as it.
      return v.cents / 100;
    case 'day':
      return v.value === null ? null : new Date(`${v.value}T00:00:00Z`);
    case 'datetime':
      return new Date(`${v.value}:00Z`);
  }
}

function numFmt(v: OutValue): string | null {
  if (v.kind === 'money') return '¥#,##0.00';
  if (v.kind === 'day') return 'yyyy-mm-dd';
  if (v.kind === 'datetime') return 'yyyy-mm-dd hh:mm';
  if (v.kind === 'int') return '0';
  return null;
}

/** CSV as Excel on Chinese Windows opens it: UTF-8 with BOM, CRLF, RFC 4180 quoting. */
export function writeCsv(sheet: SheetSpec): Buffer {
  const lines = [sheet.columns.map((c) => quote(c.header))];
  for (const values of sheet.rows) lines.push(values.map((v) => quote(csvValue(v))));
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(lines.map((l) => l.join(',')).join('\r\n') + '\r\n'),
  ]);
}

function csvValue(v: OutValue): string {
  switch (v.kind) {
    case 'text':
      return neutralize(v.value);
    case 'int':
      return v.value === null ? '' : String(v.value);
    case 'money':
      return centsToDecimal(v.cents);
    case 'day':
      return v.value ?? '';
    case 'datetime':
      return v.value.replace('T', ' ');
  }
}

function quote(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
