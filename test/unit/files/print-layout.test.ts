import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayFromNumber, dayNumber } from '../../../src-shared/model';
import {
  type PrintActivity,
  type PrintDocument,
  type PrintInput,
  layoutQuarter,
  quarterRange,
  textEm,
} from '../../../src-shared/print';

const FROM = '2026-01-01';
const TO = '2026-03-31';
const TYPES = ['festival', 'salon', 'birthday', 'online', 'vip_day'];

function quarter(n: number, seed: number): PrintActivity[] {
  let s = seed;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const start = addDays(FROM, rnd(90));
    const long = rnd(5) === 0;
    return {
      id: `a${String(i).padStart(4, '0')}`,
      title: long ? `第${i}场：春季会员沙龙暨新品体验日（上海静安嘉里中心三楼多功能厅）` : `活动 ${i}`,
      type: TYPES[rnd(TYPES.length)],
      allDay: true,
      start,
      end: addDays(start, rnd(4)),
      conflict: rnd(10) === 0,
      // A venue lane and a type lane each, as a planner prints "by resource and by type".
      lanes: [`r${rnd(6)}`, `t${rnd(5)}`],
    };
  });
}

const input = (
  activities: PrintActivity[],
  layout: 'month-grid' | 'lanes',
  paper: 'A4' | 'A3' = 'A4',
  orientation: 'landscape' | 'portrait' = 'landscape',
): PrintInput => ({
  planName: '2026 会员档期',
  quarterLabel: '2026 Q1',
  from: FROM,
  to: TO,
  printedAt: '2026-01-05',
  activities,
  marks: [{ date: '2026-02-17', label: '春节', kind: 'holiday' }],
  lanes: [{ key: 'r0', label: '一号宴会厅' }],
  options: { layout, paper, orientation },
});

/** Every day of every activity inside the quarter is drawn by a bar or the activity is on an overflow page. */
function expectNothingLost(doc: PrintDocument, activities: PrintActivity[]): void {
  const drawn = new Map<string, Set<string>>();
  const listed = new Set<string>();
  for (const page of doc.pages) {
    const b = page.body;
    if (b.kind === 'overflow') for (const e of b.entries) listed.add(e.activityId);
    const rows =
      b.kind === 'month'
        ? b.weeks.map((w) => ({ origin: w.days[0].date, bars: w.bars }))
        : b.kind === 'lanes'
          ? b.lanes.flatMap((l) => l.rows.map((bars) => ({ origin: b.days[0], bars })))
          : [];
    for (const { origin, bars } of rows) {
      for (const bar of bars) {
        const days = drawn.get(bar.activityId) ?? drawn.set(bar.activityId, new Set()).get(bar.activityId)!;
        for (let c = bar.col; c < bar.col + bar.span; c++) days.add(dayFromNumber(dayNumber(origin) + c));
        // A shortened title always leads to its full text on the same page.
        if (bar.footnote !== null)
          expect(page.footnotes.find((f) => f.n === bar.footnote)?.activityId).toBe(bar.activityId);
        else expect(bar.text).toBe(activities.find((a) => a.id === bar.activityId)?.title);
      }
    }
  }
  for (const a of activities) {
    if (listed.has(a.id)) continue;
    for (let d = a.start; d <= a.end; d = addDays(d, 1)) {
      if (d < FROM || d > TO) continue;
      expect(drawn.get(a.id)?.has(d), `${a.id} on ${d}`).toBe(true);
    }
  }
}

