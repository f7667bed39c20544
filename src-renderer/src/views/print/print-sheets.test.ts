import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../src-shared/model';
import { type PrintActivity, layoutQuarter } from '../../../../src-shared/print';
import { planQuarters } from './plan-quarters';
import { sheetsOf } from './print-sheets';

function busyQuarter(n: number): PrintActivity[] {
  let s = 3;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const start = addDays('2026-01-01', rnd(90));
    return {
      id: `a${i}`,
      title:
        rnd(3) === 0
          ? `第${i}场：春季会员沙龙暨新品体验日（静安嘉里中心三楼多功能厅）${'长'.repeat(rnd(80))}`
          : `活动 ${i}`,
      type: 'salon',
      allDay: true,
      start,
      end: addDays(start, rnd(3)),
      conflict: false,
    };
  });
}

const doc = (acts: PrintActivity[], layout: 'month-grid' | 'lanes') =>
  layoutQuarter({
    planName: '方案',
    quarterLabel: '2026 Q1',
    from: '2026-01-01',
    to: '2026-03-31',
    printedAt: '2026-01-05',
    activities: acts,
    marks: [],
    options: { layout, paper: 'A4', orientation: 'portrait' },
  });

describe('sheets of a printed quarter', () => {
  it.each(['month-grid', 'lanes'] as const)(
    '%s: every footnote and overflow entry lands on a sheet, pages counted over all sheets',
    (layout) => {
      const d = doc(busyQuarter(500), layout);
      const sheets = sheetsOf(d);
      sheets.forEach((s, i) => expect([s.number, s.of]).toEqual([i + 1, sheets.length]));
      // Lanes print their notes in a column beside them (the page's own), month grids at the foot or on notes sheets.
      const notesOf = (p: (typeof d.pages)[number]) =>
        sheets.flatMap((s) =>
          s.kind === 'notes'
            ? s.groups.filter((g) => g.page === p).flatMap((g) => g.notes)
            : s.page !== p
              ? []
              : s.page.body.kind === 'lanes'
                ? s.page.footnotes
                : s.notes,
        );
      if (layout === 'lanes') expect(sheets.filter((s) => s.kind === 'notes')).toEqual([]);
      for (const p of d.pages.filter((x) => x.body.kind !== 'overflow')) {
        expect(notesOf(p).map((n) => n.n)).toEqual(p.footnotes.map((n) => n.n));
      }
      const listed = (ps: { body: (typeof d.pages)[number]['body'] }[]) =>
        ps.flatMap((p) => (p.body.kind === 'overflow' ? p.body.entries.map((e) => e.activityId) : []));
      expect(listed(sheets.filter((s) => s.kind === 'layout').map((s) => s.page))).toEqual(listed(d.pages));
    },
  );

  it('quarters a plan touches, fiscal years included', () => {
    expect(planQuarters('2026-01-01', '2026-12-31', 1).map((q) => q.label)).toEqual([
      '2026 Q1',
      '2026 Q2',
      '2026 Q3',
      '2026 Q4',
    ]);
    const fiscal = planQuarters('2026-02-15', '2026-06-30', 4);
    expect(fiscal.map((q) => `${q.label} ${q.from}`)).toEqual(['2025 Q4 2026-01-01', '2026 Q1 2026-04-01']);
  });
});
