import { z } from 'zod';
import {
  ActivityInput,
  BudgetLineInput,
  Cents,
  IsoDay,
  KpiInput,
  Name,
  PlanInput,
  PlanSettings,
  ResourceInput,
  RiskInput,
  SegmentInput,
  TaskInput,
  checkActivityTiming,
  dayNumber,
} from '../model';

/**
 * A plan as a template produces it, before it has ids. Rows refer to each other by local keys
 * (`resources[].key`, `segments[].key`, `activities[].key`); the service turns a draft into rows
 * in ONE transaction / undo step:
 *   1. resources and segments: reuse a workspace row with the same name and kind (resources) or
 *      name and dimension (segments), else create it, so two plans built from templates compete
 *      for the same 多功能厅 and the same 金卡会员 and the engine sees the real clashes;
 *   2. the plan (`plan`), with `settings` stored as its PlanSettings;
 *   3. activities: `claims[].resourceKey` → resourceId, `segmentKeys` → segmentIds, drop `key`/`major`
 *      (`major` marks the quarter's 4-5 重点活动; the service may keep it as a tag or in notes);
 *   4. budget lines, risks, KPIs and tasks: `activityKey` → activityId (null stays null);
 *   5. `phases` and `precedence` become the plan's rule settings (buffer share, before/after pairs),
 *      and `phaseCaps` the budget caps per phase.
 * Every field other than the keys is exactly the corresponding *Input field, without planId.
 */
export const TEMPLATE_IDS = ['member_campaign', 'retention', 'member_conference', 'city_promotion'] as const;
export const TemplateId = z.enum(TEMPLATE_IDS);
export type TemplateId = z.infer<typeof TemplateId>;

export const DraftKey = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'keys are lower-case ascii');

const { planId: _ap, claims: _ac, segmentIds: _as, ...activityShape } = ActivityInput.shape;
export const DraftClaim = z.object({ resourceKey: DraftKey, quantity: z.number().int().min(1).max(100_000_000) });
export const DraftActivity = z
  .object({
    key: DraftKey,
    ...activityShape,
    claims: z.array(DraftClaim).max(200).default([]),
    segmentKeys: z.array(DraftKey).max(200).default([]),
    major: z.boolean().default(false),
  })
  .superRefine((a, ctx) => checkActivityTiming(a, ctx));
export type DraftActivity = z.input<typeof DraftActivity>;

export const DraftResource = ResourceInput.safeExtend({ key: DraftKey });
export type DraftResource = z.input<typeof DraftResource>;
export const DraftSegment = SegmentInput.extend({ key: DraftKey });
export type DraftSegment = z.input<typeof DraftSegment>;

const { planId: _bp, activityId: _ba, ...budgetShape } = BudgetLineInput.shape;
export const DraftBudgetLine = z.object({ activityKey: DraftKey.nullable().default(null), ...budgetShape });
export type DraftBudgetLine = z.input<typeof DraftBudgetLine>;

const { planId: _rp, activityId: _ra, triggerKpiId: _rk, linkedActivityIds: _rl, ...riskShape } = RiskInput.shape;
/** A risk; its early-warning KPI and linked activities are named by key (`kpis[].key`, `activities[].key`). */
export const DraftRisk = z
  .object({
    activityKey: DraftKey.nullable().default(null),
    ...riskShape,
    triggerKpiKey: DraftKey.nullable().default(null),
    linkedActivityKeys: z.array(DraftKey).max(200).default([]),
  })
  .refine((r) => r.triggerKpiKey === null || r.triggerThreshold !== null, {
    message: 'an early warning on a KPI needs a threshold',
    path: ['triggerThreshold'],
  });
export type DraftRisk = z.input<typeof DraftRisk>;

const { planId: _kp, activityId: _ka, ...kpiShape } = KpiInput.shape;
/** A KPI; `key` is needed only when a risk watches it as its early warning. */
export const DraftKpi = z.object({
  key: DraftKey.optional(),
  activityKey: DraftKey.nullable().default(null),
  ...kpiShape,
});
export type DraftKpi = z.input<typeof DraftKpi>;

