import type { Handlers } from '../../../src-shared/contract';
import { AppError, notFound } from '../../../src-shared/errors';
import { type Activity, type BudgetLine, BudgetLineInput } from '../../../src-shared/model/index';
import { listActivities } from '../../db/queries/activities';
import { insertActivities } from '../activity-rows';
import { budgetLineToRow, listBudgetLines, listRisks } from '../../db/queries/plan-items';
import { findPlan } from '../../db/queries/plans';
import { label } from '../localize';
import { readPlanSettings } from '../settings-handlers';
import type { Workspace } from '../workspace';
import { safeFileBase } from '../plan-file/export';
import { expiredPreview } from '../plan-file/import';
import { PreviewStore } from '../../files/preview-store';
import { parseInWorker } from '../../files/worker-client';
import type { ReadTable } from '../../files/table/grid';
import { recallMapping, rememberMapping } from './layout-memory';
import type { Mapping } from '../../files/table/mapping';
import type { ActivityRecord, BudgetRecord } from '../../files/table/rows';
import { activityColumns, budgetColumns, riskColumns } from '../../files/table/table-columns';
import { type TableOptions, type TableReading, readTable, toPreview } from '../../files/table/table-preview';
import { type SheetSpec, tabulate, writeCsv, writeXlsx } from '../../files/table/table-write';

