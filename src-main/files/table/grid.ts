/**
 * A sheet read from a CSV or XLSX: rows of cells. Text stays text; XLSX numbers stay numbers
 * (amounts, Excel date serials); XLSX date cells arrive as `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`.
 */
export type Cell = string | number | null;
export type Grid = Cell[][];

export interface Sheet {
  name: string;
  rows: Grid;
}

export interface ReadTable {
  sheets: Sheet[];
  encoding: string;
}

export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return '';
  return typeof c === 'number' ? String(c) : c;
}
