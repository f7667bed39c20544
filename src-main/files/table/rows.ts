import type { z } from 'zod';
import type { TableField } from '../../../src-shared/contract-files';
import { type ActivityType, ActivityInput, BudgetLineInput } from '../../../src-shared/model';
import { AMOUNT_MESSAGES, parseAmount } from '../../../src-shared/parse/amount';
import { DATE_MESSAGES, parseDateCell } from '../../../src-shared/parse/date';
import { type Cell, cellText } from './grid';
import { ACTIVITY_STATUS_NAMES, ACTIVITY_TYPE_NAMES, BUDGET_CATEGORY_NAMES, valueFromText } from './labels';
import type { Mapping, TableTarget } from './mapping';

export interface RowError {
  column: string;
  zh: string;
  en: string;
}
/** A row as it will be written: the create schema's output (defaults filled), less the plan. */
export type ActivityRecord = Omit<z.output<typeof ActivityInput>, 'planId'> & { plannedCents: number | null };
export type BudgetRecord = Omit<z.output<typeof BudgetLineInput>, 'planId'>;
export interface ReadRow<R> {
  rowNumber: number;
  cells: string[];
  record: R | null;
  errors: RowError[];
}

export interface RowContext {
  year?: number;
  defaultType?: ActivityType;
  /** The plan's activities by title, for budget lines that name one. */
  activitiesByTitle: ReadonlyMap<string, string>;
  /** The plan's budget phases by key, Chinese and English name, so "执行" is stored as `execution`. */
  phaseKeys?: ReadonlyMap<string, string>;
}

