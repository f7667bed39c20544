import { describe, expect, it } from 'vitest';
import { FileRefused } from '../../../src-main/files/limits';
import { parseUntrustedJson } from '../../../src-main/files/safe-json';
import { decodeText, parseCsv, readCsv } from '../../../src-main/files/table/csv-read';
import { detectMapping, layoutHash } from '../../../src-main/files/table/mapping';
import { neutralize } from '../../../src-main/files/table/table-columns';
import { readTable } from '../../../src-main/files/worker-jobs';

const reason = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof FileRefused) return e.refusal.code;
    throw e;
  }
  return 'accepted';
};

describe('CSV', () => {
  it('RFC 4180 quoting, CRLF, embedded newlines; delimiter guessed', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","line1\nline2"\r\n')).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line1\nline2'],
    ]);
    expect(parseCsv('a\tb\n1\t2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('encodings: UTF-8 with and without BOM, UTF-16LE with BOM, GB18030', () => {
    expect(decodeText(Buffer.from('\uFEFF活动', 'utf8'))).toEqual({ text: '活动', encoding: 'utf-8-bom' });
    expect(decodeText(Buffer.from('活动', 'utf8'))).toEqual({ text: '活动', encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('活动', 'utf16le')]))).toEqual({
      text: '活动',
      encoding: 'utf-16le',
    });
    // 活动 in GBK is BB EE B6 AF: invalid UTF-8, so it is read as GB18030.
    expect(decodeText(Buffer.from([0xbb, 0xee, 0xb6, 0xaf]))).toEqual({ text: '活动', encoding: 'gb18030' });
  });

  it('says what a file is not: a junk ".xlsx", an old binary .xls', async () => {
    const junk = Buffer.from('<html>not a workbook</html>');
    await expect(readTable(junk, '排期.xlsx')).rejects.toMatchObject({ refusal: { code: 'not_xlsx' } });
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(readTable(xls, '排期.xls')).rejects.toMatchObject({ refusal: { code: 'old_xls' } });
    // Without a workbook's name, text is read as CSV as before.
    expect((await readTable(Buffer.from('标题\n会员日\n'), '排期.csv')).sheets[0].rows).toHaveLength(2);
  });

  it('refuses binary, too many columns and endless cells', () => {
    expect(reason(() => readCsv(Buffer.from([0x00, 0x01, 0x02])))).toBe('not_text');
    expect(reason(() => readCsv(Buffer.from('a,'.repeat(200))))).toBe('too_wide');
    expect(reason(() => readCsv(Buffer.from(`"${'x'.repeat(30_000)}"`)))).toBe('string_too_long');
  });
});

describe('header detection', () => {
  it('Chinese and English headers, with units in brackets', () => {
    expect(detectMapping(['活动名称', '类型', '开始日期', '结束日期', '负责人', '预算(元)'], 'activities')).toEqual({
      '0': 'title',
      '1': 'type',
      '2': 'start',
      '3': 'end',
      '4': 'owner',
      '5': 'amount',
    });
    expect(detectMapping(['Title', 'Start Date', 'End', 'Owner', 'Budget'], 'activities')).toEqual({
      '0': 'title',
      '1': 'start',
      '2': 'end',
      '3': 'owner',
      '4': 'amount',
    });
    expect(detectMapping(['科目', '明细', '预算金额', '实际支出'], 'budget')).toEqual({
      '0': 'category',
      '1': 'description',
      '2': 'planned',
      '3': 'actual',
    });
  });

  it('the layout hash ignores spacing and units, not the columns', () => {
    expect(layoutHash(['活动名称', '预算（元）'], 'activities')).toBe(layoutHash([' 活动名称 ', '预算'], 'activities'));
    expect(layoutHash(['活动名称', '预算'], 'activities')).not.toBe(layoutHash(['预算', '活动名称'], 'activities'));
    expect(layoutHash(['活动名称'], 'activities')).not.toBe(layoutHash(['活动名称'], 'budget'));
  });
});

describe('untrusted JSON', () => {
  it('refuses depth, long strings and prototype keys; accepts ordinary JSON', () => {
    expect(reason(() => parseUntrustedJson('['.repeat(100) + ']'.repeat(100)))).toBe('too_deep');
    expect(reason(() => parseUntrustedJson(`{"a":"${'x'.repeat(30_000)}"}`))).toBe('string_too_long');
    expect(reason(() => parseUntrustedJson('{"a":{"constructor":{"prototype":1}}}'))).toBe('dangerous_key');
    expect(reason(() => parseUntrustedJson('{"a":'))).toBe('bad_json');
    expect(parseUntrustedJson('{"a":["[{\\"",1]}')).toEqual({ a: ['[{"', 1] });
  });
});

describe('formula neutralising', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('%j gets an apostrophe', (s) => {
    expect(neutralize(s)).toBe(`'${s}`);
  });
  it('ordinary text is left alone', () => {
    expect(neutralize('会员日 = 好')).toBe('会员日 = 好');
  });
});
