import type { Handlers } from '../../src-shared/contract';
import { AppError } from '../../src-shared/errors';
import { type OfficialYear, createWorkCalendar, shippedOfficialYears } from '../../src-shared/calendar';
import {
  type Activity,
  ActivityInput,
  BudgetLineInput,
  KpiInput,
  type Plan,
  PlanInput,
  ResourceInput,
  RiskInput,
  SegmentInput,
  TaskInput,
} from '../../src-shared/model';
import { RulesEngine } from '../../src-shared/rules';
import {
  type PlanDraft,
  TEMPLATE_INFO,
  type TemplateNotice,
  createPlanDraft,
  materializeDraft,
} from '../../src-shared/templates';
import { budgetLineToRow, kpiToRow, riskToRow, taskToRow } from '../db/queries/plan-items';
import { loadImportedYears } from '../db/queries/holiday-years';
import { planToRow } from '../db/queries/plans';
import { listResources, listSegments, resourceToRow, segmentToRow } from '../db/queries/resources';
import { insertActivities } from './activity-rows';
import type { EditRecorder } from './edit-recorder';
import { label } from './localize';
import { loadRulesInput } from './engine-input';
import { storedSettingsJson } from './settings-handlers';
import { rowsIn } from './large-change';
import type { Workspace } from './workspace';

/**
 * "New plan from template": the pure generator in src-shared/templates drafts the plan; this
 * turns the draft into rows in ONE edit (one transaction, one undo step), reusing workspace
 * resources and segments with the same name so plans compete for the same venue and members.
 */
export function templateHandlers(ws: Workspace): Pick<Handlers, 'plan/create-from-template'> {
  return {
    'plan/create-from-template': async (request) => {
      // Years the planner imported (a future year's notice) count as official data too.
      const draft = draftOrError(request, await loadImportedYears(ws.db));
      const info = TEMPLATE_INFO[draft.templateId];
      await ws.beforeLargeChange(rowsIn(draft));
      const created = await ws.edit(
        label('从模板新建', 'Create from template', '方案', 'plan', `${draft.plan.name}（${info.nameZh}）`),
        async (rec) => {
          const plan = await insertDraft(rec, draft, ws.now());
          return { plan, notices: draft.notices };
        },
      );
      const clashes = await clashesWithOtherPlans(ws, created.plan.id);
      return { ...created, notices: [...created.notices, ...clashes] };
    },
  };
}

/**
 * Hard conflicts between the new plan and plans already in the workspace (a shared venue, crew
 * or channel over its limit), as notices that name the other plans and say what clashes.
 */
async function clashesWithOtherPlans(ws: Workspace, planId: string): Promise<TemplateNotice[]> {
  const input = await loadRulesInput(ws.db, planId);
  const names = new Map(input.plans.map((p) => [p.id, p.name]));
  const notices: TemplateNotice[] = [];
  for (const f of new RulesEngine(input).findings()) {
    if (f.severity !== 'hard' || !f.planIds.includes(planId)) continue;
    const others = f.planIds.filter((id) => id !== planId).map((id) => names.get(id) ?? id);
    if (others.length === 0) continue;
    notices.push({
      'zh-CN': `与已有方案「${others.join('」「')}」硬冲突：${f.message['zh-CN']}`,
      en: `Hard conflict with the existing plan${others.length > 1 ? 's' : ''} "${others.join('", "')}": ${f.message.en}`,
    });
  }
  return notices;
}

function draftOrError(request: Parameters<typeof createPlanDraft>[0], imported: OfficialYear[]): PlanDraft {
  try {
    return createPlanDraft(request, createWorkCalendar({ officialYears: [...shippedOfficialYears(), ...imported] }));
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
  const existing = { resources: await listResources(rec.trx), segments: await listSegments(rec.trx) };
  const m = materializeDraft(d, () => crypto.randomUUID(), existing);

  const plan: Plan = { ...PlanInput.parse(m.plan), id: m.planId, ...stamp };
  const rules = { phases: m.phases, precedence: m.precedence, phaseCaps: m.phaseCaps };
  await rec.insert('plans', planToRow(plan, storedSettingsJson(m.settings, rules)));
  rec.touchPlan(plan.id);

  // Everything passes through its create schema, so fields a later version adds get their defaults.
  const withId = <T extends object>(x: T, id: string) => ({ ...x, id, ...stamp });
  await rec.insertMany(
    'resources',
    m.createResources.map((r) => resourceToRow(withId(ResourceInput.parse(r), r.id))),
  );
  await rec.insertMany(
    'segments',
    m.createSegments.map((s) => segmentToRow(withId(SegmentInput.parse(s), s.id))),
  );

  const activities: Activity[] = m.activities.map(({ major: _major, ...a }) => withId(ActivityInput.parse(a), a.id));
  await insertActivities(rec, activities);
  const newId = () => crypto.randomUUID();
  await rec.insertMany(
    'kpis',
    m.kpis.map((k) => kpiToRow(withId(KpiInput.parse(k), k.id))),
  );
  await rec.insertMany(
    'tasks',
    m.tasks.map((t) => taskToRow(withId(TaskInput.parse(t), t.id))),
  );
  await rec.insertMany(
    'budget_lines',
    m.budgetLines.map((b) => budgetLineToRow(withId(BudgetLineInput.parse(b), newId()))),
  );
  await rec.insertMany(
    'risks',
    m.risks.map((r) => riskToRow(withId(RiskInput.parse(r), newId()))),
  );
  return plan;
}
