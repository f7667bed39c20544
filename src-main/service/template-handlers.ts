import type { Handlers } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { createWorkCalendar } from '../../src-shared/calendar';
import {
  type Activity,
  BudgetLineInput,
  KpiInput,
  type Plan,
  type Resource,
  RiskInput,
  type Segment,
  TaskInput,
} from '../../src-shared/model';
import { type PlanDraft, TEMPLATE_INFO, createPlanDraft } from '../../src-shared/templates';
import { activityToRow } from '../db/queries/activities';
import { budgetLineToRow, kpiToRow, riskToRow, taskToRow } from '../db/queries/plan-items';
import { planToRow } from '../db/queries/plans';
import { listResources, listSegments, resourceToRow, segmentToRow } from '../db/queries/resources';
import type { EditRecorder } from './edit-recorder';
import { label } from './localize';
import { storedSettingsJson } from './settings-handlers';
import type { Workspace } from './workspace';

/**
 * "New plan from template": the pure generator in src-shared/templates drafts the plan; this
 * turns the draft into rows in ONE edit (one transaction, one undo step), reusing workspace
 * resources and segments with the same name so plans compete for the same venue and members.
 */
export function templateHandlers(ws: Workspace): Pick<Handlers, 'plan/create-from-template'> {
  return {
    'plan/create-from-template': async (request) => {
      const draft = draftOrError(request);
      const info = TEMPLATE_INFO[draft.templateId];
      return ws.edit(
        label('从模板新建', 'Create from template', '方案', 'plan', `${draft.plan.name}（${info.nameZh}）`),
        async (rec) => {
          const plan = await insertDraft(rec, draft, ws.now());
          return { plan, notices: draft.notices };
        },
      );
    },
  };
}

function draftOrError(request: Parameters<typeof createPlanDraft>[0]): PlanDraft {
  try {
    return createPlanDraft(request, createWorkCalendar());
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 300) : String(error);
    throw new AppError(
      'VALIDATION',
      { 'zh-CN': `无法按此模板生成方案：${reason}`, en: `This template could not build a plan: ${reason}` },
      { reason },
    );
  }
}

async function insertDraft(rec: EditRecorder, d: PlanDraft, now: string): Promise<Plan> {
  const stamp = { createdAt: now, updatedAt: now };
  const resourceIds = await matchOrCreateResources(rec, d, now);
  const segmentIds = await matchOrCreateSegments(rec, d, now);

  const plan: Plan = { ...d.plan, id: crypto.randomUUID(), ...stamp };
  const activityIds = new Map(d.activities.map((a) => [a.key, crypto.randomUUID()]));
  const idOf = (key: string | null) => (key === null ? null : (activityIds.get(key) ?? null));
  const rules = {
    phases: d.phases.map((p) => ({
      name: p.nameZh,
      start: p.start,
      end: p.end,
      bufferShare: p.bufferSharePercent / 100,
    })),
    precedence: d.precedence.map((p) => ({
      before: idOf(p.beforeKey),
      after: idOf(p.afterKey),
      minGapDays: p.minGapDays,
    })),
    phaseCaps: d.phaseCaps,
  };
  await rec.insert('plans', planToRow(plan, storedSettingsJson(d.settings, rules)));
  rec.touchPlan(plan.id);

  const activities: Activity[] = d.activities.map(({ key, claims, segmentKeys, major: _major, ...fields }) => ({
    ...fields,
    id: activityIds.get(key) ?? crypto.randomUUID(),
    planId: plan.id,
    claims: claims.map((c) => ({ resourceId: resourceIds.get(c.resourceKey) ?? '', quantity: c.quantity })),
    segmentIds: segmentKeys.map((k) => segmentIds.get(k) ?? ''),
    ...stamp,
  }));
  await rec.insertMany('activities', activities.map(activityToRow));
  await rec.insertMany(
    'activity_claims',
    activities.flatMap((a) =>
      a.claims.map((c) => ({
        id: crypto.randomUUID(),
        activity_id: a.id,
        resource_id: c.resourceId,
        quantity: c.quantity,
      })),
    ),
  );
  await rec.insertMany(
    'activity_segments',
    activities.flatMap((a) => a.segmentIds.map((s) => ({ id: crypto.randomUUID(), activity_id: a.id, segment_id: s }))),
  );

  // Items go through their create schemas, so every field a later version adds gets its default.
  const link = <T extends { activityKey: string | null }>({ activityKey, ...rest }: T) => ({
    ...rest,
    planId: plan.id,
    activityId: idOf(activityKey),
  });
  const stamped = <T extends object>(x: T) => ({ ...x, id: crypto.randomUUID(), ...stamp });
  await rec.insertMany(
    'budget_lines',
    d.budgetLines.map((b) => budgetLineToRow(stamped(BudgetLineInput.parse(link(b))))),
  );
  await rec.insertMany(
    'risks',
    d.risks.map((r) => riskToRow(stamped(RiskInput.parse(link(r))))),
  );
  await rec.insertMany(
    'kpis',
    d.kpis.map((k) => kpiToRow(stamped(KpiInput.parse(link(k))))),
  );
  await rec.insertMany(
    'tasks',
    d.tasks.map((t) => taskToRow(stamped(TaskInput.parse(link(t))))),
  );
  return plan;
}

async function matchOrCreateResources(rec: EditRecorder, d: PlanDraft, now: string): Promise<Map<string, string>> {
  const existing = await listResources(rec.trx);
  const ids = new Map<string, string>();
  const fresh: Resource[] = [];
  for (const { key, ...r } of d.resources) {
    const same = existing.find((e) => e.name === r.name && e.kind === r.kind);
    if (same) ids.set(key, same.id);
    else {
      const created: Resource = { ...r, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
      fresh.push(created);
      ids.set(key, created.id);
    }
  }
  await rec.insertMany('resources', fresh.map(resourceToRow));
  return ids;
}

async function matchOrCreateSegments(rec: EditRecorder, d: PlanDraft, now: string): Promise<Map<string, string>> {
  const existing = await listSegments(rec.trx);
  const ids = new Map<string, string>();
  const fresh: Segment[] = [];
  for (const { key, ...s } of d.segments) {
    const same = existing.find((e) => e.name === s.name && e.dimension === s.dimension);
    if (same) ids.set(key, same.id);
    else {
      const created: Segment = { ...s, id: crypto.randomUUID(), createdAt: now, updatedAt: now };
      fresh.push(created);
      ids.set(key, created.id);
    }
  }
  await rec.insertMany('segments', fresh.map(segmentToRow));
  return ids;
}
