import { addDays, dayNumber, weekday } from '../model/dates';
import { type Geometry, clip, geometry } from './geometry';
import { lanePages } from './lane-layout';
import type {
  Bar,
  DayCell,
  MonthBody,
  OverflowBody,
  PrintActivity,
  PrintDocument,
  PrintInput,
  PrintPage,
} from './types';

/**
 * Lays out a quarter for print: three month grids (weeks from Monday) or a lane timeline, then
 * overflow pages. Every activity in the quarter ends up drawn or listed: a day with more bars
 * than slots shows "+n" and the rest go to the overflow list; a title too long for its bar is
 * shortened with a footnote number whose full text is printed at the foot of the page.
 */
export function layoutQuarter(input: PrintInput): PrintDocument {
  const g = geometry(input.options.paper, input.options.orientation, input.options.fontPt);
  const acts = input.activities
    .map((a) => ({ a, first: a.start.slice(0, 10), last: lastDay(a) }))
    .filter((x) => x.last >= input.from && x.first <= input.to);
  const bodies: { body: PrintPage['body']; footnotes: PrintPage['footnotes'] }[] = [];
  const overflow = new Map<string, PrintActivity>();

  if (input.options.layout === 'month-grid') {
    for (const month of monthsBetween(input.from, input.to)) bodies.push(monthPage(month, acts, input, g, overflow));
  } else {
    bodies.push(...lanePages(acts, input, g));
  }
  const entries = [...overflow.values()]
    .sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : 1))
    .map((a) => ({ activityId: a.id, title: a.title, start: a.start, end: a.end, conflict: a.conflict }));
  const perPage = Math.max(5, Math.floor(g.heightMm / g.lineMm) - 3);
  for (let i = 0; i < entries.length; i += perPage) {
    const body: OverflowBody = {
      kind: 'overflow',
      title: '未能排入版面的活动 / Activities listed here',
      entries: entries.slice(i, i + perPage),
    };
    bodies.push({ body, footnotes: [] });
  }
  const header = { planName: input.planName, quarterLabel: input.quarterLabel, printedAt: input.printedAt };
  const typeOf = new Map(input.activities.map((a) => [a.id, a.type]));
  const pages = bodies.map(({ body, footnotes }, i) => ({
    header,
    footer: { page: i + 1, pages: bodies.length },
    body,
    footnotes,
    legend: legendOf(body, typeOf),
  }));
  return { paper: input.options.paper, orientation: input.options.orientation, pages };
}

interface Span {
  a: PrintActivity;
  first: string;
  last: string;
}

/** The last day an activity occupies: inclusive for all-day, the day before a midnight end for timed. */
function lastDay(a: PrintActivity): string {
  if (a.allDay) return a.end.slice(0, 10);
  const day = a.end.slice(0, 10);
  return a.end.slice(11) === '00:00' && day > a.start.slice(0, 10) ? addDays(day, -1) : day;
}

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = `${from.slice(0, 7)}-01`; d <= to;) {
    out.push(d.slice(0, 7));
    const [y, m] = [Number(d.slice(0, 4)), Number(d.slice(5, 7))];
    d = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return out;
}

