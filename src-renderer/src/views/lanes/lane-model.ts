import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, type Resource, addDays, daysInMonth, dayNumber } from '../../../../src-shared/model';

/** The quarter holding `day`, with the plan's fiscal quarters (a quarter may start in any month). */
export function quarterOf(day: string, fiscalStartMonth: number): { from: string; to: string } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const offset = (((m - fiscalStartMonth) % 3) + 3) % 3;
  let sm = m - offset;
  let sy = y;
  if (sm < 1) {
    sm += 12;
    sy -= 1;
  }
  let em = sm + 2;
  let ey = sy;
  if (em > 12) {
    em -= 12;
    ey += 1;
  }
  const p = (n: number) => String(n).padStart(2, '0');
  return { from: `${sy}-${p(sm)}-01`, to: `${ey}-${p(em)}-${p(daysInMonth(ey, em))}` };
}

/** The inclusive days an activity occupies; a timed activity ending at midnight does not hold the next day. */
export function daySpan(a: Pick<Activity, 'allDay' | 'start' | 'end'>): [number, number] {
  const lo = dayNumber(a.start);
  let hi = dayNumber(a.end);
  if (!a.allDay && a.end.slice(11) === '00:00' && hi > lo) hi -= 1;
  return [lo, hi];
}

export interface LaneBar {
  activity: Activity;
  quantity: number;
  /** Column of the first and last day inside the quarter, and the stacking row. */
  col: number;
  span: number;
  row: number;
}

export interface Lane {
  resource: Resource;
  limit: number;
  /** Units (or sends) claimed per day of the quarter. */
  used: number[];
  bars: LaneBar[];
  rows: number;
}

/**
 * One lane per resource across the quarter: what each day uses against the resource's limit
 * (all live activities count), and the visible activities' claims packed into as few rows as
 * overlap allows, so every claim shows.
 */
export function buildLanes(snapshot: PlanSnapshot, visible: Activity[], from: string, to: string): Lane[] {
  const base = dayNumber(from);
  const days = dayNumber(to) - base + 1;
  const shown = new Set(visible.map((a) => a.id));
  const lanes = new Map<string, Lane>();
  for (const r of snapshot.resources) {
    const limit = r.kind === 'channel' ? (r.dailyCapacity ?? 0) : r.quantity;
    lanes.set(r.id, { resource: r, limit, used: new Array<number>(days).fill(0), bars: [], rows: 1 });
  }
  const sorted = [...snapshot.activities].sort((a, b) => a.start.localeCompare(b.start));
  for (const a of sorted) {
    if (a.status === 'cancelled') continue;
    const [lo, hi] = daySpan(a);
    if (hi < base || lo >= base + days) continue;
    const c0 = Math.max(0, lo - base);
    const c1 = Math.min(days - 1, hi - base);
    for (const claim of a.claims) {
      const lane = lanes.get(claim.resourceId);
      if (!lane) continue;
      for (let c = c0; c <= c1; c++) lane.used[c] += claim.quantity;
      if (shown.has(a.id))
        lane.bars.push({ activity: a, quantity: claim.quantity, col: c0, span: c1 - c0 + 1, row: 0 });
    }
  }
  for (const lane of lanes.values()) {
    const rowEnds: number[] = [];
    for (const bar of lane.bars) {
      let row = rowEnds.findIndex((end) => end < bar.col);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = bar.col + bar.span - 1;
      bar.row = row;
    }
    lane.rows = Math.max(1, rowEnds.length);
  }
  return [...lanes.values()];
}

export function quarterDays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; dayNumber(d) <= dayNumber(to); d = addDays(d, 1)) out.push(d);
  return out;
}
