import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestCore, createTestCore } from '../support/core';
import { seedQuarter } from '../support/fixtures';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

/** What Excel on Chinese Windows writes for "Save as CSV": GB18030 (GBK) bytes, CRLF, no BOM. */
function gbCsv(text: string): Buffer {
  const out: number[] = [];
  // Encode with a reverse map of the gb18030 decoder over the characters we use (Node has no GB encoder).
  const table = gbTable(text);
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`no GB18030 bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return Buffer.from(out);
}

function gbTable(text: string): Map<string, number[]> {
  const wanted = new Set([...text].filter((c) => (c.codePointAt(0) ?? 0) >= 0x80));
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe && map.size < wanted.size; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Uint8Array.from([hi, lo]));
      if (wanted.has(ch) && !map.has(ch)) map.set(ch, [hi, lo]);
    }
  }
  return map;
}

describe('spreadsheet import', () => {
  it('reads a GB18030 CSV as Excel writes it, with Chinese headers, every date and amount form', async () => {
    const { plan } = await seedQuarter(core);
    const csv = gbCsv(
      [
        '活动名称,类型,开始日期,结束日期,负责人,预算',
        '会员日,会员日,2026-03-08,2026/3/9,张三,"￥12,500.00"',
        '生日会,生日会,2026年3月20日,,李四,1.2万',
        'VIP 尊享日,VIP,46100,46101,王五,12500',
        '坏行,节日,2026-02-30,,赵六,abc',
        '沙龙,沙龙,3月28日,3月28日,钱七,300',
      ].join('\r\n') + '\r\n',
    );
    expect(csv.includes(0xef)).toBe(false); // no BOM
    const p = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'activities',
      fileName: 'schedule.csv',
      contentBase64: b64(csv),
    });
    expect(p.encoding).toBe('gb18030');
    expect(p.headers[0]).toBe('活动名称');
    expect(p.mapping).toMatchObject({
      '0': 'title',
      '1': 'type',
      '2': 'start',
      '3': 'end',
      '4': 'owner',
      '5': 'amount',
    });
    expect(p.needsYear).toBe(true);
    const bad = p.rows.filter((r) => r.errors.length > 0);
    expect(bad.map((r) => r.rowNumber)).toEqual([5, 6]);
    expect(bad[0].errors.map((e) => e.column).sort()).toEqual(['amount', 'start']);
    expect(bad[1].errors[0].zh).toContain('年份');
    expect(await core.call('plan/get-snapshot', { id: plan.id }).then((s) => s.activities.length)).toBe(1);

    const again = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'activities',
      token: p.token,
      year: 2026,
    });
    expect(again.needsYear).toBe(false);
    expect(again.readable).toBe(4);
    const first = again.rows.find((r) => r.rowNumber === 2)?.record;
    expect(first).toMatchObject({
      title: '会员日',
      type: 'member_day',
      start: '2026-03-08',
      end: '2026-03-09',
      plannedCents: 1_250_000,
    });
    expect(again.rows.find((r) => r.rowNumber === 3)?.record).toMatchObject({
      start: '2026-03-20',
      end: '2026-03-20',
      plannedCents: 1_200_000,
    });
    expect(again.rows.find((r) => r.rowNumber === 4)?.record).toMatchObject({ start: '2026-03-19', end: '2026-03-20' });

    const applied = await core.call('file/apply-table-import', {
      planId: plan.id,
      target: 'activities',
      token: p.token,
      year: 2026,
    });
    expect(applied).toMatchObject({ created: 4, skipped: 1 });
    const snap = await core.call('plan/get-snapshot', { id: plan.id });
    expect(snap.activities).toHaveLength(5);
    expect(snap.budgetLines.map((b) => b.plannedCents).sort((a, b) => a - b)).toEqual([
      30_000, 1_200_000, 1_250_000, 1_250_000,
    ]);
    // One undo step removes the whole import.
    await core.call('history/undo', {});
    expect((await core.call('plan/get-snapshot', { id: plan.id })).activities).toHaveLength(1);
  });

  it('remembers the confirmed mapping for the same layout', async () => {
    const { plan } = await seedQuarter(core);
    const csv = Buffer.from('\uFEFF名字,哪天,花费\r\n路演,2026-03-01,100\r\n', 'utf8');
    const p = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'activities',
      fileName: 'a.csv',
      contentBase64: b64(csv),
    });
    expect(p.encoding).toBe('utf-8-bom');
    expect(p.mappingSource).toBe('detected');
    const mapping = { '0': 'title', '1': 'start', '2': 'amount' } as const;
    await core.call('file/apply-table-import', { planId: plan.id, target: 'activities', token: p.token, mapping });
    const q = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'activities',
      fileName: 'b.csv',
      contentBase64: b64(csv),
    });
    expect(q.mappingSource).toBe('remembered');
    expect(q.mapping).toEqual(mapping);
  });

  it('imports budget lines with categories, amounts and activity names', async () => {
    const { plan } = await seedQuarter(core);
    const csv = Buffer.from(
      '预算科目,说明,预算金额,实际金额,活动,日期,阶段\n场地租赁费,宴会厅,"¥12,500.00",0.29,春节会员日,2026/2/1,执行\n礼品,红包,-5,,,\n',
      'utf8',
    );
    const p = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'budget',
      fileName: 'b.csv',
      contentBase64: b64(csv),
    });
    expect(p.readable).toBe(1);
    expect(p.rows[1].errors[0]).toMatchObject({ column: 'planned' });
    await core.call('file/apply-table-import', { planId: plan.id, target: 'budget', token: p.token });
    const lines = await core.call('budget/list-lines', { planId: plan.id });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      category: 'venue',
      plannedCents: 1_250_000,
      actualCents: 29,
      date: '2026-02-01',
      phase: 'execution',
    });
  });
});

describe('spreadsheet export', () => {
  it('XLSX: one sheet each, frozen header, number formats, formula-like text as plain string cells; reads back unchanged', async () => {
    const { plan, activity } = await seedQuarter(core);
    await core.call('activity/create', {
      planId: plan.id,
      title: '-20%会员日',
      type: 'member_day',
      start: '2026-03-02',
      end: '2026-03-02',
    });
    await core.call('activity/create', {
      planId: plan.id,
      title: '=HYPERLINK("x")',
      type: 'online',
      allDay: false,
      start: '2026-03-01T14:00',
      end: '2026-03-01T16:30',
    });
    await core.call('budget/create-line', {
      planId: plan.id,
      activityId: activity.id,
      category: 'gifts',
      plannedCents: 1_234_567,
      actualCents: 29,
    });
    await core.call('risk/create', {
      planId: plan.id,
      title: '+雨天',
      category: 'safety',
      probability: 2,
      impact: 4,
      reserveCents: 20_000_000,
    });
    const out = await core.call('file/export-table', { planId: plan.id, what: 'all', format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(out.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['活动', '预算', '风险']);
    const acts = wb.getWorksheet('活动');
    expect(acts?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(acts?.getRow(1).getCell(1).value).toBe('活动名称');
    // The titles as the planner wrote them, in string cells: no apostrophe shown, nothing evaluated.
    const cells = acts?.getColumn(1).values.slice(2) ?? [];
    expect(cells).toEqual(expect.arrayContaining(['=HYPERLINK("x")', '-20%会员日']));
    acts?.eachRow((row) => {
      expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
      expect(row.getCell(1).formula).toBeUndefined();
    });
    const budget = wb.getWorksheet('预算');
    expect(budget?.getRow(2).getCell(5).value).toBe(12345.67);
    expect(budget?.getRow(2).getCell(5).numFmt).toBe('¥#,##0.00');
    expect(wb.getWorksheet('风险')?.getRow(2).getCell(1).value).toBe('+雨天');

    const other = await createTestCore();
    try {
      const p2 = await other.call('plan/create', { name: 'copy', startDate: '2026-01-01', endDate: '2026-12-31' });
      const p = await other.call('file/preview-table-import', {
        planId: p2.id,
        target: 'activities',
        fileName: out.fileName,
        contentBase64: out.contentBase64,
      });
      expect(p.unreadable).toBe(0);
      await other.call('file/apply-table-import', { planId: p2.id, target: 'activities', token: p.token });
      const snap = await other.call('plan/get-snapshot', { id: p2.id });
      const pick = (a: { title: string; type: string; allDay: boolean; start: string; end: string }) => [
        a.title,
        a.type,
        a.allDay,
        a.start,
        a.end,
      ];
      const original = await core.call('plan/get-snapshot', { id: plan.id });
      expect(snap.activities.map(pick).sort()).toEqual(original.activities.map(pick).sort());
      // Without a chosen sheet, the budget import picks the sheet whose headers fit a budget.
      const pb = await other.call('file/preview-table-import', {
        planId: p2.id,
        target: 'budget',
        fileName: out.fileName,
        contentBase64: out.contentBase64,
      });
      expect(pb.sheet).toBe('预算');
    } finally {
      await other.dispose();
    }
  });

  it('CSV: UTF-8 with BOM, neutralised formulas, round trip of budget amounts', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('budget/create-line', {
      planId: plan.id,
      category: 'promotion',
      description: '@SUM(A1)',
      plannedCents: 1_999_999,
      date: '2026-03-01',
    });
    const out = await core.call('file/export-table', { planId: plan.id, what: 'budget', format: 'csv' });
    const bytes = Buffer.from(out.contentBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(`'@SUM(A1)`);
    const p = await core.call('file/preview-table-import', {
      planId: plan.id,
      target: 'budget',
      fileName: out.fileName,
      contentBase64: out.contentBase64,
    });
    expect(p.rows[0].record).toMatchObject({
      category: 'promotion',
      description: '@SUM(A1)',
      plannedCents: 1_999_999,
      date: '2026-03-01',
    });
  });

  it('CSV: activities round trip (all-day and timed, quotes, commas, newlines in notes)', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('activity/create', {
      planId: plan.id,
      title: '沙龙 "春季", 第二场',
      type: 'salon',
      allDay: false,
      start: '2026-03-03T14:00',
      end: '2026-03-03T16:30',
      owner: '李四',
      notes: '第一行\n第二行, 含逗号',
      expectedParticipants: 80,
    });
    const out = await core.call('file/export-table', { planId: plan.id, what: 'activities', format: 'csv' });
    const other = await createTestCore();
    try {
      const p2 = await other.call('plan/create', { name: 'copy', startDate: '2026-01-01', endDate: '2026-12-31' });
      const p = await other.call('file/preview-table-import', {
        planId: p2.id,
        target: 'activities',
        fileName: out.fileName,
        contentBase64: out.contentBase64,
      });
      expect(p.unreadable).toBe(0);
      await other.call('file/apply-table-import', { planId: p2.id, target: 'activities', token: p.token });
      const pick = (a: {
        title: string;
        type: string;
        allDay: boolean;
        start: string;
        end: string;
        owner: string;
        notes: string;
        expectedParticipants: number | null;
      }) => JSON.stringify([a.title, a.type, a.allDay, a.start, a.end, a.owner, a.notes, a.expectedParticipants]);
      const mine = (await core.call('plan/get-snapshot', { id: plan.id })).activities.map(pick).sort();
      const theirs = (await other.call('plan/get-snapshot', { id: p2.id })).activities.map(pick).sort();
      expect(theirs).toEqual(mine);
    } finally {
      await other.dispose();
    }
  });

  it('refuses an XLSX that declares a huge expansion, before exceljs reads it', async () => {
    const { plan } = await seedQuarter(core);
    const zip = fakeZip(200 * 1024 * 1024);
    const r = await core.dispatch('file/preview-table-import', {
      planId: plan.id,
      target: 'activities',
      fileName: 'bomb.xlsx',
      contentBase64: b64(zip),
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details).toEqual({ reason: 'too_large_expanded' });
  });
});

