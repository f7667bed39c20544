import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPlanCalendar } from '../../src-shared/calendar';
import { importedYearsOf } from '../../src-shared/contract-calendar';
import { loadImportedYears } from '../../src-main/db/queries/holiday-years';
import { type TestCore, createTestCore } from '../support/core';

let core: TestCore;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(() => core.dispose());

/** A 2027 schedule as a planner would type it from the notice (dates illustrative). */
const FILE_2027 = [
  '# 国务院办公厅关于2027年部分节假日安排的通知',
  '# source: 国办发明电〔2026〕9号 2026-11-10',
  '2027-01-01,holiday,元旦,New Year',
  '2027-02-06,holiday,春节,Spring Festival',
  '2027-02-07,holiday,春节,Spring Festival',
  '2027-02-08,holiday,春节,Spring Festival',
  '2027-02-14,workday,春节调休,Spring Festival make-up workday',
  '',
].join('\n');

const count = (table: string) => core.db.raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('holiday years', () => {
  it('lists the shipped years as official, with their source', async () => {
    const years = await core.call('calendar/list-years', {});
    expect(years.map((y) => y.year)).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    for (const y of years) {
      expect(y.origin).toBe('shipped');
      expect(y.official).toBe(true);
      expect(y.source).toMatch(/国务院办公厅/);
      expect(y.days.length).toBeGreaterThan(20);
    }
  });

  it('imports a future year as one undoable edit, and the calendar honours it', async () => {
    const { years } = await core.call('calendar/import-holidays', { fileName: '2027.txt', text: FILE_2027 });
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({ year: 2027, origin: 'imported', official: true, fileName: '2027.txt' });
    expect(years[0].source).toContain('国办发明电〔2026〕9号');

    const list = await core.call('calendar/list-years', {});
    const y2027 = list.find((y) => y.year === 2027);
    expect(y2027?.days.map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-14',
    ]);
    // What the renderer does with the answer: 2027-02-14 is a Sunday and a make-up workday.
    const cal = createPlanCalendar({}, importedYearsOf(list));
    expect(cal.hasOfficialData(2027)).toBe(true);
    expect(cal.dayKind('2027-02-14')).toBe('makeup_workday');
    expect(cal.isNonWorkday('2027-02-08')).toBe(true);
    expect(cal.yearsWithoutOfficialData('2027-01-01', '2028-12-31')).toEqual([2028]);
    // The same years for code in the main process.
    expect((await loadImportedYears(core.workspace.db)).map((y) => y.year)).toEqual([2027]);

    const history = await core.call('history/state', {});
    expect(history.undoLabel?.['zh-CN']).toContain('导入节假日文件');
    await core.call('history/undo', {});
    expect((await core.call('calendar/list-years', {})).some((y) => y.year === 2027)).toBe(false);
    await core.call('history/redo', {});
    expect((await core.call('calendar/list-years', {})).some((y) => y.year === 2027)).toBe(true);
  });

  it('re-importing a year replaces it, and undo brings back the earlier file', async () => {
    await core.call('calendar/import-holidays', { fileName: 'a.txt', text: FILE_2027 });
    await core.call('calendar/import-holidays', {
      fileName: 'b.txt',
      text: '2027-10-01,holiday,国庆节,National Day\n',
    });
    let y = (await core.call('calendar/list-years', {})).filter((x) => x.year === 2027);
    expect(y).toHaveLength(1);
    expect(y[0]).toMatchObject({ fileName: 'b.txt', official: false, source: 'imported holiday file' });
    expect(y[0].days).toHaveLength(1);
    await core.call('history/undo', {});
    y = (await core.call('calendar/list-years', {})).filter((x) => x.year === 2027);
    expect(y[0].fileName).toBe('a.txt');
    expect(y[0].days).toHaveLength(5);
  });

  it('an imported year replaces the shipped one of the same year', async () => {
    await core.call('calendar/import-holidays', {
      fileName: 'fix-2026.txt',
      text: '# source: corrected notice\n2026-10-01,holiday,国庆节,National Day\n',
    });
    const list = await core.call('calendar/list-years', {});
    const entries = list.filter((y) => y.year === 2026);
    expect(entries.map((e) => e.origin)).toEqual(['shipped', 'imported']);
    expect(entries[1].replacesShipped).toBe(true);
    const cal = createPlanCalendar({}, importedYearsOf(list));
    expect(cal.officialSource(2026)).toBe('corrected notice');
    // A Tuesday of the shipped Spring Festival break, no longer listed: a plain workday now.
    expect(cal.dayKind('2026-02-17')).toBe('workday');
  });

  it('refuses a file that does not parse, naming the failing line in both languages, and writes nothing', async () => {
    const bad = ['# 2027', '2027-01-01,holiday,元旦,New Year', '2027-02-30,holiday,春节', '2027-02-14,rest,调休'].join(
      '\n',
    );
    const before = { years: count('holiday_years'), edits: count('history_edits') };
    const r = await core.dispatch('calendar/import-holidays', { fileName: 'bad.txt', text: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.message['zh-CN']).toContain('第 3 行');
    expect(r.error.message['zh-CN']).toContain('不是有效日期');
    expect(r.error.message.en).toContain('line 3');
    const details = r.error.details as { reason: string; lines: { line: number; zh: string; en: string }[] };
    expect(details.reason).toBe('invalid');
    expect(details.lines.map((l) => l.line)).toEqual([3, 4]);
    expect(details.lines[1].zh).toContain('类型应为');
    expect({ years: count('holiday_years'), edits: count('history_edits') }).toEqual(before);
  });

  it('refuses an empty file and years out of range', async () => {
    for (const text of ['', '# only a comment\n', '1900-01-01,holiday,旧年\n']) {
      const r = await core.dispatch('calendar/import-holidays', { fileName: 'x.txt', text });
      expect(r.ok ? 'ok' : r.error.code).toBe('VALIDATION');
    }
    expect(count('holiday_years')).toBe(0);
  });

  it('deletes an imported year (undoable) and says NOT_FOUND for a year never imported', async () => {
    await core.call('calendar/import-holidays', { fileName: '2027.txt', text: FILE_2027 });
    expect(await core.call('calendar/delete-year', { year: 2027 })).toEqual({ year: 2027 });
    expect((await core.call('calendar/list-years', {})).some((y) => y.year === 2027)).toBe(false);
    await core.call('history/undo', {});
    expect((await core.call('calendar/list-years', {})).some((y) => y.year === 2027)).toBe(true);

    const r = await core.dispatch('calendar/delete-year', { year: 2026 });
    expect(r.ok ? 'ok' : r.error.code).toBe('NOT_FOUND');
    if (!r.ok) expect(r.error.message['zh-CN']).toContain('2026');
  });
});
