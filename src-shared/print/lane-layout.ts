import { addDays, dayNumber } from '../model/dates';
import type { Geometry } from './geometry';
import { linesOf, shortened } from './line-fill';
import type { Bar, LanesBody, LanesMeasure, PrintActivity, PrintInput, PrintPage } from './types';

/** An activity with its first and last day (inclusive). */
export interface LaneSpan {
  a: PrintActivity;
  first: string;
  last: string;
}

type Notes = PrintPage['footnotes'];

const PT_MM = 0.3528;
const LABEL_MM = 30;
const AXIS_MM = 10;
const BAR_PT = 7;
const BAR_LINE = 1.2;
const NOTE_PT = 6.5;
const NOTE_LINE = 1.3;
/** Border, padding and the gap kept after a title box, in mm. */
const BAR_PAD_MM = 2;
const GAP_MM = 0.6;
/** Room a line keeps spare: the browser's own breaking (no line starts with "）") and width estimates. */
const SLACK_EM = 1;
/** Stands for a footnote number after a shortened title, when measuring. */
const NOTE_NUMBER = '99';

/**
 * The lanes print (by resource or by type): a lane per key, rows of bars across the quarter's
 * days. Days are narrow (a quarter on a sheet gives 1-3 mm a day), so a bar's title is set in a
 * box of `lines` lines that starts at the bar and runs to the right as far as the title needs (up
 * to a cap), and the packing keeps that room free in the row; a title too long even for the cap
 * is shortened with a footnote number. The footnotes stand in a column beside the lanes of the
 * same page, and rows are spread evenly over the pages so that no page is left mostly empty.
 */
export function lanePages(acts: LaneSpan[], input: PrintInput, g: Geometry): { body: LanesBody; footnotes: Notes }[] {
  const plain = layoutWith(acts, input, g, 2, 0);
  const notesMm = plain.some((p) => p.footnotes.length > 0) ? Math.min(70, Math.max(36, g.widthMm * 0.2)) : 0;
  let best = notesMm > 0 ? layoutWith(acts, input, g, 2, notesMm) : plain;
  // A short quarter fits one sheet with room to spare: more lines a bar mean fewer footnotes.
  for (const lines of [3, 4]) {
    if (best.length !== 1 || fill(best[0].body, g) > 0.6) break;
    const taller = layoutWith(acts, input, g, lines, notesMm);
    if (taller.length === 1) best = taller;
  }
  return best.map((p) => ({ ...p, body: stretched(p.body, g) }));
}

/** Share of the lanes' height the rows take. */
function fill(body: LanesBody, g: Geometry): number {
  const rows = body.lanes.reduce((n, l) => n + l.rows.length, 0);
  return rows / rowsFit(body.measure, g.heightMm);
}

function rowsFit(m: LanesMeasure, heightMm: number): number {
  return Math.max(3, Math.floor((heightMm - m.axisMm) / m.rowMm));
}

/** Rows of a page with few of them are made taller (up to twice), so the sheet is used. */
function stretched(body: LanesBody, g: Geometry): LanesBody {
  const rows = body.lanes.reduce((n, l) => n + l.rows.length, 0);
  const room = (g.heightMm - body.measure.axisMm) / Math.max(1, rows);
  const rowMm = Math.min(2 * body.measure.rowMm, Math.max(body.measure.rowMm, room - 0.05));
  return { ...body, measure: { ...body.measure, rowMm } };
}

interface Row {
  key: string;
  label: string;
  bars: Bar[];
  /** Full titles of the row's shortened bars, numbered when the row lands on a page. */
  notes: string[];
  noteLines: number;
}

