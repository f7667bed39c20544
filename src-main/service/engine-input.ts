import { createWorkCalendar, shippedOfficialYears } from '../../src-shared/calendar';
import type { PlanSettings } from '../../src-shared/model';
import {
  assembleRulesInput,
  defaultRuleSettings,
  PlanRuleSettings,
  RuleWeights,
  type RuleSettings,
  type RulesInput,
} from '../../src-shared/rules';
import { loadImportedYears } from '../db/queries/holiday-years';
import { listBudgetLines, listTasks } from '../db/queries/plan-items';
import { listPlans } from '../db/queries/plans';
import { listResources, listSegments } from '../db/queries/resources';
import { listRuleActivities } from '../db/queries/rule-activities';
import type { DbOrTrx } from '../db/schema';
import { readPlanSettings, readStoredRuleSettings } from './settings-handlers';

/**
 * The rules' input for the whole workspace, read in one go: every plan's activities take part
 * (a venue is shared across plans), each plan's blackout dates, phases, precedence and caps come
 * from its settings. Plan-wide targets (shares, minimum per month, preferred slots) and weights
 * are one set per check: the focused plan's, or the defaults for a workspace-wide check.
 */
export async function loadRulesInput(db: DbOrTrx, focusPlanId: string | null): Promise<RulesInput> {
  const plans = await listPlans(db);
  const [activities, resources, segments, imported] = await Promise.all([
    listRuleActivities(db),
    listResources(db),
    listSegments(db),
    loadImportedYears(db),
  ]);
  const tasks = (await Promise.all(plans.map((p) => listTasks(db, p.id)))).flat();
  const budgetLines = (await Promise.all(plans.map((p) => listBudgetLines(db, p.id)))).flat();
  const settings = defaultRuleSettings();
  let focus: PlanSettings | null = null;
  for (const p of plans) {
    const ps = await readPlanSettings(db, p.id);
    const stored = (await readStoredRuleSettings(db, p.id)) as Record<string, unknown> | undefined;
    const parsed = PlanRuleSettings.safeParse(stored ?? {});
    // Stored rule settings this version cannot read fall back to defaults rather than blocking checks.
    const rules = parsed.success ? parsed.data : PlanRuleSettings.parse({});
    settings.plans[p.id] = { ...rules, blackoutDates: [...new Set([...rules.blackoutDates, ...ps.blackoutDates])] };
    if (p.id === focusPlanId) {
      focus = ps;
      const weights = RuleWeights.safeParse(stored?.weights ?? {});
      if (weights.success) settings.weights = weights.data;
    }
  }
  if (focus) applyTargets(settings, focus);
  const calendar = createWorkCalendar({
    officialYears: [...shippedOfficialYears(), ...imported],
    workingWeekdays: focus?.workingWeekdays,
    customHolidays: focus?.customHolidays,
  });
  return assembleRulesInput({ plans, activities, resources, segments, tasks, budgetLines }, settings, calendar);
}

/** The plan's own targets (DOMAIN.md §1 defaults unless the planner changed them). */
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
