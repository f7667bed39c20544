import type { PlanSnapshot } from '../../../../src-shared/contract';
import { createPlanCalendar, type PlanCalendar } from '../../../../src-shared/calendar';
import { type RuleSettings, type RulesInput, buildRulesInput, defaultRuleSettings } from '../../../../src-shared/rules';

/**
 * The rule settings the planner edits in plan settings, mapped onto the engine's schema. The
 * engine's own stored `rules` part is not in the snapshot, so weights stay at their defaults
 * here; the main process (conflict/list) remains the authority and wins where it answers.
 */
export function ruleSettingsOf(snapshot: PlanSnapshot): RuleSettings {
  const s = snapshot.settings;
  const base = defaultRuleSettings();
  const weekdays = new Set<number>();
  if (s.preferredSlots.includes('weekend')) [0, 6].forEach((d) => weekdays.add(d));
  if (s.preferredSlots.includes('weekday')) [1, 2, 3, 4, 5].forEach((d) => weekdays.add(d));
  return {
    ...base,
    preferredWeekdays: [...weekdays].sort(),
    holidaysPreferred: s.preferredSlots.includes('holiday'),
    nonWorkdayShareMin: s.targets.nonWorkdaySharePercentMin / 100,
    preferredShareMin: s.targets.preferredSlotSharePercentMin / 100,
    minActivitiesPerMonth: s.targets.monthlyActivitiesMin,
    backupShareMin: s.targets.backupPlanSharePercentMin / 100,
    plans: {
      [snapshot.plan.id]: {
        blackoutDates: [...s.blackoutDates],
        precedence: [],
        phases: [],
        phaseCaps: {},
        monthCaps: {},
      },
    },
  };
}

/**
 * The plan's own calendar (shipped official holidays, 调休, the planner's custom days) without
 * imported years, which need a fetch: views use usePlanCalendar(snapshot), which adds them.
 */
export function calendarOf(snapshot: PlanSnapshot): PlanCalendar {
  return createPlanCalendar({
    workingWeekdays: snapshot.settings.workingWeekdays,
    blackoutDates: snapshot.settings.blackoutDates,
    customHolidays: snapshot.settings.customHolidays,
  });
}

/** Everything the pure rules read, from one plan snapshot: the renderer's copy of the main process's input. */
export function rulesInputOf(snapshot: PlanSnapshot, calendar: PlanCalendar = calendarOf(snapshot)): RulesInput {
  return buildRulesInput(
    {
      plans: [snapshot.plan],
      activities: snapshot.activities,
      resources: snapshot.resources,
      segments: snapshot.segments,
      tasks: snapshot.tasks,
      budgetLines: snapshot.budgetLines,
    },
    ruleSettingsOf(snapshot),
    calendar,
  );
}
