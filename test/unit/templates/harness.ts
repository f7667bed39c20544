import type { PlanCalendar } from '../../../src-shared/calendar';
import { dayNumber } from '../../../src-shared/model/dates';
import {
  RuleSettings,
  type Finding,
  type RulesInput,
  detectConflicts,
  horizonOf,
  snapshotCalendar,
} from '../../../src-shared/rules';
import { type MaterializedDraft, type PlanDraft, materializeDraft } from '../../../src-shared/templates';

/** Deterministic RFC 4122-shaped ids for tests. */
export function idSource(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
}

/**
 * Writes drafts into one pretend workspace the way the service does (resources and segments
 * shared by name) and runs the conflict engine over it.
 */
export function instantiate(drafts: PlanDraft[], cal: PlanCalendar): { input: RulesInput; plans: MaterializedDraft[] } {
  const newId = idSource();
  const existing = {
    resources: [] as { id: string; name: string; kind: string }[],
    segments: [] as { id: string; name: string; dimension: string }[],
  };
  const resources: RulesInput['resources'] = [];
  const segments: RulesInput['segments'] = [];
  const plans = drafts.map((d) => {
    const m = materializeDraft(d, newId, existing);
    for (const r of m.createResources) {
      existing.resources.push({ id: r.id, name: r.name, kind: r.kind });
      resources.push({
        id: r.id,
        name: r.name,
        kind: r.kind,
        quantity: r.quantity ?? 1,
        dailyCapacity: r.dailyCapacity ?? null,
        unavailableDates: r.unavailableDates ?? [],
      });
    }
    for (const s of m.createSegments) {
      existing.segments.push({ id: s.id, name: s.name, dimension: s.dimension });
      segments.push({ id: s.id, name: s.name, minGapDays: s.minGapDays ?? 0, weeklyMax: s.weeklyMax ?? null });
    }
    return m;
  });
  const activities: RulesInput['activities'] = plans.flatMap((m) =>
    m.activities.map((a) => ({
      id: a.id,
      planId: m.planId,
      title: a.title,
      type: a.type,
      priority: a.priority ?? 'normal',
      pinned: a.pinned ?? false,
      locked: false,
      allDay: a.allDay ?? true,
      start: a.start,
      end: a.end,
      windowStart: a.windowStart ?? null,
      windowEnd: a.windowEnd ?? null,
      hasBackup: (a.backupPlan ?? '').trim().length > 0,
      claims: a.claims ?? [],
      segmentIds: a.segmentIds ?? [],
    })),
  );
  const rulePlans = plans.map((m) => ({
    id: m.planId,
    name: m.plan.name,
    startDate: m.plan.startDate,
    endDate: m.plan.endDate,
  }));
  const settings = RuleSettings.parse({
    plans: Object.fromEntries(
      plans.map((m, i) => [
        m.planId,
        {
          blackoutDates: drafts[i].settings.blackoutDates,
          phases: m.phases,
          precedence: m.precedence,
          phaseCaps: m.phaseCaps,
        },
      ]),
    ),
  });
  const [from, to] = horizonOf(rulePlans, activities);
  const input: RulesInput = {
    plans: rulePlans,
    activities,
    resources,
    segments,
    tasks: plans.flatMap((m) =>
      m.tasks.map((t, k) => ({
        id: `${m.planId.slice(0, 24)}${(k + 1).toString(16).padStart(12, '0')}`,
        planId: m.planId,
        title: t.title,
        activityId: t.activityId ?? null,
        offsetDays: t.offsetDays ?? null,
        fixedDate: t.fixedDate ?? null,
        durationDays: t.durationDays ?? 1,
        leadDays: t.leadDays ?? null,
      })),
    ),
    budgetLines: plans.flatMap((m) =>
      m.budgetLines.map((l, k) => ({
        id: `b-${m.planId}-${k}`,
        planId: m.planId,
        activityId: l.activityId ?? null,
        phase: l.phase ?? '',
        date: l.date ?? null,
        cents: l.plannedCents ?? 0,
      })),
    ),
    calendar: snapshotCalendar(cal, from, to),
    settings,
  };
  return { input, plans };
}

export function findings(drafts: PlanDraft[], cal: PlanCalendar): Finding[] {
  return detectConflicts(instantiate(drafts, cal).input);
}

export function describe(f: Finding): string {
  return `${f.ruleId}: ${f.message.en}`;
}

/** Share of activities whose first day is a non-workday. */
export function nonWorkdayShare(draft: PlanDraft, cal: PlanCalendar): number {
  return draft.activities.filter((a) => cal.isNonWorkday(a.start.slice(0, 10))).length / draft.activities.length;
}

export function inside(day: string, from: string, to: string): boolean {
  return dayNumber(day) >= dayNumber(from) && dayNumber(day) <= dayNumber(to);
}
