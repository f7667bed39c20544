import type { WorkCalendar } from '../calendar/types';
import { addDays, dayFromNumber, dayNumber } from '../model/dates';

/**
 * A small greedy placer the templates use so the plans they produce are conflict-free by
 * construction: each activity takes the first candidate start day on which every claimed venue,
 * staff pool and equipment has units left on every day it runs, every channel stays under its
 * daily capacity, and every targeted segment keeps its minimum gap (start to start) and weekly
 * maximum (Monday-Sunday weeks). These are the same definitions the conflict rules check.
 */
export interface LedgerResource {
  key: string;
  quantity?: number;
  dailyCapacity?: number | null;
}

export interface LedgerSegment {
  key: string;
  minGapDays?: number;
  weeklyMax?: number | null;
}

export interface PlacementRequest {
  durationDays: number;
  claims: readonly { resourceKey: string; quantity: number }[];
  segmentKeys: readonly string[];
}

interface ResState {
  limit: number;
  used: Map<number, number>;
}

interface SegState {
  gap: number;
  weeklyMax: number;
  starts: number[];
  perWeek: Map<number, number>;
}

/** Monday-based week index, as the rules count weeks. */
function weekOf(n: number): number {
  return Math.floor((n + 3) / 7);
}

export class PlacementLedger {
  private readonly res = new Map<string, ResState>();
  private readonly seg = new Map<string, SegState>();
  private readonly blackout: Set<number>;

  /** `blackoutDates`: the plan's days on which nothing may run (a hard rule), never offered. */
  constructor(
    resources: readonly LedgerResource[],
    segments: readonly LedgerSegment[],
    blackoutDates: readonly string[] = [],
  ) {
    this.blackout = new Set(blackoutDates.map(dayNumber));
    for (const r of resources) {
      this.res.set(r.key, { limit: r.dailyCapacity ?? r.quantity ?? 1, used: new Map() });
    }
    for (const s of segments) {
      this.seg.set(s.key, {
        gap: s.minGapDays ?? 0,
        weeklyMax: s.weeklyMax ?? Infinity,
        starts: [],
        perWeek: new Map(),
      });
    }
  }

  fits(req: PlacementRequest, start: string): boolean {
    const s = dayNumber(start);
    for (let d = s; d < s + req.durationDays; d++) if (this.blackout.has(d)) return false;
    for (const c of req.claims) {
      const r = this.res.get(c.resourceKey);
      if (!r) throw new Error(`unknown resource ${c.resourceKey}`);
      for (let d = s; d < s + req.durationDays; d++) if ((r.used.get(d) ?? 0) + c.quantity > r.limit) return false;
    }
    for (const k of req.segmentKeys) {
      const g = this.seg.get(k);
      if (!g) throw new Error(`unknown segment ${k}`);
      if (g.starts.some((x) => Math.abs(x - s) < g.gap)) return false;
      if ((g.perWeek.get(weekOf(s)) ?? 0) + 1 > g.weeklyMax) return false;
    }
    return true;
  }

  reserve(req: PlacementRequest, start: string): void {
    const s = dayNumber(start);
    for (const c of req.claims) {
      const r = this.res.get(c.resourceKey) as ResState;
      for (let d = s; d < s + req.durationDays; d++) r.used.set(d, (r.used.get(d) ?? 0) + c.quantity);
    }
    for (const k of req.segmentKeys) {
      const g = this.seg.get(k) as SegState;
      g.starts.push(s);
      g.perWeek.set(weekOf(s), (g.perWeek.get(weekOf(s)) ?? 0) + 1);
    }
  }

  /** Reserves and returns the first candidate that fits, or null. */
  place(req: PlacementRequest, candidates: readonly string[]): string | null {
    for (const c of candidates) {
      if (this.fits(req, c)) {
        this.reserve(req, c);
        return c;
      }
    }
    return null;
  }

  /** The conflicts that placeOrForce had to accept, as notices for the planner. */
  readonly forced: { 'zh-CN': string; en: string }[] = [];

  /**
   * Like place, but when no candidate fits (heavy blackouts, say) the activity still goes on the
   * first candidate and a notice says so: the planner then sees the clash as a finding and can
   * let the solver move it, rather than getting no plan at all. No candidates is a template bug.
   */
  placeOrForce(req: PlacementRequest, candidates: readonly string[], what: string): string {
    const day = this.place(req, candidates);
    if (day !== null) return day;
    if (candidates.length === 0) throw new Error(`template has no candidate day for ${what}`);
    this.reserve(req, candidates[0]);
    this.forced.push({
      'zh-CN': `「${what}」排在 ${candidates[0]}，无法避开全部冲突，请查看冲突提示。`,
      en: `"${what}" on ${candidates[0]} could not avoid every conflict; see the conflicts panel.`,
    });
    return candidates[0];
  }
}

export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) out.push(dayFromNumber(n));
  return out;
}

/**
 * Candidate start days for an activity of `durationDays` in [from, to]: non-workdays first
 * (planners' preferred slots), each group starting at `rotate` (so the k-th activity of a kind
 * does not pile onto the first weekend), then the rest of the window as a fallback.
 */
export function candidateStarts(
  cal: WorkCalendar,
  from: string,
  to: string,
  durationDays: number,
  rotate = 0,
): string[] {
  const last = addDays(to, -(durationDays - 1));
  if (dayNumber(last) < dayNumber(from)) return [];
  const days = daysBetween(from, last);
  const rot = (xs: string[]) =>
    xs.length === 0 ? xs : [...xs.slice(rotate % xs.length), ...xs.slice(0, rotate % xs.length)];
  // A multi-day activity prefers starts whose every day is a non-workday (a "weekend" event runs
  // Saturday-Sunday, not Sunday-Monday), then starts on a non-workday, then the rest.
  const allOff = (d: string) => {
    for (let k = 0; k < durationDays; k++) if (!cal.isNonWorkday(addDays(d, k))) return false;
    return true;
  };
  const whole = durationDays > 1 ? days.filter(allOff) : [];
  const off = days.filter((d) => cal.isNonWorkday(d) && !whole.includes(d));
  const on = days.filter((d) => !cal.isNonWorkday(d));
  return [...rot(whole), ...rot(off), ...rot(on)];
}

/** Days ordered by distance from `center` (the center first, then earlier before later). */
export function nearest(center: string, from: string, to: string): string[] {
  return daysBetween(from, to).sort(
    (a, b) =>
      Math.abs(dayNumber(a) - dayNumber(center)) - Math.abs(dayNumber(b) - dayNumber(center)) ||
      dayNumber(a) - dayNumber(b),
  );
}

export function clampDay(day: string, lo: string, hi: string): string {
  if (dayNumber(day) < dayNumber(lo)) return lo;
  if (dayNumber(day) > dayNumber(hi)) return hi;
  return day;
}

export function monthBounds(year: number, month: number): [string, string] {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return [first, addDays(next, -1)];
}
