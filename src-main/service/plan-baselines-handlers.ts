import type BetterSqlite3 from 'better-sqlite3';
import type { Handlers } from '../../src-shared/contract';
import type { BaselineChanges } from '../../src-shared/contract-baselines';
import {
  type BaselineContent,
  type BaselineScope,
  type WhenWhy,
  changeList,
  diffBaselines,
  freezeBaseline,
} from '../../src-shared/baseline';
import { AppError, notFound } from '../../src-shared/errors';
import { daysInMonth, dayNumber } from '../../src-shared/model';
import {
  baselineActivities,
  baselineFlags,
  baselineInfoFromRow,
  editsTouching,
  findBaselineRow,
  listBaselineRows,
  parseContent,
} from '../db/queries/baselines';
import { listBudgetLines, listKpis } from '../db/queries/plan-items';
import type { DbOrTrx } from '../db/schema';
import { writeChangeNotice } from '../files/baseline-notice';
import { safeFileBase } from './plan-file/export';
import type { EditRecorder } from './edit-recorder';
import { label } from './localize';
import { requirePlan } from './references';
import type { Workspace } from './workspace';

type BaselineChannel =
  | 'baseline/list'
  | 'baseline/get'
  | 'baseline/freeze'
  | 'baseline/set-reference'
  | 'baseline/update'
  | 'baseline/delete'
  | 'baseline/changes'
  | 'baseline/export-notice';

/** The plan as it is now, frozen over the whole plan: the "after" side of a change list. */
export async function currentContent(
  db: DbOrTrx,
  planId: string,
  scope: BaselineScope | null = null,
  raw?: BetterSqlite3.Database,
) {
  const [activities, budgetLines, kpis] = await Promise.all([
    baselineActivities(db, planId, raw),
    listBudgetLines(db, planId),
    listKpis(db, planId),
  ]);
  return freezeBaseline({ activities, budgetLines, kpis }, scope);
}

/** A month's days; refused when the month lies wholly outside the plan. */
function monthScope(month: string, plan: { startDate: string; endDate: string }): BaselineScope {
  const [y, m] = month.split('-').map(Number);
  const scope = { from: `${month}-01`, to: `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}` };
  if (dayNumber(scope.to) < dayNumber(plan.startDate) || dayNumber(scope.from) > dayNumber(plan.endDate)) {
    throw new AppError(
      'VALIDATION',
      {
        'zh-CN': `${y}年${m}月不在方案的日期范围（${plan.startDate} 至 ${plan.endDate}）内。`,
        en: `${month} is outside the plan's dates (${plan.startDate} to ${plan.endDate}).`,
      },
      { month },
    );
  }
  return scope;
}

