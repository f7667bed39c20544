import type { Activity, BudgetLine, Risk } from '../../../src-shared/model';
import {
  ACTIVITY_STATUS_NAMES,
  ACTIVITY_TYPE_NAMES,
  BUDGET_CATEGORY_NAMES,
  RISK_CATEGORY_NAMES,
  RISK_STATUS_NAMES,
} from './labels';

/**
 * The columns of our spreadsheet exports. Headers are the Chinese names the importer detects,
 * so an exported sheet comes back in with no mapping step.
 */
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

export function activityColumns(): Column<Activity>[] {
  return [
    { header: '活动名称', width: 30, get: (a) => text(a.title) },
    { header: '活动类型', width: 12, get: (a) => text(ACTIVITY_TYPE_NAMES[a.type][0]) },
    { header: '状态', width: 10, get: (a) => text(ACTIVITY_STATUS_NAMES[a.status][0]) },
    { header: '开始日期', width: 18, get: (a) => when(a.start) },
    { header: '结束日期', width: 18, get: (a) => when(a.end) },
    { header: '负责人', width: 12, get: (a) => text(a.owner) },
    { header: '预计人数', width: 10, get: (a) => ({ kind: 'int', value: a.expectedParticipants }) },
    { header: '备注', width: 40, get: (a) => text(a.notes) },
  ];
}

/** `phaseName`: the plan's name for a phase key (planners read 执行, never "execution"). */
export function budgetColumns(
  titleOf: (id: string | null) => string,
  phaseName: (key: string) => string = (key) => key,
): Column<BudgetLine>[] {
  return [
    { header: '活动', width: 24, get: (b) => text(titleOf(b.activityId)) },
    { header: '阶段', width: 10, get: (b) => text(phaseName(b.phase)) },
    { header: '预算科目', width: 12, get: (b) => text(BUDGET_CATEGORY_NAMES[b.category][0]) },
    { header: '说明', width: 30, get: (b) => text(b.description) },
    { header: '预算金额', width: 16, get: (b) => ({ kind: 'money', cents: b.plannedCents }) },
    { header: '已承诺', width: 16, get: (b) => ({ kind: 'money', cents: b.committedCents }) },
    { header: '实际金额', width: 16, get: (b) => ({ kind: 'money', cents: b.actualCents }) },
    { header: '日期', width: 12, get: (b) => ({ kind: 'day', value: b.date }) },
    { header: '备注', width: 30, get: (b) => text(b.notes) },
  ];
}

export function riskColumns(): Column<Risk>[] {
  return [
    { header: '风险', width: 30, get: (r) => text(r.title) },
    { header: '类别', width: 12, get: (r) => text(RISK_CATEGORY_NAMES[r.category]) },
    { header: '发生概率', width: 10, get: (r) => ({ kind: 'int', value: r.probability }) },
    { header: '影响程度', width: 10, get: (r) => ({ kind: 'int', value: r.impact }) },
    { header: '风险值', width: 8, get: (r) => ({ kind: 'int', value: r.probability * r.impact }) },
    { header: '负责人', width: 12, get: (r) => text(r.owner) },
    { header: '应对措施', width: 40, get: (r) => text(r.mitigation) },
    { header: '应急预案', width: 40, get: (r) => text(r.contingency) },
    { header: '预备金', width: 16, get: (r) => ({ kind: 'money', cents: r.reserveCents }) },
    { header: '状态', width: 10, get: (r) => text(RISK_STATUS_NAMES[r.status]) },
  ];
}

/**
 * Text a spreadsheet would run as a formula (= + - @, or a leading tab/CR that some tools strip)
 * gets a leading apostrophe, as OWASP advises against CSV/formula injection.
 */
export function neutralize(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}