function monthPage(month: string, acts: Span[], input: PrintInput, g: Geometry, overflow: Map<string, PrintActivity>) {
  const first = `${month}-01`;
  const nextMonth = monthsBetween(first, addDays(first, 31))[1] ?? month;
  const last = addDays(`${nextMonth}-01`, -1);
  const gridStart = addDays(first, -((weekday(first) + 6) % 7));
  const weeksCount = Math.ceil((dayNumber(last) - dayNumber(gridStart) + 1) / 7);
  const colEm = g.widthMm / 7 / g.emMm - 0.6;
  const rowMm = g.heightMm / weeksCount;
  const slots = Math.max(1, Math.floor((rowMm - g.lineMm * 1.2) / g.lineMm));
  const marks = marksByDay(input);
  const footnotes: PrintPage['footnotes'] = [];
  const weeks: MonthBody['weeks'] = [];
  for (let w = 0; w < weeksCount; w++) {
    const ws = addDays(gridStart, w * 7);
    const days: DayCell[] = Array.from({ length: 7 }, (_, i) => {
      const date = addDays(ws, i);
      return { date, inMonth: date >= first && date <= last, marks: marks.get(date) ?? [], more: 0 };
    });
    const lo = ws < first ? first : ws;
    const hi = addDays(ws, 6) > last ? last : addDays(ws, 6);
    const items = acts
      .filter((x) => x.last >= lo && x.first <= hi)
      .map((x) => {
        const s = x.first < lo ? lo : x.first;
        const e = x.last > hi ? hi : x.last;
        return { x, col: dayNumber(s) - dayNumber(ws), span: dayNumber(e) - dayNumber(s) + 1 };
      })
      .sort((p, q) => p.col - q.col || q.span - p.span || (p.x.a.id < q.x.a.id ? -1 : 1));
    weeks.push({
      days,
      bars: pack(
        items,
        slots,
        colEm,
        footnotes,
        overflow,
        (col, span) => {
          for (let c = col; c < col + span; c++) days[c].more++;
        },
        (it) => ({ before: it.x.first < lo, after: it.x.last > hi }),
      ),
    });
  }
  const body: MonthBody = { kind: 'month', month, weeks };
  return { body, footnotes };
}

interface Item {
  x: Span;
  col: number;
  span: number;
}

/** First-fit slots; what finds none is counted on its days and listed on the overflow page. */
function pack(
  items: Item[],
  slots: number,
  colEm: number,
  footnotes: PrintPage['footnotes'],
  overflow: Map<string, PrintActivity>,
  onOverflow: (col: number, span: number) => void,
  edges: (it: Item) => { before: boolean; after: boolean },
): Bar[] {
  const used: number[][] = Array.from({ length: slots }, () => []);
  const bars: Bar[] = [];
  for (const it of items) {
    const slot = used.findIndex((cols) => cols.every((c) => c < it.col || c >= it.col + it.span));
    if (slot < 0) {
      onOverflow(it.col, it.span);
      overflow.set(it.x.a.id, it.x.a);
      continue;
    }
    for (let c = it.col; c < it.col + it.span; c++) used[slot].push(c);
    const e = edges(it);
    // The arrows and the conflict flag are set in the bar too.
    const deco = (e.before ? 1.2 : 0) + (e.after ? 1.2 : 0) + (it.x.a.conflict ? 1.2 : 0);
    const shown = clip(it.x.a.title, it.span * colEm - 1 - deco);
    let footnote: number | null = null;
    if (shown.clipped) {
      footnote = footnotes.length + 1;
      footnotes.push({ n: footnote, activityId: it.x.a.id, title: it.x.a.title });
    }
    bars.push({
      activityId: it.x.a.id,
      text: shown.text,
      footnote,
      col: it.col,
      span: it.span,
      slot,
      continuesBefore: e.before,
      continuesAfter: e.after,
      conflict: it.x.a.conflict,
      type: it.x.a.type,
    });
  }
  return bars;
}

function marksByDay(input: PrintInput): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const mk of input.marks) (m.get(mk.date) ?? m.set(mk.date, []).get(mk.date))?.push(mk.label);
  return m;
}

function legendOf(body: PrintPage['body'], typeOf: Map<string, string>): string[] {
  const ids =
    body.kind === 'month'
      ? body.weeks.flatMap((w) => w.bars.map((b) => b.activityId))
      : body.kind === 'lanes'
        ? body.lanes.flatMap((l) => l.rows.flat().map((b) => b.activityId))
        : body.entries.map((e) => e.activityId);
  return [...new Set(ids.map((id) => typeOf.get(id) ?? ''))].filter(Boolean).sort();
}
