import { createHash } from 'node:crypto';
import type { TableField } from '../../../src-shared/contract-files';
import { type Cell, cellText } from './grid';

export type TableTarget = 'activities' | 'budget';
export type Mapping = Record<string, TableField | null>;

/** Header names per field, normalised (lower case, no spaces or bracketed units). Order matters: first match wins. */
const ACTIVITY_HEADERS: Partial<Record<TableField, string[]>> = {
  title: ['活动名称', '活动标题', '标题', '名称', '活动', '主题', 'title', 'name', 'activity', 'subject', 'event'],
  type: ['活动类型', '类型', '类别', 'type', 'category', 'kind'],
  start: [
    '开始日期',
    '开始时间',
    '开始',
    '起始日期',
    '日期',
    '活动日期',
    'start',
    'startdate',
    'begin',
    'from',
    'date',
  ],
  end: ['结束日期', '结束时间', '结束', '截止日期', 'end', 'enddate', 'finish', 'to', 'until'],
  startTime: ['开始时刻', '时间', 'starttime', 'time'],
  endTime: ['结束时刻', 'endtime'],
  owner: ['负责人', '责任人', '执行人', 'owner', 'personincharge', 'responsible'],
  status: ['状态', 'status'],
  participants: ['预计人数', '参与人数', '人数', '预计参与人数', 'participants', 'expectedparticipants', 'attendees'],
  amount: ['预算', '金额', '预算金额', '费用', 'budget', 'amount', 'cost'],
  notes: ['备注', '说明', '描述', 'notes', 'note', 'remark', 'remarks', 'description'],
};

const BUDGET_HEADERS: Partial<Record<TableField, string[]>> = {
  category: ['预算科目', '费用科目', '费用类别', '科目', '类别', 'category'],
  description: ['说明', '描述', '明细', '项目', '内容', '费用项目', 'description', 'item'],
  planned: ['预算金额', '计划金额', '预算', '计划', '金额', 'planned', 'budget', 'amount'],
  committed: ['已承诺', '承诺金额', '合同金额', '已签约', 'committed'],
  actual: ['实际金额', '实际支出', '实际', 'actual', 'spent'],
  activity: ['活动名称', '活动', 'activity'],
  phase: ['阶段', 'phase'],
  date: ['日期', '月份', '支出日期', 'date', 'month'],
  notes: ['备注', 'notes', 'note', 'remark'],
};

export const FIELDS_OF: Record<TableTarget, TableField[]> = {
  activities: Object.keys(ACTIVITY_HEADERS) as TableField[],
  budget: Object.keys(BUDGET_HEADERS) as TableField[],
};

export function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s_*:：-]+/g, '');
}

/** Guesses each column's field from its header: exact names first, then a header that contains a name. */
export function detectMapping(headers: readonly Cell[], target: TableTarget): Mapping {
  const table = target === 'activities' ? ACTIVITY_HEADERS : BUDGET_HEADERS;
  const norm = headers.map((h) => normaliseHeader(cellText(h)));
  const mapping: Mapping = Object.fromEntries(norm.map((_, i) => [String(i), null]));
  const used = new Set<TableField>();
  const assign = (matches: (h: string, name: string) => boolean) => {
    for (const [field, names] of Object.entries(table) as [TableField, string[]][]) {
      if (used.has(field)) continue;
      for (const name of names) {
        const col = norm.findIndex((h, i) => mapping[String(i)] === null && h !== '' && matches(h, name));
        if (col >= 0) {
          mapping[String(col)] = field;
          used.add(field);
          break;
        }
      }
    }
  };
  assign((h, n) => h === n);
  assign((h, n) => n.length >= 2 && h.includes(n));
  return mapping;
}

/** Whether a row looks like a header: at least two of its cells name a field. */
export function looksLikeHeader(row: readonly Cell[], target: TableTarget): boolean {
  return Object.values(detectMapping(row, target)).filter((f) => f !== null).length >= 2;
}

/** The layout a remembered mapping belongs to: target plus the normalised header row. */
export function layoutHash(headers: readonly Cell[], target: TableTarget): string {
  const key = [target, ...headers.map((h) => normaliseHeader(cellText(h)))].join('\u0001');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
