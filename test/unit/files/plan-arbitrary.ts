import fc from 'fast-check';
import {
  ACTIVITY_TYPES,
  type Activity,
  BUDGET_CATEGORIES,
  type BudgetLine,
  type Kpi,
  type Plan,
  RISK_CATEGORIES,
  type Resource,
  type Risk,
  type Segment,
  type Task,
  dayFromNumber,
  dayNumber,
} from '../../../src-shared/model';

/**
 * Generated workspaces for plan-file properties: plans with every kind of item, references
 * between them (claims, segments, budget lines and risks on activities, trigger KPIs, task
 * dependencies, engine settings naming activities) and awkward text (Chinese, emoji, quotes).
 */
export interface GeneratedWorkspace {
  plans: { plan: Plan; settingsJson: string }[];
  resources: Resource[];
  segments: Segment[];
  activities: Activity[];
  budgetLines: BudgetLine[];
  risks: Risk[];
  kpis: Kpi[];
  tasks: Task[];
}

const NOW = '2026-01-01T00:00:00.000Z';
const stamp = { createdAt: NOW, updatedAt: NOW };
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('春节会员日', '"quoted", comma', '=SUM(A1)', '🎉 派对'),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const day = fc.integer({ min: dayNumber('2025-06-01'), max: dayNumber('2027-06-01') });
const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