const { planId: _tp, activityId: _ta, dependsOn: _td, ...taskShape } = TaskInput.shape;
/** A task; `key` is needed only when another task depends on it (`dependsOnKeys`). */
export const DraftTask = z
  .object({
    key: DraftKey.optional(),
    activityKey: DraftKey.nullable().default(null),
    ...taskShape,
    dependsOnKeys: z.array(DraftKey).max(100).default([]),
  })
  .refine((t) => (t.offsetDays !== null && t.offsetDays !== undefined && !!t.activityKey) || !!t.fixedDate, {
    message: 'a task needs an offset from its activity or a fixed date',
    path: ['offsetDays'],
  })
  .refine((t) => new Set(t.raci.map((e) => e.person)).size === t.raci.length, {
    message: 'each person may hold only one RACI role on a task',
    path: ['raci'],
  });
export type DraftTask = z.input<typeof DraftTask>;

/** A plan phase with the share of its end kept free as buffer (缓冲时间, docs/domain.md §3-§4). */
export const DraftPhase = z.object({
  key: DraftKey,
  nameZh: Name,
  nameEn: Name,
  start: IsoDay,
  end: IsoDay,
  bufferSharePercent: z.number().int().min(0).max(90),
});
export type DraftPhase = z.infer<typeof DraftPhase>;

export const DraftPrecedence = z.object({
  beforeKey: DraftKey,
  afterKey: DraftKey,
  minGapDays: z.number().int().min(0).max(365),
});

/** A notice in both UI languages: the planner reads it in whichever the UI speaks. */
export const TemplateNotice = z.object({ 'zh-CN': z.string(), en: z.string() });
export type TemplateNotice = z.infer<typeof TemplateNotice>;