function layoutWith(
  acts: LaneSpan[],
  input: PrintInput,
  g: Geometry,
  lines: number,
  notesMm: number,
): { body: LanesBody; footnotes: Notes }[] {
  const barEmMm = BAR_PT * PT_MM;
  const barLineMm = barEmMm * BAR_LINE;
  const noteEmMm = NOTE_PT * PT_MM;
  const measure: LanesMeasure = {
    labelMm: LABEL_MM,
    notesMm,
    axisMm: AXIS_MM,
    rowMm: lines * barLineMm + 0.8,
    lines,
    barPt: BAR_PT,
    barLineMm,
    notePt: NOTE_PT,
    noteLineMm: noteEmMm * NOTE_LINE,
  };
  const days: string[] = [];
  for (let d = input.from; d <= input.to; d = addDays(d, 1)) days.push(d);
  const lanesMm = g.widthMm - LABEL_MM - notesMm;
  const colMm = lanesMm / days.length;
  const capMm = Math.min(40, lanesMm * 0.3);
  const noteColEm = (notesMm - 4) / noteEmMm;

  const rows: Row[] = [];
  for (const { key, label } of laneOrder(acts, input)) {
    const items = acts
      .filter((x) => (x.a.lanes ?? [x.a.type]).includes(key))
      .map((x) => {
        const s = x.first < input.from ? input.from : x.first;
        const e = x.last > input.to ? input.to : x.last;
        return { x, col: dayNumber(s) - dayNumber(input.from), span: dayNumber(e) - dayNumber(s) + 1 };
      })
      .sort((p, q) => p.col - q.col || q.span - p.span || (p.x.a.id < q.x.a.id ? -1 : 1));
    const ends: number[] = [];
    const laneRows: Row[] = [];
    for (const it of items) {
      const before = it.x.first < input.from;
      const after = it.x.last > input.to;
      // What is set in the box besides the title: arrows where it continues, the conflict flag.
      const set = (t: string) => `${before ? '◂ ' : ''}${it.x.a.conflict ? '⚠ ' : ''}${t}${after ? ' ▸' : ''}`;
      const barMm = it.span * colMm;
      const fits = (t: string, mm: number) => linesOf(set(t), (mm - BAR_PAD_MM) / barEmMm - SLACK_EM) <= lines;
      let boxMm = barMm;
      let text = it.x.a.title;
      let short = false;
      if (!fits(text, barMm)) {
        boxMm = Math.max(barMm, capMm);
        for (let mm = Math.ceil(barMm); mm < capMm; mm += 0.5) {
          if (fits(text, mm)) {
            boxMm = mm;
            break;
          }
        }
        if (!fits(text, boxMm)) {
          text = shortened(it.x.a.title, (t) => fits(`${t}…${NOTE_NUMBER}`, boxMm));
          short = true;
        }
      }
      // A box that would run past the quarter's end is set to end there, over the days before.
      const x0 = Math.max(0, Math.min(it.col * colMm, lanesMm - boxMm));
      let r = ends.findIndex((end) => end <= x0);
      if (r < 0) {
        r = ends.length;
        ends.push(0);
        laneRows.push({ key, label, bars: [], notes: [], noteLines: 0 });
      }
      ends[r] = x0 + boxMm + GAP_MM;
      const row = laneRows[r];
      row.bars.push({
        activityId: it.x.a.id,
        text,
        footnote: short ? row.notes.length : null,
        col: it.col,
        span: it.span,
        slot: r,
        continuesBefore: before,
        continuesAfter: after,
        conflict: it.x.a.conflict,
        type: it.x.a.type,
        labelMm: boxMm,
        labelFromMm: x0 - it.col * colMm,
      });
      if (short) {
        row.notes.push(it.x.a.title);
        row.noteLines += linesOf(`${NOTE_NUMBER}. ${it.x.a.title}`, noteColEm - SLACK_EM);
      }
    }
    if (laneRows.length === 0) laneRows.push({ key, label, bars: [], notes: [], noteLines: 0 });
    rows.push(...laneRows);
  }

  const rowsPerPage = rowsFit(measure, g.heightMm);
  const notesPerPage = notesMm > 0 ? Math.floor(g.heightMm / measure.noteLineMm) - 1 : Infinity;
  const greedy = paginate(rows, rowsPerPage, notesPerPage, days, measure);
  if (greedy.length < 2) return greedy;
  // Even pages: the fewest rows a page that still give as many pages, so the last is not a stub.
  for (let cap = Math.ceil(rows.length / greedy.length); cap < rowsPerPage; cap++) {
    const even = paginate(rows, cap, notesPerPage, days, measure);
    if (even.length === greedy.length) return even;
  }
  return greedy;
}

/** Lanes in the caller's order (resource names), keys it does not name after them. */
function laneOrder(acts: LaneSpan[], input: PrintInput): { key: string; label: string }[] {
  const order = input.lanes ?? [];
  const keys = new Set<string>();
  for (const x of acts) for (const k of x.a.lanes ?? [x.a.type]) keys.add(k);
  const rank = (key: string) => {
    const i = order.findIndex((l) => l.key === key);
    return i < 0 ? order.length : i;
  };
  return [...keys]
    .sort((p, q) => rank(p) - rank(q) || (p < q ? -1 : 1))
    .map((key) => ({ key, label: order.find((l) => l.key === key)?.label ?? key }));
}

/** Rows onto pages while both the rows and the footnotes column have room; notes numbered per page. */
function paginate(
  rows: Row[],
  rowsPerPage: number,
  notesPerPage: number,
  days: string[],
  measure: LanesMeasure,
): { body: LanesBody; footnotes: Notes }[] {
  const pages: { body: LanesBody; footnotes: Notes }[] = [];
  let cur = {
    body: { kind: 'lanes', days, lanes: [], measure } as LanesBody,
    footnotes: [] as Notes,
    rows: 0,
    lines: 0,
  };
  const flush = () => {
    pages.push({ body: cur.body, footnotes: cur.footnotes });
    cur = { body: { kind: 'lanes', days, lanes: [], measure }, footnotes: [], rows: 0, lines: 0 };
  };
  for (const row of rows) {
    if (cur.rows > 0 && (cur.rows >= rowsPerPage || cur.lines + row.noteLines > notesPerPage)) flush();
    const numbered = row.bars.map((b) => {
      if (b.footnote === null) return b;
      const n = cur.footnotes.length + 1;
      cur.footnotes.push({ n, activityId: b.activityId, title: row.notes[b.footnote] });
      return { ...b, footnote: n };
    });
    const last = cur.body.lanes[cur.body.lanes.length - 1];
    if (last && last.key === row.key) last.rows.push(numbered);
    else {
      const continued = pages.some((p) => p.body.lanes.some((l) => l.key === row.key));
      cur.body.lanes.push({ key: row.key, label: row.label, continued, rows: [numbered] });
    }
    cur.rows++;
    cur.lines += row.noteLines;
  }
  if (cur.rows > 0) flush();
  return pages;
}