export const workspaceArb: fc.Arbitrary<GeneratedWorkspace> = fc
  .record({
    planCount: fc.integer({ min: 1, max: 2 }),
    resources: fc.array(
      fc.record({
        name: text,
        kind: pick(['venue', 'staff', 'equipment', 'channel'] as const),
        q: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 3 },
    ),
    segments: fc.array(fc.record({ name: text, gap: fc.integer({ min: 0, max: 14 }) }), { maxLength: 3 }),
    activities: fc.array(
      fc.record({
        plan: fc.nat(),
        title: text,
        type: pick(ACTIVITY_TYPES),
        start: day,
        len: fc.integer({ min: 0, max: 5 }),
        timed: fc.boolean(),
        hour: fc.integer({ min: 0, max: 21 }),
        claims: fc.array(fc.nat(), { maxLength: 3 }),
        segs: fc.array(fc.nat(), { maxLength: 3 }),
        notes: fc.string({ maxLength: 40 }),
        people: fc.option(fc.nat({ max: 5000 }), { nil: null }),
      }),
      { maxLength: 8 },
    ),
    lines: fc.array(
      fc.record({
        act: fc.option(fc.nat(), { nil: null }),
        cat: pick(BUDGET_CATEGORIES),
        cents: fc.integer({ min: 0, max: 1e12 }),
        plan: fc.nat(),
      }),
      { maxLength: 4 },
    ),
    kpis: fc.array(fc.record({ plan: fc.nat(), name: text, target: fc.double({ min: -1e6, max: 1e6, noNaN: true }) }), {
      maxLength: 3,
    }),
    risks: fc.array(
      fc.record({
        plan: fc.nat(),
        title: text,
        cat: pick(RISK_CATEGORIES),
        p: fc.integer({ min: 1, max: 5 }),
        kpi: fc.option(fc.nat(), { nil: null }),
        dangling: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    tasks: fc.array(fc.record({ plan: fc.nat(), title: text, fixed: day, dep: fc.option(fc.nat(), { nil: null }) }), {
      maxLength: 4,
    }),
    rules: fc.boolean(),
  })
  .map((g) => {
    const id = () => crypto.randomUUID();
    const plans = Array.from({ length: g.planCount }, (_, i) => ({
      plan: {
        id: id(),
        name: `方案 ${i}`,
        timeZone: 'Asia/Shanghai',
        currency: 'CNY',
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        ...stamp,
      } satisfies Plan,
      settingsJson: '{}',
    }));
    const planOf = (n: number) => plans[n % plans.length].plan.id;
    const resources: Resource[] = g.resources.map((r) => ({
      id: id(),
      name: r.name,
      kind: r.kind,
      quantity: r.q,
      dailyCapacity: r.kind === 'channel' ? 1000 : null,
      periodCapacity: null,
      unavailableDates: [],
      notes: '',
      ...stamp,
    }));
    const segments: Segment[] = g.segments.map((s) => ({
      id: id(),
      name: s.name,
      dimension: 'tier',
      size: null,
      minGapDays: s.gap,
      weeklyMax: null,
      ...stamp,
    }));
    const activities: Activity[] = g.activities.map((a) => {
      const start = dayFromNumber(a.start);
      const end = dayFromNumber(a.start + a.len);
      const hh = String(a.hour).padStart(2, '0');
      return {
        id: id(),
        planId: planOf(a.plan),
        title: a.title,
        type: a.type,
        status: 'planned',
        allDay: !a.timed,
        start: a.timed ? `${start}T${hh}:00` : start,
        end: a.timed ? `${start}T${String(a.hour + 2).padStart(2, '0')}:30` : end,
        windowStart: null,
        windowEnd: null,
        priority: 'normal',
        pinned: false,
        owner: '',
        expectedParticipants: a.people,
        notes: a.notes,
        backupPlan: '',
        claims: resources.length
          ? [...new Set(a.claims.map((c) => resources[c % resources.length].id))].map((resourceId) => ({
              resourceId,
              quantity: 1,
            }))
          : [],
        segmentIds: segments.length ? [...new Set(a.segs.map((s) => segments[s % segments.length].id))] : [],
        ...stamp,
      };
    });
    const actOf = (planId: string, n: number | null) => {
      const own = activities.filter((a) => a.planId === planId);
      return n === null || own.length === 0 ? null : own[n % own.length].id;
    };
    const base = { phase: '', owner: '', notes: '', ...stamp };
    const budgetLines: BudgetLine[] = g.lines.map((l) => {
      const planId = planOf(l.plan);
      return {
        id: id(),
        planId,
        activityId: actOf(planId, l.act),
        phase: '',
        category: l.cat,
        description: '',
        plannedCents: l.cents,
        committedCents: 0,
        actualCents: 0,
        unplanned: false,
        date: null,
        approvalStatus: 'not_submitted',
        approvedBy: '',
        notes: '',
        ...stamp,
      };
    });
    const kpis: Kpi[] = g.kpis.map((k) => ({
      ...base,
      id: id(),
      planId: planOf(k.plan),
      activityId: null,
      name: k.name,
      unit: '',
      baseline: null,
      target: k.target,
      actual: null,
      higherIsBetter: true,
      triggerThreshold: null,
      triggerComparison: 'lt',
      triggerAction: '',
    }));
    const risks: Risk[] = g.risks.map((r) => {
      const planId = planOf(r.plan);
      const own = kpis.filter((k) => k.planId === planId);
      const trigger = r.dangling ? id() : r.kpi === null || own.length === 0 ? null : own[r.kpi % own.length].id;
      return {
        ...base,
        id: id(),
        planId,
        activityId: null,
        title: r.title,
        category: r.cat,
        probability: r.p,
        impact: 6 - r.p,
        mitigation: '',
        contingency: '',
        reserveCents: 0,
        status: 'open',
        triggerKpiId: trigger,
        triggerThreshold: null,
        triggerDirection: 'below',
        triggerNote: '',
        emergencyLevel: null,
        responseMinutes: null,
        residualProbability: null,
        residualImpact: null,
        linkedActivityIds: activities
          .filter((a) => a.planId === planId)
          .slice(0, 2)
          .map((a) => a.id),
      };
    });
    const tasks: Task[] = [];
    for (const t of g.tasks) {
      const planId = planOf(t.plan);
      const earlier = tasks.filter((x) => x.planId === planId);
      tasks.push({
        ...base,
        id: id(),
        planId,
        activityId: null,
        title: t.title,
        offsetDays: null,
        fixedDate: dayFromNumber(t.fixed),
        durationDays: 1,
        leadDays: null,
        milestone: false,
        status: 'todo',
        dependsOn: t.dep === null || earlier.length === 0 ? [] : [earlier[t.dep % earlier.length].id],
        raci: [],
      });
    }
    if (g.rules) {
      for (const p of plans) {
        const own = activities.filter((a) => a.planId === p.plan.id);
        if (own.length >= 2)
          p.settingsJson = JSON.stringify({
            rules: { precedence: [{ before: own[0].id, after: own[1].id, minGapDays: 1 }] },
          });
      }
    }
    return { plans, resources, segments, activities, budgetLines, risks, kpis, tasks };
  });