type TableHandlers = Pick<Handlers, 'file/preview-table-import' | 'file/apply-table-import' | 'file/export-table'>;
type Options = Omit<TableOptions, 'activitiesByTitle' | 'phaseKeys'> & { planId: string };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function tableHandlers(ws: Workspace): TableHandlers {
  const tables = new PreviewStore<ReadTable>();

  /** Reads the cached table with the request's options; the remembered mapping is looked up first. */
  const read = async (table: ReadTable, o: Options): Promise<TableReading> => {
    const activities = await listActivities(ws.db, o.planId);
    const activitiesByTitle = new Map(activities.map((a) => [a.title, a.id]));
    const { budgetPhases } = await readPlanSettings(ws.db, o.planId);
    const phaseKeys = new Map(
      budgetPhases.flatMap((p) => [p.key, p.nameZh, p.nameEn.toLowerCase()].map((n) => [n, p.key] as const)),
    );
    // Our own exports name the reserve 预备金: it reads back as the reserve phase.
    if (!phaseKeys.has('预备金')) phaseKeys.set('预备金', 'reserve');
    const ctx = { ...o, activitiesByTitle, phaseKeys };
    const probe = readTable(table, ctx, () => null);
    const remembered = o.mapping ? null : await recallMapping(ws.db, probe.hash);
    return remembered ? readTable(table, ctx, () => remembered) : probe;
  };

  return {
    'file/preview-table-import': async ({ fileName, contentBase64, token, ...o }) => {
      if (!(await findPlan(ws.db, o.planId))) throw notFound('plan', o.planId);
      let key = token;
      let table = token ? tables.get(token) : undefined;
      if (contentBase64 !== undefined) {
        table = await parseInWorker({ kind: 'table', bytes: Buffer.from(contentBase64, 'base64'), fileName });
        key = tables.put(table);
      }
      if (!table || !key) throw expiredPreview();
      return toPreview(key, table, await read(table, o));
    },

    'file/apply-table-import': async ({ token, ...o }) => {
      const plan = await findPlan(ws.db, o.planId);
      if (!plan) throw notFound('plan', o.planId);
      const table = tables.get(token);
      if (!table) throw expiredPreview();
      const reading = await read(table, o);
      if (reading.needsYear) throw needsYear();
      const records = reading.rows.flatMap((r) => (r.record ? [r.record] : []));
      // An activity with a planned amount also writes its budget line.
      await ws.beforeLargeChange(
        records.length + records.filter((r) => 'plannedCents' in r && r.plannedCents !== null).length,
      );
      const now = ws.now();
      const stamp = { createdAt: now, updatedAt: now };
      const what = o.target === 'activities' ? ['活动', 'activities'] : ['预算科目', 'budget lines'];
      const activityIds = await ws.edit(
        label('导入', 'Import', `${records.length} 条${what[0]}`, `${records.length} ${what[1]}`, plan.name),
        async (rec) => {
          rec.touchPlan(plan.id);
          if (o.target === 'budget') {
            const lines = (records as BudgetRecord[]).map((b) => line(plan.id, b, stamp));
            await rec.insertMany('budget_lines', lines.map(budgetLineToRow));
            return [];
          }
          const acts = (records as ActivityRecord[]).map(({ plannedCents: _p, ...a }) => activity(plan.id, a, stamp));
          await insertActivities(rec, acts);
          const withMoney = (records as ActivityRecord[]).flatMap((r, i) =>
            r.plannedCents === null ? [] : [moneyLine(plan.id, acts[i].id, r.title, r.plannedCents, stamp)],
          );
          await rec.insertMany('budget_lines', withMoney.map(budgetLineToRow));
          return acts.map((a) => a.id);
        },
      );
      await rememberMapping(ws.db, reading.hash, o.target, reading.mapping satisfies Mapping, now);
      tables.delete(token);
      return { created: records.length, skipped: reading.rows.length - records.length, activityIds };
    },

    'file/export-table': async ({ planId, what, format, language }) => {
      const plan = await findPlan(ws.db, planId);
      if (!plan) throw notFound('plan', planId);
      const en = language === 'en';
      const activities = await listActivities(ws.db, planId);
      const titles = new Map(activities.map((a) => [a.id, a.title]));
      const sheets: SheetSpec[] = [];
      if (what === 'activities' || what === 'all')
        sheets.push(tabulate(en ? 'Activities' : '活动', activityColumns(language), activities));
      if (what === 'budget' || what === 'all') {
        const { budgetPhases } = await readPlanSettings(ws.db, planId);
        // Planners read 执行 / Execution, never the key "execution".
        const names = new Map<string, string>([
          ['reserve', en ? 'Reserve' : '预备金'],
          ...budgetPhases.map((p) => [p.key, en ? p.nameEn : p.nameZh] as const),
        ]);
        const cols = budgetColumns(
          (id) => (id ? (titles.get(id) ?? '') : ''),
          (key) => names.get(key) ?? key,
          language,
        );
        sheets.push(tabulate(en ? 'Budget' : '预算', cols, await listBudgetLines(ws.db, planId)));
      }
      if (what === 'risks' || what === 'all')
        sheets.push(tabulate(en ? 'Risks' : '风险', riskColumns(language), await listRisks(ws.db, planId)));
      const base = safeFileBase(`${plan.name}-${what === 'all' ? (en ? 'export' : '导出') : sheets[0].name}`);
      if (format === 'xlsx') {
        return {
          fileName: `${base}.xlsx`,
          mimeType: XLSX_MIME,
          contentBase64: (await writeXlsx(sheets)).toString('base64'),
        };
      }
      if (sheets.length !== 1) {
        throw new AppError('VALIDATION', {
          'zh-CN': 'CSV 一次只能导出一张表，请选择活动、预算或风险。',
          en: 'A CSV holds one table; choose activities, budget or risks.',
        });
      }
      return { fileName: `${base}.csv`, mimeType: 'text/csv', contentBase64: writeCsv(sheets[0]).toString('base64') };
    },
  };
}

type Stamp = { createdAt: string; updatedAt: string };

function activity(planId: string, a: Omit<ActivityRecord, 'plannedCents'>, stamp: Stamp): Activity {
  return { ...a, id: crypto.randomUUID(), planId, ...stamp } satisfies Activity;
}

function line(planId: string, b: BudgetRecord, stamp: Stamp): BudgetLine {
  return { ...b, id: crypto.randomUUID(), planId, ...stamp } satisfies BudgetLine;
}

/** The budget line an activity row's amount column becomes: category "other", described by the title. */
function moneyLine(planId: string, activityId: string, title: string, plannedCents: number, stamp: Stamp): BudgetLine {
  const { planId: _p, ...b } = BudgetLineInput.parse({
    planId,
    activityId,
    category: 'other',
    description: title.slice(0, 200),
    plannedCents,
  });
  return line(planId, b, stamp);
}

function needsYear(): AppError {
  return new AppError(
    'VALIDATION',
    {
      'zh-CN': '表格中有不带年份的日期（如 3月8日），请先指定年份。',
      en: 'Some dates have no year (e.g. 3月8日); choose the year first.',
    },
    { reason: 'needs_year' },
  );
}