export const PlanDraft = z
  .object({
    templateId: TemplateId,
    plan: PlanInput,
    settings: PlanSettings,
    /** The plan's total budget; budget lines sum to it exactly, to the cent. */
    budgetTotalCents: Cents,
    /** Spending caps per budget-line phase (the phase totals), in cents. */
    phaseCaps: z.record(z.string(), Cents),
    resources: z.array(DraftResource),
    segments: z.array(DraftSegment),
    activities: z.array(DraftActivity).min(1),
    budgetLines: z.array(DraftBudgetLine),
    risks: z.array(DraftRisk),
    kpis: z.array(DraftKpi),
    tasks: z.array(DraftTask),
    phases: z.array(DraftPhase),
    precedence: z.array(DraftPrecedence),
    /** What the planner should know, e.g. a year without official holiday data. */
    notices: z.array(TemplateNotice),
  })
  .superRefine((d, ctx) => {
    const keys = (items: { key: string }[], path: string) => {
      const set = new Set<string>();
      items.forEach((x, i) => {
        if (set.has(x.key)) ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: `duplicate key ${x.key}` });
        set.add(x.key);
      });
      return set;
    };
    const res = keys(d.resources, 'resources');
    const seg = keys(d.segments, 'segments');
    const act = keys(d.activities, 'activities');
    keys(d.phases, 'phases');
    const optionalKeys = (items: { key?: string }[], path: string) => {
      const set = new Set<string>();
      items.forEach((x, i) => {
        if (x.key === undefined) return;
        if (set.has(x.key)) ctx.addIssue({ code: 'custom', path: [path, i, 'key'], message: `duplicate key ${x.key}` });
        set.add(x.key);
      });
      return set;
    };
    const kpi = optionalKeys(d.kpis, 'kpis');
    const task = optionalKeys(d.tasks, 'tasks');
    d.risks.forEach((r, i) => {
      if (r.triggerKpiKey !== null && !kpi.has(r.triggerKpiKey)) {
        ctx.addIssue({
          code: 'custom',
          path: ['risks', i, 'triggerKpiKey'],
          message: `unknown KPI ${r.triggerKpiKey}`,
        });
      }
      r.linkedActivityKeys.forEach((k) => {
        if (!act.has(k))
          ctx.addIssue({ code: 'custom', path: ['risks', i, 'linkedActivityKeys'], message: `unknown activity ${k}` });
      });
    });
    d.tasks.forEach((t, i) => {
      t.dependsOnKeys.forEach((k) => {
        if (!task.has(k) || k === t.key)
          ctx.addIssue({ code: 'custom', path: ['tasks', i, 'dependsOnKeys'], message: `unknown task ${k}` });
      });
    });
    const lo = dayNumber(d.plan.startDate);
    const hi = dayNumber(d.plan.endDate);
    d.activities.forEach((a, i) => {
      a.claims.forEach((c) => {
        if (!res.has(c.resourceKey))
          ctx.addIssue({
            code: 'custom',
            path: ['activities', i, 'claims'],
            message: `unknown resource ${c.resourceKey}`,
          });
      });
      a.segmentKeys.forEach((k) => {
        if (!seg.has(k))
          ctx.addIssue({ code: 'custom', path: ['activities', i, 'segmentKeys'], message: `unknown segment ${k}` });
      });
      if (dayNumber(a.start) < lo || dayNumber(a.end) > hi) {
        ctx.addIssue({ code: 'custom', path: ['activities', i], message: `${a.key} lies outside the plan` });
      }
    });
    const refs: [string, { activityKey: string | null }[]][] = [
      ['budgetLines', d.budgetLines],
      ['risks', d.risks],
      ['kpis', d.kpis],
      ['tasks', d.tasks],
    ];
    for (const [path, rows] of refs) {
      rows.forEach((r, i) => {
        if (r.activityKey !== null && !act.has(r.activityKey)) {
          ctx.addIssue({
            code: 'custom',
            path: [path, i, 'activityKey'],
            message: `unknown activity ${r.activityKey}`,
          });
        }
      });
    }
    d.precedence.forEach((p, i) => {
      if (!act.has(p.beforeKey) || !act.has(p.afterKey))
        ctx.addIssue({ code: 'custom', path: ['precedence', i], message: 'unknown activity' });
    });
    const sum = d.budgetLines.reduce((s, l) => s + l.plannedCents, 0);
    if (sum !== d.budgetTotalCents) {
      ctx.addIssue({
        code: 'custom',
        path: ['budgetLines'],
        message: `budget lines sum to ${sum}, not ${d.budgetTotalCents}`,
      });
    }
  });
export type PlanDraft = z.output<typeof PlanDraft>;
export type PlanDraftInput = z.input<typeof PlanDraft>;

/**
 * What "New plan from template" asks for. A year means Jan 1 of that year; a start date wins
 * over a year. The member campaign calendar covers twelve whole months from the first of the
 * start date's month; the other templates start on the start date itself.
 */
export const TemplateRequest = z
  .object({
    templateId: TemplateId,
    startDate: IsoDay.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    planName: Name,
    /** Expected members (the scale the template sizes audiences, quantities and KPIs by). */
    scale: z.number().int().min(100).max(100_000_000),
    /** Days the planner has blacked out; templates place nothing on them. */
    blackoutDates: z.array(IsoDay).max(3660).default([]),
    /** The total budget in yuan, when the planner sets it instead of the template's figure. */
    budgetYuan: z.number().int().min(1000).max(10_000_000_000).optional(),
    /** City promotion: revenue per member a year in yuan (the budget is 8-10% of revenue). */
    revenuePerMemberYuan: z.number().min(1).max(10_000_000).optional(),
    /** The UI language the plan is made in: its activity, budget, KPI, risk and task texts are written in it. */
    language: z.enum(['zh-CN', 'en']).default('zh-CN'),
  })
  .refine((r) => r.startDate !== undefined || r.year !== undefined, {
    message: 'give a start date or a year',
    path: ['startDate'],
  });
export type TemplateRequest = z.input<typeof TemplateRequest>;
