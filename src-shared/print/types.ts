/**
 * The printed quarterly schedule as data: pages of month grids or lane timelines, with every
 * activity either drawn (its bar, with the full title when it fits or a footnote number that
 * leads to the full title) or listed on an overflow page. The renderer draws this; nothing
 * here measures real fonts, so widths are estimates in ems with CJK characters at 1 em.
 */
export type Paper = 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';

export interface PrintActivity {
  id: string;
  title: string;
  /** Legend key: the activity type, or whatever the caller colours by. */
  type: string;
  allDay: boolean;
  start: string;
  end: string;
  /** Marked on the page (e.g. a red edge) when the rules engine reports a conflict. */
  conflict: boolean;
  /** Lane keys for the lane layout (resource ids, or the type). */
  lanes?: string[];
}

export interface PrintOptions {
  layout: 'month-grid' | 'lanes';
  paper: Paper;
  orientation: Orientation;
  /** Body text size; 9 pt reads well on a wall. */
  fontPt?: number;
}

export interface PrintInput {
  planName: string;
  quarterLabel: string;
  /** Inclusive first and last day of the quarter. */
  from: string;
  to: string;
  printedAt: string;
  activities: PrintActivity[];
  /** Holiday and festival marks by day. */
  marks: { date: string; label: string; kind: 'holiday' | 'festival' | 'workday' }[];
  /** Lane titles for the lane layout, in order (e.g. resource names); unknown keys go last. */
  lanes?: { key: string; label: string }[];
  options: PrintOptions;
}

/** A drawn bar: an activity's run of days within one week row (month grid) or one lane row. */
export interface Bar {
  activityId: string;
  /** The title as drawn; when it had to be shortened, `footnote` numbers the full title in `footnotes`. */
  text: string;
  footnote: number | null;
  /** First column (day index within the row) and number of columns covered. */
  col: number;
  span: number;
  /** Vertical slot within the row. */
  slot: number;
  continuesBefore: boolean;
  continuesAfter: boolean;
  conflict: boolean;
  type: string;
  /**
   * Lanes only: the width in mm of the box the title is set in, from the bar's first day. At
   * least the bar; wider when the title needs it, into room the packing kept free to the right.
   */
  labelMm?: number;
  /** Lanes only: where the title box starts, in mm from the bar's start (negative near the quarter's end). */
  labelFromMm?: number;
}

export interface DayCell {
  date: string;
  inMonth: boolean;
  marks: string[];
  /** Activities on this day with no slot left: listed on the overflow page, counted here. */
  more: number;
}

export interface MonthBody {
  kind: 'month';
  month: string;
  weeks: { days: DayCell[]; bars: Bar[] }[];
}

export interface LanesBody {
  kind: 'lanes';
  days: string[];
  lanes: { key: string; label: string; continued: boolean; rows: Bar[][] }[];
  /** Measures the layout counted with, in mm and pt, so the drawing is what was counted. */
  measure: LanesMeasure;
}

export interface LanesMeasure {
  /** Lane-title column on the left, the footnotes column on the right (0 when the page has none). */
  labelMm: number;
  notesMm: number;
  axisMm: number;
  rowMm: number;
  /** Lines of title a bar holds, and their size. */
  lines: number;
  barPt: number;
  barLineMm: number;
  notePt: number;
  noteLineMm: number;
}

export interface OverflowBody {
  kind: 'overflow';
  title: string;
  entries: { activityId: string; title: string; start: string; end: string; conflict: boolean }[];
}

export interface PrintPage {
  header: { planName: string; quarterLabel: string; printedAt: string };
  footer: { page: number; pages: number };
  body: MonthBody | LanesBody | OverflowBody;
  /** Full titles of bars shortened on this page. */
  footnotes: { n: number; activityId: string; title: string }[];
  legend: string[];
}

export interface PrintDocument {
  paper: Paper;
  orientation: Orientation;
  pages: PrintPage[];
}
