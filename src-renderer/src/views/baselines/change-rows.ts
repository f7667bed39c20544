import { NOTICE_TEXT, changeKindText, changeWhyText } from '../../../../src-shared/baseline/notice-text';
import type { BaselineChange } from '../../../../src-shared/contract-baselines';
import type { Lang } from '../../i18n';

/** One change as the panel, the printed 变更单 and its XLSX show it: plain text in the planner's language. */
export interface ChangeRow {
  key: string;
  entity: string;
  title: string;
  kind: string;
  before: string;
  after: string;
  shift: string;
  when: string;
  why: string;
}

const span = (start: string | null, end: string | null) =>
  start === null ? '' : end === null || end === start ? start : `${start} – ${end}`;

const money = (cents: number | null) => (cents === null ? '' : `¥${(cents / 100).toFixed(2)}`);

/** "2027-03-08 14:05" in local time: when an edit was made, as a planner reads it. */
export function localInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The words are the exported XLSX's (src-shared/baseline/notice-text.ts), so panel, print and file agree. */
export function changeRows(changes: readonly BaselineChange[], lang: Lang): ChangeRow[] {
  return changes.map((c) => {
    const value = (v: number | null) => (c.entity === 'budgetLine' ? money(v) : v === null ? '' : String(v));
    const dated = c.entity === 'activity';
    return {
      key: `${c.entity}:${c.id}`,
      entity: NOTICE_TEXT[lang].entity[c.entity],
      title: c.title,
      kind: changeKindText(c, lang),
      before: dated ? span(c.beforeStart, c.beforeEnd) : value(c.beforeValue),
      after: dated ? span(c.afterStart, c.afterEnd) : value(c.afterValue),
      shift: c.shiftDays === null || c.shiftDays === 0 ? '' : c.shiftDays > 0 ? `+${c.shiftDays}` : String(c.shiftDays),
      when: c.at ? localInstant(c.at) : '',
      why: changeWhyText(c, lang),
    };
  });
}
