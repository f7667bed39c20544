import { createWorkCalendar, shippedOfficialYears, type OfficialYear, type WorkCalendar } from '../calendar';
import type { PlanSettings } from '../model';
import { defaultRuleSettings, PlanRuleSettings, RuleWeights, type RuleSettings } from './settings';

/**
 * The one assembly of the rules' settings from what plans store: the main process's warm engine,
 * its cold check, the plan-file import preview and the solver all read settings through here.
 */

/** A plan's settings as stored: the planner-facing PlanSettings and the engine's `rules`, unparsed. */
export interface StoredPlanSettings {
  planId: string;
  settings: PlanSettings;
  rules: unknown;
}

/**
 * The rule settings and calendar of a check: every plan's own rules and blackout dates, the
 * focused plan's weights, targets, working weekdays and custom holidays (defaults for a
 * workspace-wide check), the shipped and the imported official years. The plan-file import
 * passes its file's plans alongside the workspace's, so its preview uses these same settings.
 */
export function ruleSettingsOf(
  plans: readonly StoredPlanSettings[],
  focusPlanId: string | null,
  importedYears: readonly OfficialYear[],
): { settings: RuleSettings; calendar: WorkCalendar } {
  const settings = defaultRuleSettings();
  let focus: PlanSettings | null = null;
  for (const { planId, settings: ps, rules: raw } of plans) {
    const stored = raw as Record<string, unknown> | undefined;
    const parsed = PlanRuleSettings.safeParse(stored ?? {});
    // Stored rule settings this version cannot read fall back to defaults rather than blocking checks.
    const rules = parsed.success ? parsed.data : PlanRuleSettings.parse({});
    settings.plans[planId] = { ...rules, blackoutDates: [...new Set([...rules.blackoutDates, ...ps.blackoutDates])] };
    if (planId === focusPlanId) {
      focus = ps;
      const weights = RuleWeights.safeParse(stored?.weights ?? {});
      if (weights.success) settings.weights = weights.data;
    }
  }
  if (focus) applyTargets(settings, focus);
  const calendar = createWorkCalendar({
    officialYears: [...shippedOfficialYears(), ...importedYears],
    workingWeekdays: focus?.workingWeekdays,
    customHolidays: focus?.customHolidays,
  });
  return { settings, calendar };
}

/** The plan's own targets (the playbook's defaults unless the planner changed them). */
function applyTargets(s: RuleSettings, ps: PlanSettings): void {
  s.minActivitiesPerMonth = ps.targets.monthlyActivitiesMin;
  s.nonWorkdayShareMin = ps.targets.nonWorkdaySharePercentMin / 100;
  s.preferredShareMin = ps.targets.preferredSlotSharePercentMin / 100;
  s.backupShareMin = ps.targets.backupPlanSharePercentMin / 100;
  const slots = new Set(ps.preferredSlots);
  const weekdays: number[] = [];
  if (slots.has('weekend')) weekdays.push(0, 6);
  if (slots.has('weekday')) weekdays.push(1, 2, 3, 4, 5);
  s.preferredWeekdays = weekdays;
  s.holidaysPreferred = slots.has('holiday');
}
