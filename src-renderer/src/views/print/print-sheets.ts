import { type PrintDocument, type PrintPage, geometry, textEm } from '../../../../src-shared/print';

/** Chrome text (header, legend, notes) is set smaller than the 9 pt body. */
export const CHROME_PT = 7;
const PT_MM = 0.3528;
const LINE = 1.45;

type Draft =
  | { kind: 'layout'; page: PrintPage; notes: PrintPage['footnotes'] }
  | { kind: 'notes'; page: PrintPage; notes: PrintPage['footnotes']; first: boolean };
export type Sheet = Draft & { number: number; of: number };

/**
 * The sheets to print: each page of the layout, with its footnotes at its foot when they fit
 * the one spare line the layout leaves, else on notes sheets right after it (`legendEm` estimates
 * the legend line, in 7 pt ems). Notes sheets are
 * paper too, so "page x of y" is counted here over all sheets, not taken from the layout.
 */
export function sheetsOf(doc: PrintDocument, legendEm: (page: PrintPage) => number = () => 0): Sheet[] {
  const g = geometry(doc.paper, doc.orientation);
  const pages = repaginateOverflow(doc, g.widthMm, g.heightMm, g.emMm, g.lineMm);
  const emMm = CHROME_PT * PT_MM;
  const lineMm = emMm * LINE;
  const widthEm = g.widthMm / emMm;
  // A notes sheet: the body and the empty legend line, less its heading; two columns of notes,
  // each short of a line so the browser's column balancing has room.
  const perColumn = Math.floor((g.heightMm + 4) / lineMm) - 1;
  const colEm = widthEm / 2 - 5;
  const out: Draft[] = [];
  for (const page of pages) {
    const notes = page.footnotes;
    // Two 7 pt lines under the body: the legend, then the notes; a legend that wraps takes both.
    const oneLine =
      legendEm(page) <= widthEm && notes.reduce((w, n) => w + textEm(`${n.n} ${n.title}`) + 2, 0) <= widthEm;
    if (oneLine) {
      out.push({ kind: 'layout', page, notes });
      continue;
    }
    out.push({ kind: 'layout', page, notes: [] });
    let chunk: PrintPage['footnotes'] = [];
    let lines = 0;
    let first = true;
    for (const n of notes) {
      const need = Math.max(1, Math.ceil((textEm(`${n.n}. ${n.title}`) + 3) / colEm));
      if (lines + need > 2 * perColumn && chunk.length > 0) {
        out.push({ kind: 'notes', page, notes: chunk, first });
        chunk = [];
        lines = 0;
        first = false;
      }
      chunk.push(n);
      lines += need;
    }
    if (chunk.length > 0) out.push({ kind: 'notes', page, notes: chunk, first });
  }
  return out.map((s, i) => ({ ...s, number: i + 1, of: out.length }));
}

const DATE_COLS_MM = 56;

/**
 * The layout counts overflow entries as one line each; a long title wraps in print, so the
 * entries are paged again by the lines their titles will take, and nothing runs off a sheet.
 */
function repaginateOverflow(
  doc: PrintDocument,
  widthMm: number,
  heightMm: number,
  emMm: number,
  lineMm: number,
): PrintPage[] {
  const kept = doc.pages.filter((p) => p.body.kind !== 'overflow');
  const over = doc.pages.flatMap((p) => (p.body.kind === 'overflow' ? p.body.entries : []));
  const first = doc.pages.find((p) => p.body.kind === 'overflow');
  if (!first || first.body.kind !== 'overflow') return kept;
  const titleEm = (widthMm - DATE_COLS_MM) / emMm - 2;
  const perPage = Math.floor((heightMm - 8) / lineMm);
  let lines = 0;
  let chunk: typeof over = [];
  const out = [...kept];
  const flush = () => {
    if (first.body.kind === 'overflow') out.push({ ...first, body: { ...first.body, entries: chunk } });
    chunk = [];
    lines = 0;
  };
  for (const e of over) {
    const need = Math.max(1, Math.ceil(textEm(e.title) / titleEm));
    if (lines + need > perPage && chunk.length > 0) flush();
    chunk.push(e);
    lines += need;
  }
  if (chunk.length > 0) flush();
  return out;
}
