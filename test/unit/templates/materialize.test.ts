import { expect, it } from 'vitest';
import { createWorkCalendar } from '../../../src-shared/calendar';
import {
  ActivityInput,
  BudgetLineInput,
  KpiInput,
  PlanInput,
  ResourceInput,
  RiskInput,
  SegmentInput,
  TaskInput,
} from '../../../src-shared/model';
import { TEMPLATE_IDS, createPlanDraft, materializeDraft } from '../../../src-shared/templates';
import { idSource } from './harness';

const cal = createWorkCalendar();

it('every materialized row passes the model Input schema the service validates with', () => {
  for (const templateId of TEMPLATE_IDS) {
    const draft = createPlanDraft({ templateId, year: 2026, planName: templateId, scale: 30_000 }, cal);
    const m = materializeDraft(draft, idSource());
    const check = (
      schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
      rows: unknown[],
      what: string,
    ) => {
      for (const row of rows) {
        const r = schema.safeParse(row);
        expect(r.success, `${templateId} ${what}: ${JSON.stringify(r.error)}`).toBe(true);
      }
    };
    check(PlanInput, [m.plan], 'plan');
    check(ResourceInput, m.createResources, 'resource');
    check(SegmentInput, m.createSegments, 'segment');
    check(ActivityInput, m.activities, 'activity');
    check(BudgetLineInput, m.budgetLines, 'budget line');
    check(RiskInput, m.risks, 'risk');
    check(KpiInput, m.kpis, 'kpi');
    check(TaskInput, m.tasks, 'task');
    const kpiIds = new Set(m.kpis.map((k) => k.id));
    const taskIds = new Set(m.tasks.map((t) => t.id));
    const actIds = new Set(m.activities.map((a) => a.id));
    for (const r of m.risks) {
      if (r.triggerKpiId) expect(kpiIds.has(r.triggerKpiId)).toBe(true);
      for (const a of r.linkedActivityIds ?? []) expect(actIds.has(a)).toBe(true);
    }
    for (const t of m.tasks) for (const d of t.dependsOn ?? []) expect(taskIds.has(d)).toBe(true);
  }
});

it('reuses workspace resources and segments with the same name', () => {
  const draft = createPlanDraft({ templateId: 'retention', year: 2026, planName: 'r', scale: 30_000 }, cal);
  const hall = '11111111-1111-4111-8111-111111111111';
  const gold = '22222222-2222-4222-8222-222222222222';
  const m = materializeDraft(draft, idSource(), {
    resources: [{ id: hall, name: '多功能厅', kind: 'venue' }],
    segments: [{ id: gold, name: '金卡会员', dimension: 'tier' }],
  });
  expect(m.resourceIds.venue_hall).toBe(hall);
  expect(m.segmentIds.tier_gold).toBe(gold);
  expect(m.createResources.some((r) => r.name === '多功能厅')).toBe(false);
  expect(m.activities[0].claims?.some((c) => c.resourceId === hall)).toBe(true);
  expect(m.activities[0].segmentIds).toContain(gold);
});
