import type { BaselineChange } from '../../src-shared/contract-baselines';
import { NOTICE_TEXT, changeKindText, changeWhyText } from '../../src-shared/baseline/notice-text';
import type { OutValue } from './table/table-columns';
import { type SheetSpec, writeXlsx } from './table/table-write';

type Lang = 'zh-CN' | 'en';

const text = (value: string): OutValue => ({ kind: 'text', value });
const when = (v: string | null): OutValue =>
  v === null ? text('') : v.includes('T') ? { kind: 'datetime', value: v.slice(0, 16) } : { kind: 'day', value: v };

/**
 * The 变更单 as a workbook: one row per change, dates as dates, amounts as money, so the teams
 * can sort and filter it. The heading rows name the plan and the baseline.
 */
export async function writeChangeNotice(
  heading: string,
  changes: readonly BaselineChange[],
  lang: Lang,
  localTime: (iso: string) => string,
): Promise<Buffer> {
  const w = NOTICE_TEXT[lang];
  const widths = [10, 30, 22, 14, 14, 10, 18, 60];
  const rows: OutValue[][] = changes.map((c) => {
    const value = (v: number | null): OutValue =>
      v === null ? text('') : c.entity === 'budgetLine' ? { kind: 'money', cents: v } : { kind: 'int', value: v };
    const dated = c.entity === 'activity';
    return [
      text(w.entity[c.entity]),
      text(c.title),
      text(changeKindText(c, lang)),
      dated ? when(c.beforeStart) : value(c.beforeValue),
      dated ? when(c.afterStart) : value(c.afterValue),
      c.shiftDays === null ? text('') : { kind: 'int', value: c.shiftDays },
      text(c.at ? localTime(c.at) : ''),
      text(changeWhyText(c, lang)),
    ];
  });
  const sheet: SheetSpec = {
    name: w.sheet,
    columns: w.headers.map((header, i) => ({ header, width: widths[i] })),
    rows: [[text(heading)], ...rows],
  };
  return writeXlsx([sheet]);
}