export function planBaselinesHandlers(ws: Workspace): Pick<Handlers, BaselineChannel> {
  const mustFind = async (db: DbOrTrx, id: string) => {
    const row = await findBaselineRow(db, id);
    if (!row) throw notFound('baseline', id);
    return row;
  };

  /** Makes `id` (or none) the plan's one reference, recorded so undo puts the old one back. */
  const setReference = async (rec: EditRecorder, planId: string, id: string | null) => {
    const now = ws.now();
    for (const row of await baselineFlags(rec.trx, planId)) {
      const want = row.id === id ? 1 : 0;
      if (row.is_reference !== want) await rec.update('baselines', row.id, { is_reference: want, updated_at: now });
    }
  };

  return {
    'baseline/list': async ({ planId }) => {
      await requirePlan(ws.db, planId);
      return (await listBaselineRows(ws.db, planId)).map((r) => baselineInfoFromRow(r));
    },

    'baseline/get': async ({ id }) => {
      const row = await mustFind(ws.db, id);
      const content = parseContent(row.content_json);
      return { info: baselineInfoFromRow(row, content), content };
    },

    'baseline/freeze': ({ planId, name, note, month, makeReference }) =>
      ws.edit(label('冻结', 'Freeze', '定稿', 'baseline', name), async (rec) => {
        const plan = await requirePlan(rec.trx, planId);
        const scope = month === null ? null : monthScope(month, plan);
        const content = await currentContent(rec.trx, planId, scope, rec.raw);
        const existing = await baselineFlags(rec.trx, planId);
        const reference = makeReference ?? !existing.some((r) => r.is_reference === 1);
        const now = ws.now();
        const row = {
          id: crypto.randomUUID(),
          plan_id: planId,
          name,
          note,
          is_reference: 0,
          content_json: JSON.stringify(content),
          created_at: now,
          updated_at: now,
        };
        await rec.insert('baselines', row);
        if (reference) await setReference(rec, planId, row.id);
        rec.touchPlan(planId);
        return baselineInfoFromRow({ ...row, is_reference: reference ? 1 : 0 }, content);
      }),

    'baseline/set-reference': ({ planId, id }) =>
      ws.edit(label('设为基准', 'Set reference', '定稿', 'baseline'), async (rec) => {
        await requirePlan(rec.trx, planId);
        if (id !== null) {
          const row = await mustFind(rec.trx, id);
          if (row.plan_id !== planId) throw notFound('baseline', id);
          rec.relabel(label('设为基准', 'Set reference', '定稿', 'baseline', row.name));
        } else rec.relabel({ 'zh-CN': '取消基准定稿', en: 'Clear the reference baseline' });
        await setReference(rec, planId, id);
        rec.touchPlan(planId);
        return (await listBaselineRows(rec.trx, planId)).map((r) => baselineInfoFromRow(r));
      }),

    'baseline/update': ({ id, name, note }) =>
      ws.edit(label('修改', 'Edit', '定稿', 'baseline'), async (rec) => {
        const row = await mustFind(rec.trx, id);
        rec.relabel(label('修改', 'Edit', '定稿', 'baseline', row.name));
        const patch = { name: name ?? row.name, note: note ?? row.note, updated_at: ws.now() };
        await rec.update('baselines', id, patch);
        rec.touchPlan(row.plan_id);
        return baselineInfoFromRow({ ...row, ...patch });
      }),

    'baseline/delete': ({ id }) =>
      ws.edit(label('删除', 'Delete', '定稿', 'baseline'), async (rec) => {
        const row = await mustFind(rec.trx, id);
        rec.relabel(label('删除', 'Delete', '定稿', 'baseline', row.name));
        await rec.delete('baselines', id);
        rec.touchPlan(row.plan_id);
        return { id };
      }),

    'baseline/changes': ({ id, againstId }) => changesOf(ws, id, againstId),

    'baseline/export-notice': async ({ id, againstId, language }) => {
      const result = await changesOf(ws, id, againstId);
      const plan = await requirePlan(ws.db, result.baseline.planId);
      const local = localTimeIn(plan.timeZone);
      const zh = language === 'zh-CN';
      const heading = zh
        ? `${plan.name} · 变更单 · 对照定稿「${result.baseline.name}」（${local(result.baseline.createdAt)} 冻结）`
        : `${plan.name} · Change notice · against baseline “${result.baseline.name}” (frozen ${local(result.baseline.createdAt)})`;
      const bytes = await writeChangeNotice(heading, result.changes, language, local);
      return {
        fileName: `${safeFileBase(`${plan.name} ${zh ? '变更单' : 'change notice'} ${result.baseline.name}`)}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        contentBase64: bytes.toString('base64'),
      };
    },
  };
}

/** "2027-03-08 14:05" in the plan's time zone. */
function localTimeIn(timeZone: string): (iso: string) => string {
  const fmt = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return (iso) => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const get = (type: string) => fmt.formatToParts(d).find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
  };
}

/** What changed since a baseline (against now or a later baseline), with when and why from the history. */
async function changesOf(ws: Workspace, id: string, againstId: string | null): Promise<BaselineChanges> {
  const row = await findBaselineRow(ws.db, id);
  if (!row) throw notFound('baseline', id);
  const before = parseContent(row.content_json);
  const againstRow = againstId === null ? null : await findBaselineRow(ws.db, againstId);
  if (againstId !== null && !againstRow) throw notFound('baseline', againstId);
  if (againstRow && againstRow.plan_id !== row.plan_id) {
    throw new AppError(
      'VALIDATION',
      { 'zh-CN': '只能比较同一方案的两个定稿。', en: 'Only two baselines of the same plan can be compared.' },
      { id, againstId },
    );
  }
  const after: BaselineContent = againstRow
    ? parseContent(againstRow.content_json)
    : await currentContent(ws.db, row.plan_id);
  const diff = diffBaselines(before, after);
  // When and why: the newest edit between the two that touched each entity.
  const [from, until] =
    againstRow && againstRow.created_at < row.created_at
      ? [againstRow.created_at, row.created_at]
      : [row.created_at, againstRow?.created_at ?? null];
  const edits = await editsTouching(ws.db, row.plan_id, from, until);
  const newest = new Map<string, WhenWhy>();
  for (const e of edits) {
    for (const key of e.touched) newest.set(key, { at: e.at, why: e.label, reason: null });
    for (const [activityId, reason] of e.reasons)
      newest.set(`activities:${activityId}`, { at: e.at, why: e.label, reason });
  }
  const TABLE = { activity: 'activities', budgetLine: 'budget_lines', kpi: 'kpis' } as const;
  const changes = changeList(diff, (entity, entityId) => newest.get(`${TABLE[entity]}:${entityId}`) ?? null);
  return {
    baseline: baselineInfoFromRow(row, before),
    against: againstRow ? baselineInfoFromRow(againstRow) : null,
    changes,
  };
}
