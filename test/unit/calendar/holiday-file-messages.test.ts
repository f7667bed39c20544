import { describe, expect, it } from 'vitest';
import { parseHolidayFile } from '../../../src-shared/calendar';
import { localizeHolidayError, summarize } from '../../../src-main/service/holiday-file-messages';

/** Each way a holiday file can fail, so a change to the parser's wording shows up here, not as English in the Chinese UI. */
const BAD_FILES: [string, RegExp][] = [
  ['2027-01-01,holiday', /应为“日期,holiday\|workday,中文名\[,英文名\]”，实际有 2 个字段/],
  ['2027-02-30,holiday,春节', /“2027-02-30”不是有效日期/],
  ['2027-01-01,rest,元旦', /类型应为 holiday（放假）或 workday（调休上班），实际为“rest”/],
  ['2027-01-01,holiday,,New Year', /名称为空/],
  [`2027-01-01,holiday,${'长'.repeat(101)}`, /名称超过 100 个字符/],
  ['2027-01-01,holiday,元旦\n2027-01-01,holiday,元旦', /2027-01-01 已在第 1 行出现/],
  ['# nothing\n', /文件中没有任何日期/],
  ['\n'.repeat(5001), /文件超过 5000 行/],
];

describe('holiday file messages', () => {
  it.each(BAD_FILES)('%j is refused with a Chinese message of its own', (text, zh) => {
    const r = parseHolidayFile(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = localizeHolidayError(r.errors[0]);
    expect(issue.zh).toMatch(zh);
    expect(issue.zh).not.toContain('格式有误（'); // the fallback for wording this file does not know
    expect(issue.en).toBe(r.errors[0].message);
  });

  it('summarizes the first lines in both languages and counts the rest', () => {
    const lines = Array.from({ length: 7 }, (_, i) => ({ line: i + 2, zh: '名称为空', en: 'the name is empty' }));
    const s = summarize(lines);
    expect(s['zh-CN']).toContain('第 2 行：名称为空');
    expect(s['zh-CN']).toContain('另有 2 处');
    expect(s.en).toContain('line 6: the name is empty');
    expect(s.en).toContain('2 more');
  });
});