/** Reads body rows with the mapping; a row with any error has no record and is not written. */
export function readRows(
  body: readonly Cell[][],
  firstRowNumber: number,
  mapping: Mapping,
  target: TableTarget,
  ctx: RowContext,
): ReadRow<ActivityRecord | BudgetRecord>[] {
  const columnOf = new Map<TableField, number>();
  for (const [col, field] of Object.entries(mapping)) if (field) columnOf.set(field, Number(col));
  return body.map((cells, i) => {
    const errors: RowError[] = [];
    const get = (f: TableField): Cell => {
      const c = columnOf.get(f);
      return c === undefined ? null : (cells[c] ?? null);
    };
    // Our exports prefix formula-like text with an apostrophe (table-columns.ts); take it off again.
    const text = (f: TableField) =>
      cellText(get(f))
        .trim()
        .replace(/^'(?=[=+\-@])/, '');
    const fail = (f: TableField, m: { zh: string; en: string }) => errors.push({ column: f, zh: m.zh, en: m.en });
    const record = target === 'activities' ? activityRecord(get, text, fail, ctx) : budgetRecord(get, text, fail, ctx);
    return {
      rowNumber: firstRowNumber + i,
      cells: cells.map((c) => cellText(c).slice(0, 200)),
      record: errors.length === 0 ? record : null,
      errors,
    };
  });
}

type Get = (f: TableField) => Cell;
type Text = (f: TableField) => string;
type Fail = (f: TableField, m: { zh: string; en: string }) => void;

function activityRecord(get: Get, text: Text, fail: Fail, ctx: RowContext): ActivityRecord | null {
  const title = text('title');
  if (!title) fail('title', { zh: '活动名称为空', en: 'The title is empty' });
  const start = parseDateCell(get('start'), { year: ctx.year });
  if (!start.ok) fail('start', DATE_MESSAGES[start.reason]);
  const endCell = get('end');
  // An empty end means a one-day activity; the preview shows it so nothing is silently assumed.
  const endBlank = cellText(endCell).trim() === '';
  const end = endBlank ? start : parseDateCell(endCell, { year: ctx.year });
  // A bad start is reported once, not again for the blank end that follows it.
  if (!end.ok && !endBlank) fail('end', DATE_MESSAGES[end.reason]);
  const startTime = time(get('startTime'), fail, 'startTime') ?? (start.ok ? start.time : null);
  const endTime = time(get('endTime'), fail, 'endTime') ?? (end.ok ? end.time : null);

  let type: ActivityType = ctx.defaultType ?? 'other';
  if (text('type')) {
    const t = valueFromText(ACTIVITY_TYPE_NAMES, text('type'));
    if (t) type = t;
    else if (!ctx.defaultType)
      fail('type', { zh: `无法识别的活动类型“${text('type')}”`, en: `Unknown activity type "${text('type')}"` });
  }
  const status = text('status') ? valueFromText(ACTIVITY_STATUS_NAMES, text('status')) : 'planned';
  if (!status) fail('status', { zh: `无法识别的状态“${text('status')}”`, en: `Unknown status "${text('status')}"` });
  let participants: number | null = null;
  if (text('participants')) {
    const n = Number(text('participants').replace(/[,，人\s]/g, ''));
    if (Number.isInteger(n) && n >= 0) participants = n;
    else fail('participants', { zh: '人数须为非负整数', en: 'Participants must be a whole number' });
  }
  let plannedCents: number | null = null;
  if (text('amount')) {
    const a = parseAmount(get('amount') ?? '');
    if (a.ok) plannedCents = a.cents;
    else fail('amount', AMOUNT_MESSAGES[a.reason]);
  }
  if (!start.ok || !end.ok || !title || !status) return null;

  const timed = startTime !== null || endTime !== null;
  if (timed && (startTime === null || endTime === null)) {
    fail(startTime === null ? 'startTime' : 'endTime', {
      zh: '定时活动需要开始和结束时间',
      en: 'A timed activity needs both a start and an end time',
    });
    return null;
  }
  const fields = {
    title,
    type,
    status,
    allDay: !timed,
    start: timed ? `${start.day}T${startTime}` : start.day,
    end: timed ? `${end.day}T${endTime}` : end.day,
    owner: text('owner').slice(0, 200),
    expectedParticipants: participants,
    notes: text('notes'),
  };
  const ok = checked(ActivityInput, { planId: PLACEHOLDER, ...fields }, fail);
  if (!ok) return null;
  const { planId: _p, ...record } = ok;
  return { ...record, plannedCents };
}

function budgetRecord(get: Get, text: Text, fail: Fail, ctx: RowContext): BudgetRecord | null {
  const amount = (f: TableField, required: boolean): number => {
    const raw = get(f);
    if (cellText(raw).trim() === '') {
      if (required) fail(f, AMOUNT_MESSAGES.empty);
      return 0;
    }
    const a = parseAmount(raw ?? '');
    if (a.ok) return a.cents;
    fail(f, AMOUNT_MESSAGES[a.reason]);
    return 0;
  };
  const plannedCents = amount('planned', true);
  const committedCents = amount('committed', false);
  const actualCents = amount('actual', false);
  const categoryText = text('category');
  const category = valueFromText(BUDGET_CATEGORY_NAMES, categoryText) ?? 'other';
  let description = text('description');
  // An unknown category is kept as the description, so the planner's wording is not lost.
  if (category === 'other' && categoryText && !description) description = categoryText;
  let date: string | null = null;
  if (text('date')) {
    const d = parseDateCell(get('date'), { year: ctx.year });
    if (d.ok) date = d.day;
    else fail('date', DATE_MESSAGES[d.reason]);
  }
  let activityId: string | null = null;
  if (text('activity')) {
    activityId = ctx.activitiesByTitle.get(text('activity')) ?? null;
    if (!activityId)
      fail('activity', {
        zh: `方案中没有名为“${text('activity')}”的活动`,
        en: `No activity named "${text('activity')}" in the plan`,
      });
  }
  const fields = {
    activityId,
    phase: (ctx.phaseKeys?.get(text('phase').toLowerCase()) ?? text('phase')).slice(0, 200),
    category,
    description: description.slice(0, 200),
    plannedCents,
    committedCents,
    actualCents,
    date,
    notes: text('notes'),
  };
  const ok = checked(BudgetLineInput, { planId: PLACEHOLDER, ...fields }, fail);
  if (!ok) return null;
  const { planId: _p, ...record } = ok;
  return record;
}

const PLACEHOLDER = '00000000-0000-4000-8000-000000000000';

/** The create schema's own check, so an imported row can never hold what a request could not. */
function checked<T>(schema: z.ZodType<T>, value: unknown, fail: Fail): T | null {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const i of r.error.issues.slice(0, 3)) {
    fail(String(i.path[0] ?? 'title') as TableField, { zh: `内容无效：${i.message}`, en: `Invalid: ${i.message}` });
  }
  return null;
}

/** "14:30", "14点", "14时30分", or an XLSX time cell (a fraction of a day). */
function time(cell: Cell, fail: Fail, f: TableField): string | null {
  if (typeof cell === 'number' && cell >= 0 && cell < 1) {
    const min = Math.round(cell * 1440) % 1440;
    return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
  }
  const t = cellText(cell).trim();
  if (!t) return null;
  const m = /^(\d{1,2})[:：时点](\d{2})?分?$/.exec(t.replace(/\s+/g, ''));
  if (m && Number(m[1]) < 24 && Number(m[2] ?? 0) < 60) return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
  fail(f, { zh: `无法识别的时间“${t}”`, en: `Not a time: "${t}"` });
  return null;
}