describe('print layout of a quarter', () => {
  it('500 activities in month grids: nothing silently cut, busy days overflow into a list, page x of y', () => {
    const acts = quarter(500, 7);
    const doc = layoutQuarter(input(acts, 'month-grid'));
    expect(doc.pages.filter((p) => p.body.kind === 'month')).toHaveLength(3);
    expect(doc.pages.some((p) => p.body.kind === 'overflow')).toBe(true);
    doc.pages.forEach((p, i) => expect(p.footer).toEqual({ page: i + 1, pages: doc.pages.length }));
    expectNothingLost(doc, acts);
    const feb = doc.pages[1].body;
    if (feb.kind === 'month')
      expect(feb.weeks.flatMap((w) => w.days).find((d) => d.date === '2026-02-17')?.marks).toEqual(['春节']);
  });

  it('500 activities in lanes: lanes continue across pages instead of clipping', () => {
    const acts = quarter(500, 11);
    const doc = layoutQuarter(input(acts, 'lanes'));
    expect(doc.pages.length).toBeGreaterThan(1);
    expect(doc.pages[0].body.kind === 'lanes' && doc.pages[0].body.lanes[0].label).toBe('一号宴会厅');
    expect(doc.pages.some((p) => p.body.kind === 'lanes' && p.body.lanes.some((l) => l.continued))).toBe(true);
    expect(doc.pages.some((p) => p.body.kind === 'overflow')).toBe(false);
    expectNothingLost(doc, acts);
  });

  it('lanes: titles set in boxes that keep clear of each other and of the edges, short titles whole, pages even', () => {
    const acts = quarter(500, 5);
    for (const [paper, orientation] of [
      ['A4', 'landscape'],
      ['A4', 'portrait'],
      ['A3', 'portrait'],
    ] as const) {
      const doc = layoutQuarter(input(acts, 'lanes', paper, orientation));
      const rowsOf = (p: PrintDocument['pages'][number]) =>
        p.body.kind === 'lanes' ? p.body.lanes.reduce((n, l) => n + l.rows.length, 0) : 0;
      const most = Math.max(...doc.pages.map(rowsOf));
      for (const page of doc.pages) {
        if (page.body.kind !== 'lanes') continue;
        expect(rowsOf(page)).toBeGreaterThanOrEqual(most / 2);
        const m = page.body.measure;
        const widthMm = (orientation === 'landscape' ? (paper === 'A4' ? 297 : 420) : paper === 'A4' ? 210 : 297) - 20;
        const lanesMm = widthMm - m.labelMm - m.notesMm;
        const colMm = lanesMm / page.body.days.length;
        for (const row of page.body.lanes.flatMap((l) => l.rows)) {
          const boxes = row
            .map((b) => [b.col * colMm + (b.labelFromMm ?? 0), b.col * colMm + (b.labelFromMm ?? 0) + (b.labelMm ?? 0)])
            .sort((x, y) => x[0] - y[0]);
          boxes.forEach(([from, to], i) => {
            expect(from).toBeGreaterThanOrEqual(-1e-6);
            expect(to).toBeLessThanOrEqual(lanesMm + 1e-6);
            if (i > 0) expect(from).toBeGreaterThanOrEqual(boxes[i - 1][1]);
          });
          for (const b of row) if (/^活动 \d+$/.test(b.text.replace(/^[◂⚠ ]+/, ''))) expect(b.footnote).toBeNull();
        }
      }
      // Short titles ("活动 12") are never sent to a footnote.
      expect(doc.pages.flatMap((p) => p.footnotes).filter((n) => n.title.startsWith('活动 '))).toEqual([]);
    }
  });

  it('A3 gives more room than A4: more bars drawn, fewer activities sent to the overflow list', () => {
    const acts = quarter(300, 3);
    const count = (doc: PrintDocument) => ({
      bars: doc.pages.reduce(
        (n, p) => n + (p.body.kind === 'month' ? p.body.weeks.reduce((k, w) => k + w.bars.length, 0) : 0),
        0,
      ),
      over: doc.pages.reduce((n, p) => n + (p.body.kind === 'overflow' ? p.body.entries.length : 0), 0),
    });
    const big = count(layoutQuarter(input(acts, 'month-grid', 'A3')));
    const small = count(layoutQuarter(input(acts, 'month-grid', 'A4')));
    expect(big.bars).toBeGreaterThan(small.bars);
    expect(big.over).toBeLessThan(small.over);
  });

  it('widths count CJK characters as full width', () => {
    expect(textEm('会员日')).toBe(3);
    expect(textEm('abc')).toBeCloseTo(1.8);
  });

  it('property: for any set of activities and any paper, nothing is lost', () => {
    const act = fc.record({
      start: fc.integer({ min: dayNumber('2025-12-20'), max: dayNumber('2026-04-10') }),
      len: fc.integer({ min: 0, max: 20 }),
      title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }),
      lane: fc.nat({ max: 4 }),
    });
    fc.assert(
      fc.property(
        fc.array(act, { maxLength: 120 }),
        fc.constantFrom('month-grid' as const, 'lanes' as const),
        fc.constantFrom('A4' as const, 'A3' as const),
        fc.constantFrom('landscape' as const, 'portrait' as const),
        (raw, layout, paper, orientation) => {
          const acts: PrintActivity[] = raw.map((r, i) => ({
            id: `x${i}`,
            title: r.title,
            type: 'salon',
            allDay: true,
            start: dayFromNumber(r.start),
            end: dayFromNumber(r.start + r.len),
            conflict: false,
            lanes: [`r${r.lane}`],
          }));
          const doc = layoutQuarter(input(acts, layout, paper, orientation));
          expectNothingLost(doc, acts);
        },
      ),
      { numRuns: 200, seed: 17 },
    );
  });
});

describe('quarterRange', () => {
  it('calendar and fiscal quarters', () => {
    expect(quarterRange(2026, 1)).toEqual(['2026-01-01', '2026-03-31']);
    expect(quarterRange(2026, 4)).toEqual(['2026-10-01', '2026-12-31']);
    expect(quarterRange(2026, 1, 4)).toEqual(['2026-04-01', '2026-06-30']);
    expect(quarterRange(2026, 4, 4)).toEqual(['2027-01-01', '2027-03-31']);
    expect(quarterRange(2024, 1, 12)).toEqual(['2024-12-01', '2025-02-28']);
  });
});
