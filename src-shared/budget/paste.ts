import type { Activity, BudgetCategory, BudgetPhase } from '../model';
import { addDays, isValidDay } from '../model';
import { categoryFromText } from './categories';
import { parseAmount, AMOUNT_REASONS } from './money';

/**
 * Rows pasted from Excel or WPS: tab-separated text, usually with a Chinese header row.
 * AG Grid's clipboard is Enterprise, so we read the text ourselves, turn it into line drafts
 * with a reason for every cell we could not read, and let the planner preview before inserting.
 */
export type PasteField =
  | 'activity'
  | 'phase'
  | 'category'
  | 'description'
  | 'planned'
  | 'committed'
  | 'actual'
  | 'unplanned'
  | 'date'
  | 'notes';

const HEADERS: Record<PasteField, string[]> = {
  activity: ['活动', '活动名称', 'activity'],
  phase: ['阶段', 'phase'],
  category: ['类别', '科目', '费用类别', '预算科目', '费用科目', 'category'],
  description: ['说明', '描述', '明细', '项目', '内容', 'description', 'item'],
  planned: ['预算', '计划', '计划金额', '预算金额', '预算(元)', '预算（元）', 'planned', 'budget'],
  committed: ['已承诺', '承诺', '合同金额', '已签约', 'committed'],
  actual: ['实际', '实际金额', '实际支出', '实际(元)', '实际（元）', 'actual', 'spent'],
  unplanned: ['计划外', 'unplanned'],
  date: ['日期', '月份', '支出日期', 'date', 'month'],
  notes: ['备注', 'notes', 'note'],
};
/** Without a header row, columns are read in this order. */
const DEFAULT_ORDER: PasteField[] = ['category', 'description', 'planned', 'committed', 'actual', 'date', 'notes'];

export interface LineDraft {
  activityId: string | null;
  phase: string;
  category: BudgetCategory;
  description: string;
  plannedCents: number;
  committedCents: number;
  actualCents: number;
  unplanned: boolean;
  date: string | null;
  notes: string;
}

export interface PastedRow {
  /** 1-based row number in the pasted text, for messages. */
  rowNumber: number;
  draft: LineDraft;
  /** Cells that could not be read; a row with errors is not inserted. */
  errors: { field: PasteField; zh: string; en: string }[];
}

export interface PasteResult {
  columns: (PasteField | null)[];
  hasHeader: boolean;
  rows: PastedRow[];
}

export interface PasteContext {
  activities: readonly Pick<Activity, 'id' | 'title'>[];
  phases: readonly BudgetPhase[];
  /** Phase and activity given to rows that do not name one (the grid's current selection). */
  defaultPhase: string;
  defaultActivityId: string | null;
}

export function parsePastedLines(text: string, ctx: PasteContext): PasteResult {
  const table = splitTsv(text).filter((r) => r.some((c) => c.trim() !== ''));
  if (table.length === 0) return { columns: [], hasHeader: false, rows: [] };
  const headerGuess = table[0].map(headerField);
  const hasHeader = headerGuess.filter((f) => f !== null).length >= Math.min(2, table[0].length);
  const columns = hasHeader ? headerGuess : table[0].map((_, i) => DEFAULT_ORDER[i] ?? null);
  const body = hasHeader ? table.slice(1) : table;
  const rows = body.map((cells, i) => readRow(cells, columns, ctx, i + (hasHeader ? 2 : 1)));
  return { columns, hasHeader, rows };
}

function headerField(cell: string): PasteField | null {
  const h = cell.trim().toLowerCase().replace(/\s+/g, '');
  for (const [field, names] of Object.entries(HEADERS) as [PasteField, string[]][]) {
    if (names.some((n) => n.toLowerCase() === h)) return field;
  }
  return null;
}

function readRow(cells: string[], columns: (PasteField | null)[], ctx: PasteContext, rowNumber: number): PastedRow {
  const draft: LineDraft = {
    activityId: ctx.defaultActivityId,
    phase: ctx.defaultPhase,
    category: 'other',
    description: '',
    plannedCents: 0,
    committedCents: 0,
    actualCents: 0,
    unplanned: false,
    date: null,
    notes: '',
  };
  const errors: PastedRow['errors'] = [];
  const fail = (field: PasteField, zh: string, en: string) => errors.push({ field, zh, en });
  columns.forEach((field, i) => {
    const raw = (cells[i] ?? '').trim();
    if (!field || raw === '') return;
    switch (field) {
      case 'planned':
      case 'committed':
      case 'actual': {
        const a = parseAmount(raw);
        if (a.ok) draft[`${field}Cents`] = a.cents;
        else fail(field, `${AMOUNT_REASONS[a.reason].zh}：「${raw}」`, `${AMOUNT_REASONS[a.reason].en}: “${raw}”`);
        break;
      }
      case 'category': {
        const c = categoryFromText(raw);
        draft.category = c ?? 'other';
        // An unknown category is kept in the description rather than lost.
        if (!c) draft.description = draft.description ? `${raw} ${draft.description}` : raw;
        break;
      }
      case 'phase': {
        const p = ctx.phases.find(
          (x) => x.key === raw || x.nameZh === raw || x.nameEn.toLowerCase() === raw.toLowerCase(),
        );
        if (p) draft.phase = p.key;
        else fail('phase', `没有名为「${raw}」的阶段`, `No phase named “${raw}”`);
        break;
      }
      case 'activity': {
        const a = ctx.activities.find((x) => x.title === raw);
        if (a) draft.activityId = a.id;
        else fail('activity', `没有名为「${raw}」的活动`, `No activity named “${raw}”`);
        break;
      }
      case 'date': {
        const d = parseDay(raw);
        if (d) draft.date = d;
        else fail('date', `无法识别的日期「${raw}」`, `Not a date: “${raw}”`);
        break;
      }
      case 'unplanned':
        draft.unplanned = /^(是|y|yes|true|1|√|✓)$/i.test(raw);
        break;
      case 'description':
        draft.description = draft.description ? `${draft.description} ${raw}` : raw;
        break;
      case 'notes':
        draft.notes = raw;
        break;
    }
  });
  draft.description = draft.description.slice(0, 200);
  return { rowNumber, draft, errors };
}

/** Excel's and WPS's day serial 1 is 1900-01-01, counting the phantom 1900-02-29. */
const EXCEL_EPOCH = '1899-12-30';

/** "2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日", "2026-03" (first of month), or an Excel serial. */
export function parseDay(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$/.exec(s);
  if (m) {
    const day = `${m[1]}-${m[2].padStart(2, '0')}-${(m[3] ?? '1').padStart(2, '0')}`;
    return isValidDay(day) ? day : null;
  }
  m = /^(\d{5})(?:\.\d+)?$/.exec(s);
  if (m) {
    const day = addDays(EXCEL_EPOCH, Number(m[1]));
    return isValidDay(day) ? day : null;
  }
  return null;
}

/** Tab-separated text as Excel writes it: cells with tabs, newlines or quotes are quoted with "". */
export function splitTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  const src = text.replace(/\r\n?/g, '\n');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (src[i + 1] === '"') cell += src[i++];
      else quoted = false;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') endCell();
    else if (ch === '\n') endRow();
    else cell += ch;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
