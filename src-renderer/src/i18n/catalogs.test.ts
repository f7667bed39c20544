import { describe, expect, it } from 'vitest';
import { baselineStrings } from '../views/baselines/baselines-i18n';
import { budgetStrings } from '../views/budget/budget-i18n';
import { calendarStrings } from '../views/calendar/calendar-i18n';
import { conflictStrings } from '../views/conflicts/conflicts-i18n';
import { filesStrings } from '../views/files/files-i18n';
import { kpiStrings } from '../views/kpis/kpis-i18n';
import { templateStrings } from '../views/plans/templates-i18n';
import { printStrings } from '../views/print/print-i18n';
import { riskStrings } from '../views/risks/risks-i18n';
import { settingsStrings } from '../views/settings/settings-i18n';
import { solverStrings } from '../views/solver/solver-i18n';
import { tableStrings } from '../views/table/table-i18n';
import { taskStrings } from '../views/tasks/tasks-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * Every catalog of the UI, the main one and each view's namespace: both languages carry the same
 * keys (a key missing in one language falls back to the other, which shows the other language),
 * and no text is empty (an empty value shows nothing where a label belongs).
 */
const CATALOGS: Record<string, { 'zh-CN': object; en: object }> = {
  main: { 'zh-CN': zhCN, en },
  baselines: baselineStrings,
  budget: budgetStrings,
  calendar: calendarStrings,
  conflicts: conflictStrings,
  files: filesStrings,
  kpis: kpiStrings,
  templates: templateStrings,
  print: printStrings,
  risks: riskStrings,
  settings: settingsStrings,
  solver: solverStrings,
  table: tableStrings,
  tasks: taskStrings,
};

/** Each leaf as "a.b.c" → its value. */
function leaves(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of leaves(value as object, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** The {{placeholders}} a text fills in: both languages must name the same ones. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('the UI catalogs', () => {
  it.each(Object.keys(CATALOGS))('%s: zh-CN and en have the same keys, none empty', (name) => {
    const zh = leaves(CATALOGS[name]['zh-CN']);
    const enLeaves = leaves(CATALOGS[name].en);
    expect(
      [...enLeaves.keys()].filter((k) => !zh.has(k)),
      'only in en',
    ).toEqual([]);
    expect(
      [...zh.keys()].filter((k) => !enLeaves.has(k)),
      'only in zh-CN',
    ).toEqual([]);
    for (const [lang, map] of [
      ['zh-CN', zh],
      ['en', enLeaves],
    ] as const) {
      const empty = [...map].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(empty, `${lang}: empty or not text`).toEqual([]);
    }
    const mismatched = [...zh.keys()].filter(
      (k) => placeholders(String(zh.get(k))).join() !== placeholders(String(enLeaves.get(k))).join(),
    );
    expect(mismatched, 'placeholders differ').toEqual([]);
  });

  it('the English texts carry no Chinese, and the Chinese texts no English sentence', () => {
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    const offenders: string[] = [];
    for (const [name, catalog] of Object.entries(CATALOGS)) {
      for (const [k, v] of leaves(catalog.en)) {
        // The language switch names Chinese in Chinese, as language switches do.
        if (CJK.test(String(v)) && k !== 'lang.zh-CN') offenders.push(`${name} en ${k}: ${String(v)}`);
      }
      for (const [k, v] of leaves(catalog['zh-CN'])) {
        const text = String(v).replace(/\{\{[^}]*\}\}/g, '');
        if (/\b[a-z]{4,}\s+[a-z]{3,}\b/.test(text)) offenders.push(`${name} zh-CN ${k}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
