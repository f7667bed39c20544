import { type PrintDocument, type PrintPage, geometry, textEm } from '../../../../src-shared/print';

/** Chrome text (header, legend, notes) is set smaller than the 9 pt body. */
export const CHROME_PT = 7;
const PT_MM = 0.3528;
const LINE = 1.45;

type Notes = PrintPage['footnotes'];
/** The notes of one page on a notes sheet, headed by that page's month; `first` when they start there. */
export interface NoteGroup {
  page: PrintPage;
  notes: Notes;
  first: boolean;
}
type Draft =
  | { kind: 'layout'; page: PrintPage; notes: Notes }
  | { kind: 'notes'; page: PrintPage; notes: Notes; groups: NoteGroup[] };
export type Sheet = Draft & { number: number; of: number };

/**
 * The sheets to print: each page of the layout, with its footnotes at its foot when they fit
 * the one spare line the layout leaves (`legendEm` estimates the legend line, in 7 pt ems); the
 * notes that do not fit are gathered, page by page under its heading, onto notes sheets after the
 * grids, spread evenly so that none is a stub. Lanes keep their notes beside them. Notes sheets
 * are paper too, so "page x of y" is counted here over all sheets, not taken from the layout.
 */
export function sheetsOf(doc: PrintDocument, legendEm: (page: PrintPage) => number = () => 0): Sheet[] {
  const g = geometry(doc.paper, doc.orientation);
  const pages = repaginateOverflow(doc, g.widthMm, g.heightMm, g.emMm, g.lineMm);
  const emMm = CHROME_PT * PT_MM;
  const lineMm = emMm * LINE;
  const widthEm = g.widthMm / emMm;
  // A notes sheet: the body and the empty legend line, less its heading; two columns of notes,
  // each short of a line so the browser's column balancing has room.
  const perSheet = 2 * (Math.floor((g.heightMm + 4) / lineMm) - 2);
  const colEm = widthEm / 2 - 5;
  const out: Draft[] = [];
  const deferred: { page: PrintPage; notes: Notes }[] = [];
  for (const page of pages) {
    const notes = page.footnotes;
    // Lanes carry their footnotes in a column beside them, counted by the layout.
    if (page.body.kind === 'lanes' || page.body.kind === 'overflow' || notes.length === 0) {
      out.push({ kind: 'layout', page, notes: [] });
      continue;
    }
    // Two 7 pt lines under the body: the legend, then the notes; a legend that wraps takes both.
    const oneLine =
      legendEm(page) <= widthEm && notes.reduce((w, n) => w + textEm(`${n.n} ${n.title}`) + 2, 0) <= widthEm;
    out.push({ kind: 'layout', page, notes: oneLine ? notes : [] });
    if (!oneLine) deferred.push({ page, notes });
  }
  const lines = (n: Notes[number]) => Math.max(1, Math.ceil((textEm(`${n.n}. ${n.title}`) + 3) / colEm));
  const total = deferred.reduce((t, d) => t + 2 + d.notes.reduce((k, n) => k + lines(n), 0), 0);
  const sheetsNeeded = Math.max(1, Math.ceil(total / perSheet));
  let notesSheets = fillNotes(deferred, perSheet, lines);
  for (let cap = Math.ceil(total / sheetsNeeded); cap < perSheet; cap++) {
    const even = fillNotes(deferred, cap, lines);
    if (even.length <= notesSheets.length) {
      notesSheets = even;
      break;
    }
  }
  // Notes sheets stand after the grids and before the overflow list.
  const at = out.findIndex((d) => d.page.body.kind === 'overflow');
  out.splice(at < 0 ? out.length : at, 0, ...notesSheets);
  return out.map((s, i) => ({ ...s, number: i + 1, of: out.length }));
}

function fillNotes(
  deferred: { page: PrintPage; notes: Notes }[],
  cap: number,
  lines: (n: Notes[number]) => number,
): Draft[] {
  const sheets: Draft[] = [];
  let groups: NoteGroup[] = [];
  let used = 0;
  const flush = () => {
    if (groups.length > 0)
      sheets.push({ kind: 'notes', page: groups[0].page, notes: groups.flatMap((x) => x.notes), groups });
    groups = [];
    used = 0;
  };
  for (const { page, notes } of deferred) {
    let group: NoteGroup | null = null;
    for (const n of notes) {
      const need = lines(n) + (group ? 0 : 2);
      if (used + need > cap && used > 0) {
        flush();
        group = null;
      }
      if (!group) {
        group = {
          page,
          notes: [],
          first:
            !sheets.some((s) => s.kind === 'notes' && s.groups.some((x) => x.page === page)) &&
            !groups.some((x) => x.page === page),
        };
        groups.push(group);
        used += 2;
      }
      group.notes.push(n);
      used += lines(n);
    }
  }
  flush();
  return sheets;
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
  const need = (title: string) => Math.max(1, Math.ceil(textEm(title) / titleEm));
  const most = Math.floor((heightMm - 8) / lineMm);
  const chunks = (cap: number) => {
    const out: (typeof over)[] = [];
    let chunk: typeof over = [];
    let lines = 0;
    for (const e of over) {
      if (lines + need(e.title) > cap && chunk.length > 0) {
        out.push(chunk);
        chunk = [];
        lines = 0;
      }
      chunk.push(e);
      lines += need(e.title);
    }
    if (chunk.length > 0) out.push(chunk);
    return out;
  };
  // As many lines on each overflow page, so the last is not a stub.
  let paged = chunks(most);
  const total = over.reduce((t, e) => t + need(e.title), 0);
  for (let cap = Math.ceil(total / paged.length); cap < most; cap++) {
    const even = chunks(cap);
    if (even.length === paged.length) {
      paged = even;
      break;
    }
  }
  const out = [...kept];
  for (const entries of paged)
    if (first.body.kind === 'overflow') out.push({ ...first, body: { ...first.body, entries } });
  return out;
}
