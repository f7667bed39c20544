import type { PlanImportPreview } from '../../../src-shared/contract-files';
import { AppError } from '../../../src-shared/errors';
import type { Activity, BudgetLine, Kpi, Plan, Resource, Risk, Segment, Task } from '../../../src-shared/model/index';
import { insertActivities } from '../activity-rows';
import { budgetLineToRow, kpiToRow, riskToRow, taskToRow } from '../../db/queries/plan-items';
import { planToRow } from '../../db/queries/plans';
import { savePlanDoc } from '../../db/queries/plan-docs';
import { listResources, listSegments, resourceToRow, segmentToRow } from '../../db/queries/resources';
import type { DbOrTrx, EditableTable } from '../../db/schema';
import type { EditRecorder } from '../edit-recorder';
import type { PlanFile } from '../../files/plan-file/format';
import { planImportConflicts } from './import-conflicts';
import {
  type ImportChoices,
  chosenResource,
  chosenSegment,
  copyName,
  matchResource,
  matchSegment,
  mergeClaims,
  renameDeep,
  takenIds,
} from './remap';

export async function previewPlanImport(
  db: DbOrTrx,
  file: PlanFile,
  token: string,
  fileName: string,
): Promise<PlanImportPreview> {
  const [resources, segments] = await Promise.all([listResources(db), listSegments(db)]);
  const count = (planId: string, rows: readonly { planId: string }[]) => rows.filter((r) => r.planId === planId).length;
  const taken = await takenIds(
    db,
    'plans',
    file.plans.map((p) => p.id),
  );
  // A plan whose id is here already: the file is an export of that plan (or an earlier import of it).
  const here = new Map(
    taken.size === 0
      ? []
      : (
          await db
            .selectFrom('plans')
            .select(['id', 'name'])
            .where('id', 'in', [...taken])
            .execute()
        ).map((p) => [p.id, p.name] as const),
  );
  // The default matches; the dialog asks file/plan-import-conflicts again when the planner remaps.
  const conflicts = await planImportConflicts(db, file, { resourceMap: {}, segmentMap: {} }, { resources, segments });
  return {
    token,
    fileName,
    formatVersion: file.version,
    writtenBy: file.app,
    plans: file.plans.map((p) => ({
      fileId: p.id,
      name: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      activities: count(p.id, file.activities),
      budgetLines: count(p.id, file.budgetLines),
      risks: count(p.id, file.risks),
      kpis: count(p.id, file.kpis),
      tasks: count(p.id, file.tasks),
      copyOf: here.has(p.id) ? { id: p.id, name: here.get(p.id) ?? '' } : null,
    })),
    resources: file.resources.map((r) => {
      const m = matchResource(resources, r);
      return { fileId: r.id, name: r.name, kind: r.kind, quantity: r.quantity, match: m && { id: m.id, name: m.name } };
    }),
    segments: file.segments.map((s) => {
      const m = matchSegment(segments, s);
      return { fileId: s.id, name: s.name, dimension: s.dimension, match: m && { id: m.id, name: m.name } };
    }),
    copiesExisting: taken.size > 0,
    conflicts,
  };
}

/**
 * Writes the file's content inside the caller's edit (one transaction, one undo step).
 * A row keeps its file id when that id is free here, else it gets a fresh one; every reference,
 * including ids inside the stored engine settings, follows the renaming.
 */
