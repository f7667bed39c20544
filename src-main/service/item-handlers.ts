import type { Handlers } from '../../src-shared/contract';
import {
  type BudgetLine,
  BudgetLineInput,
  type Kpi,
  KpiInput,
  type Resource,
  ResourceInput,
  type Risk,
  RiskInput,
  type Segment,
  SegmentInput,
  type Task,
  TaskInput,
} from '../../src-shared/model';
import {
  budgetLineFromRow,
  budgetLineToRow,
  kpiFromRow,
  kpiToRow,
  listBudgetLines,
  listKpis,
  listRisks,
  listTasks,
  riskFromRow,
  riskToRow,
  taskFromRow,
  taskToRow,
} from '../db/queries/plan-items';
import {
  listResources,
  listSegments,
  resourceFromRow,
  resourceToRow,
  segmentFromRow,
  segmentToRow,
} from '../db/queries/resources';
import { crudHandlers } from './crud';
import { planItemRefs, riskRefs, taskRefs, unlinkKpi, unlinkTask } from './plan-item-refs';
import type { Workspace } from './workspace';

type ItemChannels =
  | `${'resource' | 'segment' | 'risk' | 'kpi' | 'task'}/${'list' | 'create' | 'update' | 'delete'}`
  | `budget/${'list-lines' | 'create-line' | 'update-line' | 'delete-line'}`;

export function itemHandlers(ws: Workspace): Pick<Handlers, ItemChannels> {
  const resources = crudHandlers<Resource, typeof ResourceInput>(ws, {
    table: 'resources',
    what: 'resource',
    zhWhat: '资源',
    input: ResourceInput,
    find: async (db, id) => {
      const r = await db.selectFrom('resources').selectAll().where('id', '=', id).executeTakeFirst();
      return r && resourceFromRow(r);
    },
    toRow: resourceToRow,
    displayName: (r) => r.name,
    // Claims on a removed resource go with it; undo restores both.
    beforeDelete: async (rec, r) => void (await rec.deleteWhere('activity_claims', 'resource_id', r.id)),
  });
  const segments = crudHandlers<Segment, typeof SegmentInput>(ws, {
    table: 'segments',
    what: 'segment',
    zhWhat: '会员分层',
    input: SegmentInput,
    find: async (db, id) => {
      const r = await db.selectFrom('segments').selectAll().where('id', '=', id).executeTakeFirst();
      return r && segmentFromRow(r);
    },
    toRow: segmentToRow,
    displayName: (s) => s.name,
    beforeDelete: async (rec, s) => void (await rec.deleteWhere('activity_segments', 'segment_id', s.id)),
  });
  const budget = crudHandlers<BudgetLine, typeof BudgetLineInput>(ws, {
    table: 'budget_lines',
    what: 'budget line',
    zhWhat: '预算科目',
    input: BudgetLineInput,
    find: async (db, id) => {
      const r = await db.selectFrom('budget_lines').selectAll().where('id', '=', id).executeTakeFirst();
      return r && budgetLineFromRow(r);
    },
    toRow: budgetLineToRow,
    displayName: (b) => b.description,
    planOf: (b) => b.planId,
    checkRefs: planItemRefs,
  });
  const risks = crudHandlers<Risk, typeof RiskInput>(ws, {
    table: 'risks',
    what: 'risk',
    zhWhat: '风险',
    input: RiskInput,
    find: async (db, id) => {
      const r = await db.selectFrom('risks').selectAll().where('id', '=', id).executeTakeFirst();
      return r && riskFromRow(r);
    },
    toRow: riskToRow,
    displayName: (r) => r.title,
    planOf: (r) => r.planId,
    checkRefs: riskRefs,
  });
  const kpis = crudHandlers<Kpi, typeof KpiInput>(ws, {
    table: 'kpis',
    what: 'KPI',
    zhWhat: '指标',
    input: KpiInput,
    find: async (db, id) => {
      const r = await db.selectFrom('kpis').selectAll().where('id', '=', id).executeTakeFirst();
      return r && kpiFromRow(r);
    },
    toRow: kpiToRow,
    displayName: (k) => k.name,
    planOf: (k) => k.planId,
    checkRefs: planItemRefs,
    beforeDelete: unlinkKpi,
  });
  const tasks = crudHandlers<Task, typeof TaskInput>(ws, {
    table: 'tasks',
    what: 'task',
    zhWhat: '任务',
    input: TaskInput,
    find: async (db, id) => {
      const r = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
      return r && taskFromRow(r);
    },
    toRow: taskToRow,
    displayName: (t) => t.title,
    planOf: (t) => t.planId,
    checkRefs: taskRefs,
    beforeDelete: unlinkTask,
  });

  return {
    'resource/list': () => listResources(ws.db),
    'resource/create': resources.create,
    'resource/update': resources.update,
    'resource/delete': resources.remove,
    'segment/list': () => listSegments(ws.db),
    'segment/create': segments.create,
    'segment/update': segments.update,
    'segment/delete': segments.remove,
    'budget/list-lines': ({ planId }) => listBudgetLines(ws.db, planId),
    'budget/create-line': budget.create,
    'budget/update-line': budget.update,
    'budget/delete-line': budget.remove,
    'risk/list': ({ planId }) => listRisks(ws.db, planId),
    'risk/create': risks.create,
    'risk/update': risks.update,
    'risk/delete': risks.remove,
    'kpi/list': ({ planId }) => listKpis(ws.db, planId),
    'kpi/create': kpis.create,
    'kpi/update': kpis.update,
    'kpi/delete': kpis.remove,
    'task/list': ({ planId }) => listTasks(ws.db, planId),
    'task/create': tasks.create,
    'task/update': tasks.update,
    'task/delete': tasks.remove,
  };
}