/** A zip whose only central-directory entry claims `size` uncompressed bytes from 1 KB. */
function fakeZip(size: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30 + name.length + 1024);
  local.writeUInt32LE(0x04034b50, 0);
  name.copy(local, 30);
  const cd = Buffer.alloc(46 + name.length);
  cd.writeUInt32LE(0x02014b50, 0);
  cd.writeUInt32LE(1024, 20);
  cd.writeUInt32LE(size, 24);
  cd.writeUInt16LE(name.length, 28);
  name.copy(cd, 46);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, cd, eocd]);
}

describe('spreadsheet export speaks the planner’s words', () => {
  it('names budget phases and activity status as the UI does, never by their keys', async () => {
    const { plan } = await seedQuarter(core);
    await core.call('budget/create-line', {
      planId: plan.id,
      phase: 'execution',
      category: 'venue',
      plannedCents: 100,
    });
    await core.call('budget/create-line', {
      planId: plan.id,
      phase: 'planning',
      category: 'research',
      plannedCents: 100,
    });
    const budget = Buffer.from(
      (await core.call('file/export-table', { planId: plan.id, what: 'budget', format: 'csv' })).contentBase64,
      'base64',
    ).toString('utf8');
    expect(budget).toContain(',执行,');
    expect(budget).toContain(',策划,');
    expect(budget).not.toMatch(/,(execution|planning),/);
    await core.call('activity/create', {
      planId: plan.id,
      title: '排期中的活动',
      type: 'online',
      status: 'planned',
      start: '2026-03-03',
      end: '2026-03-03',
    });
    const acts = Buffer.from(
      (await core.call('file/export-table', { planId: plan.id, what: 'activities', format: 'csv' })).contentBase64,
      'base64',
    ).toString('utf8');
    expect(acts).toContain('已排期');
    expect(acts).not.toContain('计划中');
  });
});
