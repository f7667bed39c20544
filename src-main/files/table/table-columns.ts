import type { Activity, BudgetLine, Risk } from '../../../src-shared/model';
import {
  ACTIVITY_STATUS_NAMES,
  ACTIVITY_TYPE_NAMES,
  BUDGET_CATEGORY_NAMES,
  RISK_CATEGORY_NAMES,
  RISK_STATUS_NAMES,
} from './labels';
import {
  ACTIVITY_STATUS_EN,
  ACTIVITY_TYPE_EN,
  BUDGET_CATEGORY_EN,
  RISK_CATEGORY_EN,
  RISK_STATUS_EN,
} from '../../../src-shared/model/enum-labels-en';

/**
 * The columns of our spreadsheet exports, in the UI's language. Headers and enum words are
 * names the importer detects in either language, so an exported sheet comes back in with no
 * mapping step.
 */
export type ExportLanguage = 'zh-CN' | 'en';
export type OutValue =
  | { kind: 'text'; value: string }
  | { kind: 'int'; value: number | null }
  | { kind: 'money'; cents: number }
  | { kind: 'day'; value: string | null }
  | { kind: 'datetime'; value: string };

export interface Column<T> {
  header: string;
  width: number;
  get(row: T): OutValue;
}

const text = (value: string): OutValue => ({ kind: 'text', value });
const when = (v: string): OutValue => (v.includes('T') ? { kind: 'datetime', value: v } : { kind: 'day', value: v });

export function activityColumns(lang: ExportLanguage = 'zh-CN'): Column<Activity>[] {
  const en = lang === 'en';
  return [
    { header: en ? 'Title' : '活动名称', width: 30, get: (a) => text(a.title) },
    {
      header: en ? 'Type' : '活动类型',
      width: 12,
      get: (a) => text(en ? ACTIVITY_TYPE_EN[a.type] : ACTIVITY_TYPE_NAMES[a.type][0]),
    },
    {
      header: en ? 'Status' : '状态',
      width: 10,
      get: (a) => text(en ? ACTIVITY_STATUS_EN[a.status] : ACTIVITY_STATUS_NAMES[a.status][0]),
    },
    { header: en ? 'Start date' : '开始日期', width: 18, get: (a) => when(a.start) },
    { header: en ? 'End date' : '结束日期', width: 18, get: (a) => when(a.end) },
    { header: en ? 'Owner' : '负责人', width: 12, get: (a) => text(a.owner) },
    {
      header: en ? 'Participants' : '预计人数',
      width: 10,
      get: (a) => ({ kind: 'int', value: a.expectedParticipants }),
    },
    { header: en ? 'Notes' : '备注', width: 40, get: (a) => text(a.notes) },
  ];
}

/** `phaseName`: the plan's name for a phase key (planners read 执行, never "execution"). */
export function budgetColumns(
  titleOf: (id: string | null) => string,
  phaseName: (key: string) => string,
  lang: ExportLanguage = 'zh-CN',
): Column<BudgetLine>[] {
  const en = lang === 'en';
  const category = (b: BudgetLine) => (en ? BUDGET_CATEGORY_EN[b.category] : BUDGET_CATEGORY_NAMES[b.category][0]);
  return [
    { header: en ? 'Activity' : '活动', width: 24, get: (b) => text(titleOf(b.activityId)) },
    { header: en ? 'Phase' : '阶段', width: 10, get: (b) => text(phaseName(b.phase)) },
    { header: en ? 'Category' : '预算科目', width: 12, get: (b) => text(category(b)) },
    { header: en ? 'Description' : '说明', width: 30, get: (b) => text(b.description) },
    { header: en ? 'Planned' : '预算金额', width: 16, get: (b) => ({ kind: 'money', cents: b.plannedCents }) },
    { header: en ? 'Committed' : '已承诺', width: 16, get: (b) => ({ kind: 'money', cents: b.committedCents }) },
    { header: en ? 'Actual' : '实际金额', width: 16, get: (b) => ({ kind: 'money', cents: b.actualCents }) },
    { header: en ? 'Date' : '日期', width: 12, get: (b) => ({ kind: 'day', value: b.date }) },
    { header: en ? 'Notes' : '备注', width: 30, get: (b) => text(b.notes) },
  ];
}

export function riskColumns(lang: ExportLanguage = 'zh-CN'): Column<Risk>[] {
  const en = lang === 'en';
  return [
    { header: en ? 'Risk' : '风险', width: 30, get: (r) => text(r.title) },
    {
      header: en ? 'Category' : '类别',
      width: 12,
      get: (r) => text(en ? RISK_CATEGORY_EN[r.category] : RISK_CATEGORY_NAMES[r.category]),
    },
    { header: en ? 'Probability' : '发生概率', width: 10, get: (r) => ({ kind: 'int', value: r.probability }) },
    { header: en ? 'Impact' : '影响程度', width: 10, get: (r) => ({ kind: 'int', value: r.impact }) },
    { header: en ? 'Score' : '风险值', width: 8, get: (r) => ({ kind: 'int', value: r.probability * r.impact }) },
    { header: en ? 'Owner' : '负责人', width: 12, get: (r) => text(r.owner) },
    { header: en ? 'Mitigation' : '应对措施', width: 40, get: (r) => text(r.mitigation) },
    { header: en ? 'Contingency' : '应急预案', width: 40, get: (r) => text(r.contingency) },
    { header: en ? 'Reserve' : '预备金', width: 16, get: (r) => ({ kind: 'money', cents: r.reserveCents }) },
    {
      header: en ? 'Status' : '状态',
      width: 10,
      get: (r) => text(en ? RISK_STATUS_EN[r.status] : RISK_STATUS_NAMES[r.status]),
    },
  ];
}

/**
 * Text a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some tools strip)
 * gets a leading apostrophe, as OWASP advises against CSV/formula injection.
 */
export function neutralize(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
