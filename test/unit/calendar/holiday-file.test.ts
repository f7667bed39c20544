import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  HolidayYearFile,
  formatHolidayFile,
  parseHolidayFile,
  shippedOfficialYears,
} from '../../../src-shared/calendar';

const DIR = join(__dirname, '../../../resources/holidays');

describe('shipped holiday files', () => {
  it('every file passes the schema and records its source', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      const parsed = HolidayYearFile.parse(JSON.parse(readFileSync(join(DIR, f), 'utf8')));
      expect(f).toBe(`cn-${parsed.year}.json`);
      expect(parsed.source.number).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
      expect(parsed.source.title).toContain(`${parsed.year}年部分节假日安排`);
    }
  });

  it('the schema refuses a make-up day inside a break and dates outside the year', () => {
    const base = JSON.parse(readFileSync(join(DIR, 'cn-2025.json'), 'utf8'));
    const clash = structuredClone(base);
    clash.holidays[1].makeupWorkdays.push('2025-01-29');
    expect(HolidayYearFile.safeParse(clash).success).toBe(false);
    const outside = structuredClone(base);
    outside.holidays[0].to = '2026-01-05';
    expect(HolidayYearFile.safeParse(outside).success).toBe(false);
  });
});

describe('holiday file parser', () => {
  const good = [
    '# 国务院办公厅关于2027年部分节假日安排的通知',
    '# source: 国办发明电〔2026〕X号',
    '',
    '2027-01-01,holiday,元旦,New Year',
    '2027-02-07 , workday , 春节调休',
    '2026-12-31,holiday,跨年',
  ].join('\r\n');

  it('parses days, groups them by year and keeps the source', () => {
    const r = parseHolidayFile(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.years.map((y) => y.year)).toEqual([2026, 2027]);
    const y2027 = r.years[1];
    expect(y2027.source).toBe('国办发明电〔2026〕X号');
    expect(y2027.days).toEqual([
      { date: '2027-01-01', kind: 'holiday', holidayId: 'imported', nameZh: '元旦', nameEn: 'New Year' },
      { date: '2027-02-07', kind: 'makeup_workday', holidayId: 'imported', nameZh: '春节调休', nameEn: '春节调休' },
    ]);
  });

  it('refuses the whole file and names every failing line', () => {
    const bad = [
      '# header',
      '2027-01-01,holiday,元旦',
      '2027-02-30,holiday,春节',
      '2027-02-07,rest,春节调休',
      '2027-01-01,workday,重复',
      'junk',
      '2027-03-01,holiday,',
    ].join('\n');
    const r = parseHolidayFile(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(r.errors[0].message).toContain('2027-02-30');
    expect(r.errors[1].message).toContain('rest');
    expect(r.errors[2].message).toContain('line 2');
  });

  it('refuses an empty file', () => {
    const r = parseHolidayFile('# nothing\n\n');
    expect(r).toEqual({ ok: false, errors: [{ line: 0, message: 'the file lists no days' }] });
  });

  it('round-trips a shipped year through the text format', () => {
    for (const year of shippedOfficialYears()) {
      const r = parseHolidayFile(formatHolidayFile(year));
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.years).toHaveLength(year.days.some((d) => d.date < `${year.year}`) ? 2 : 1);
      expect(r.years.flatMap((y) => y.days.map((d) => [d.date, d.kind, d.nameZh]))).toEqual(
        year.days.map((d) => [d.date, d.kind, d.nameZh]),
      );
    }
  });
});
