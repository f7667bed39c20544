import {
  createWorkCalendar,
  shippedOfficialYears,
  type OfficialYear,
  type WorkCalendar,
} from '../../src-shared/calendar';
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
import { parseStoredSettings } from './settings-handlers';

/**
 * The rules' input for the whole workspace, read in one go: every plan's activities take part
 * (a venue is shared across plans), each plan's blackout dates, phases, precedence and caps come
 * from its settings. Plan-wide targets (shares, minimum per month, preferred slots) and weights
 * are one set per check: the focused plan's, or the defaults for a workspace-wide check.
 */
export async function loadRulesInput(db: DbOrTrx, focusPlanId: string | null): Promise<RulesInput> {
  const plans = await listPlans(db);
  const [activities, resources, segments, { settings, calendar }] = await Promise.all([
    listRuleActivities(db),
    listResources(db),
    listSegments(db),
    loadRuleSettings(db, focusPlanId),
  ]);
  const tasks = (await Promise.all(plans.map((p) => listTasks(db, p.id)))).flat();
  const budgetLines = (await Promise.all(plans.map((p) => listBudgetLines(db, p.id)))).flat();
  return assembleRulesInput({ plans, activities, resources, segments, tasks, budgetLines }, settings, calendar);
}

/** A plan's settings as stored: the planner-facing PlanSettings and the engine's `rules`, unparsed. */
export interface StoredPlanSettings {
  planId: string;
  settings: PlanSettings;
  rules: unknown;
}

/** Every plan's stored settings, read as loadRulesInput reads them (unreadable PlanSettings fall back to defaults). */
export async function readStoredPlanSettings(db: DbOrTrx): Promise<StoredPlanSettings[]> {
  const rows = await db.selectFrom('plans').select(['id', 'settings_json']).execute();
  return rows.map((r) => ({
    planId: r.id,
    settings: parseStoredSettings(r.settings_json),
    rules: (JSON.parse(r.settings_json) as { rules?: unknown }).rules,
  }));
}

/** The workspace's stored plan settings and imported official years, assembled by ruleSettingsOf. */
export async function loadRuleSettings(
  db: DbOrTrx,
  focusPlanId: string | null,
): Promise<{ settings: RuleSettings; calendar: WorkCalendar }> {
  const [stored, imported] = await Promise.all([readStoredPlanSettings(db), loadImportedYears(db)]);
  return ruleSettingsOf(stored, focusPlanId, imported);
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
