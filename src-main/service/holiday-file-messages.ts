import type { HolidayFileError } from '../../src-shared/calendar';
import type { HolidayFileIssue } from '../../src-shared/contract-calendar';

/**
 * The holiday file parser (src-shared) names failures in English, for logs and tests; the
 * planner reads them in either UI language, so each known message gets its Chinese twin here.
 * An unknown message keeps its English text inside a Chinese frame rather than being lost.
 */
const RULES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^more than (\d+) lines$/, (m) => `文件超过 ${m[1]} 行`],
  [/^expected ".*", got (\d+) field\(s\)$/, (m) => `应为“日期,holiday|workday,中文名[,英文名]”，实际有 ${m[1]} 个字段`],
  [/^"(.*)" is not a real date YYYY-MM-DD$/, (m) => `“${m[1]}”不是有效日期（应为 YYYY-MM-DD）`],
  [
    /^kind must be "holiday" or "workday", got "(.*)"$/,
    (m) => `类型应为 holiday（放假）或 workday（调休上班），实际为“${m[1]}”`,
  ],
  [/^the name is empty$/, () => '名称为空'],
  [/^a name is longer than 100 characters$/, () => '名称超过 100 个字符'],
  [/^(\S+) is already listed on line (\d+)$/, (m) => `${m[1]} 已在第 ${m[2]} 行出现`],
  [/^the file lists no days$/, () => '文件中没有任何日期'],
  [/^(\d+) lies outside (\d+)-(\d+)$/, (m) => `${m[1]} 年不在 ${m[2]}-${m[3]} 年范围内`],
];

export function localizeHolidayError(e: HolidayFileError): HolidayFileIssue {
  for (const [re, zh] of RULES) {
    const m = re.exec(e.message);
    if (m) return { line: e.line, zh: zh(m), en: e.message };
  }
  return { line: e.line, zh: `格式有误（${e.message}）`, en: e.message };
}

/** "第 3 行：…" / "line 3: …", the first few lines, for the error's one-line message. */
export function summarize(issues: readonly HolidayFileIssue[]): { 'zh-CN': string; en: string } {
  const shown = issues.slice(0, 5);
  const more = issues.length - shown.length;
  const zh = shown.map((i) => (i.line > 0 ? `第 ${i.line} 行：${i.zh}` : i.zh)).join('；');
  const en = shown.map((i) => (i.line > 0 ? `line ${i.line}: ${i.en}` : i.en)).join('; ');
  return {
    'zh-CN': `节假日文件无法导入，未做任何更改。${zh}${more > 0 ? `；另有 ${more} 处` : ''}`,
    en: `The holiday file was refused and nothing was changed. ${en}${more > 0 ? `; ${more} more` : ''}`,
  };
}