export async function applyPlanImport(
  rec: EditRecorder,
  file: PlanFile,
  choices: ImportChoices,
  now: string,
): Promise<string[]> {
  const stamp = { createdAt: now, updatedAt: now };
  const ids = new Map<string, string>();
  const [resources, segments] = await Promise.all([listResources(rec.trx), listSegments(rec.trx)]);
  const resById = new Map(resources.map((r) => [r.id, r]));
  const segById = new Map(segments.map((s) => [s.id, s]));

  const newResources: Resource[] = [];
  for (const r of file.resources) {
    const chosen = chosenResource(resources, resById, choices.resourceMap, r);
    if (chosen) ids.set(r.id, chosen.id);
    else newResources.push({ ...r, ...stamp });
  }
  const newSegments: Segment[] = [];
  for (const s of file.segments) {
    const chosen = chosenSegment(segments, segById, choices.segmentMap, s);
    if (chosen) ids.set(s.id, chosen.id);
    else newSegments.push({ ...s, ...stamp });
  }

  await assignIds(rec.trx, ids, 'resources', newResources);
  await assignIds(rec.trx, ids, 'segments', newSegments);
  await assignIds(rec.trx, ids, 'plans', file.plans);
  await assignIds(rec.trx, ids, 'activities', file.activities);
  await assignIds(rec.trx, ids, 'budget_lines', file.budgetLines);
  await assignIds(rec.trx, ids, 'risks', file.risks);
  await assignIds(rec.trx, ids, 'kpis', file.kpis);
  await assignIds(rec.trx, ids, 'tasks', file.tasks);
  await assignIds(rec.trx, ids, 'baselines', file.baselines);
  const to = (id: string) => ids.get(id) ?? id;
  const toNullable = (id: string | null) => (id === null ? null : to(id));

  await rec.insertMany(
    'resources',
    newResources.map((r) => resourceToRow({ ...r, id: to(r.id) })),
  );
  await rec.insertMany(
    'segments',
    newSegments.map((s) => segmentToRow({ ...s, id: to(s.id) })),
  );
  for (const { settings, ...p } of file.plans) {
    // A plan already here comes in as a copy, named so the planner can tell the two apart.
    const name = to(p.id) === p.id ? p.name : copyName(p.name, choices.language);
    const plan: Plan = { ...p, name, id: to(p.id), ...stamp };
    await rec.insert('plans', planToRow(plan, JSON.stringify(renameDeep(settings, ids))));
    rec.touchPlan(plan.id);
    // A plan that keeps its id keeps its document too: this copy then shares its history with
    // the exporter's, so the two can merge later (a plan renamed to a copy starts a history of its own).
    const doc = file.automerge?.[p.id];
    if (plan.id === p.id && doc) await savePlanDoc(rec.trx, plan.id, Buffer.from(doc, 'base64'), now);
  }
  const activities: Activity[] = file.activities.map((a) => ({
    ...a,
    id: to(a.id),
    planId: to(a.planId),
    claims: mergeClaims(a.claims.map((c) => ({ resourceId: to(c.resourceId), quantity: c.quantity }))),
    segmentIds: [...new Set(a.segmentIds.map(to))],
    ...stamp,
  }));
  await insertActivities(rec, activities);
  const own = <T extends { id: string; planId: string; activityId: string | null }>(x: T) => ({
    ...x,
    id: to(x.id),
    planId: to(x.planId),
    activityId: toNullable(x.activityId),
    ...stamp,
  });
  await rec.insertMany(
    'budget_lines',
    file.budgetLines.map((b) => budgetLineToRow(own(b) as BudgetLine)),
  );
  await rec.insertMany(
    'risks',
    file.risks.map((r) =>
      riskToRow({
        ...own(r),
        triggerKpiId: toNullable(r.triggerKpiId),
        linkedActivityIds: r.linkedActivityIds.map(to),
      } as Risk),
    ),
  );
  await rec.insertMany(
    'kpis',
    file.kpis.map((k) => kpiToRow(own(k) as Kpi)),
  );
  await rec.insertMany(
    'tasks',
    file.tasks.map((t) => taskToRow({ ...own(t), dependsOn: t.dependsOn.map(to) } as Task)),
  );
  // A baseline's content names activities, lines, KPIs, resources and segments: all follow the renaming.
  await rec.insertMany(
    'baselines',
    file.baselines.map((b) => ({
      id: to(b.id),
      plan_id: to(b.planId),
      name: b.name,
      note: b.note,
      is_reference: b.isReference ? 1 : 0,
      content_json: JSON.stringify(renameDeep(b.content, ids)),
      created_at: b.frozenAt,
      updated_at: now,
    })),
  );
  return file.plans.map((p) => to(p.id));
}

/** Rows whose id is taken here get a fresh one; the others keep theirs. */
async function assignIds(
  db: DbOrTrx,
  ids: Map<string, string>,
  table: EditableTable,
  rows: readonly { id: string }[],
): Promise<void> {
  const taken = await takenIds(
    db,
    table,
    rows.map((r) => r.id),
  );
  for (const r of rows) if (taken.has(r.id)) ids.set(r.id, crypto.randomUUID());
}

export function expiredPreview(): AppError {
  return new AppError(
    'NOT_FOUND',
    { 'zh-CN': '导入预览已过期，请重新选择文件。', en: 'The import preview has expired; choose the file again.' },
    { what: 'preview' },
  );
}
