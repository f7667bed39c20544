import type { OfficialYear } from '../../src-shared/calendar';
import type { BudgetLine, Plan, Resource, Segment, Task } from '../../src-shared/model';
import {
  assembleRulesInput,
  ruleSettingsOf,
  type RuleActivity,
  type RulesInput,
  type StoredPlanSettings,
} from '../../src-shared/rules';
import { loadImportedYears } from '../db/queries/holiday-years';
import { listBudgetLines, listTasks } from '../db/queries/plan-items';
import { listPlans } from '../db/queries/plans';
import { listResources, listSegments } from '../db/queries/resources';
import { listRuleActivities } from '../db/queries/rule-activities';
import type { DbOrTrx } from '../db/schema';
import { parseStoredSettings } from './settings-handlers';

// Settings assembly lives in src-shared/rules; re-exported for the callers that import it from here.
export { ruleSettingsOf, type StoredPlanSettings } from '../../src-shared/rules';

/**
 * Everything the rules read from a workspace, before settings are chosen for a focus: every
 * plan's activities take part (a venue is shared across plans), each plan's stored settings,
 * the imported official years. The warm engine (warm-rules.ts) keeps one of these per open
 * workspace; a cold check reads one and assembles it the same way.
 */
export interface RulesData {
  plans: Plan[];
  /** Live (not cancelled) activities as the rules read them. */
  activities: RuleActivity[];
  resources: Resource[];
  segments: Segment[];
  tasks: Task[];
  budgetLines: BudgetLine[];
  stored: StoredPlanSettings[];
  importedYears: OfficialYear[];
}

export async function loadRulesData(db: DbOrTrx): Promise<RulesData> {
  const plans = await listPlans(db);
  const [activities, resources, segments, stored, importedYears] = await Promise.all([
    listRuleActivities(db),
    listResources(db),
    listSegments(db),
    readStoredPlanSettings(db),
    loadImportedYears(db),
  ]);
  const [tasks, budgetLines] = await Promise.all([planTasks(db, plans), planBudgetLines(db, plans)]);
  return { plans, activities, resources, segments, tasks, budgetLines, stored, importedYears };
}

/** Every plan's tasks, plan by plan as listPlans orders them (the order a cold check reads). */
export async function planTasks(db: DbOrTrx, plans: readonly Plan[]): Promise<Task[]> {
  return (await Promise.all(plans.map((p) => listTasks(db, p.id)))).flat();
}

export async function planBudgetLines(db: DbOrTrx, plans: readonly Plan[]): Promise<BudgetLine[]> {
  return (await Promise.all(plans.map((p) => listBudgetLines(db, p.id)))).flat();
}

/**
 * The rules' input of a check: plan-wide targets (shares, minimum per month, preferred slots)
 * and weights are one set per check, the focused plan's, or the defaults for a workspace-wide check.
 */
export function rulesInputOf(data: RulesData, focusPlanId: string | null): RulesInput {
  const { settings, calendar } = ruleSettingsOf(data.stored, focusPlanId, data.importedYears);
  return assembleRulesInput(data, settings, calendar);
}

/** A cold check's input, read in one go (the solver's, and the reference the warm engine is tested against). */
export async function loadRulesInput(db: DbOrTrx, focusPlanId: string | null): Promise<RulesInput> {
  return rulesInputOf(await loadRulesData(db), focusPlanId);
}

/** Every plan's stored settings, as the rules read them (unreadable PlanSettings fall back to defaults). */
export async function readStoredPlanSettings(db: DbOrTrx): Promise<StoredPlanSettings[]> {
  const rows = await db.selectFrom('plans').select(['id', 'settings_json']).execute();
  return rows.map((r) => ({
    planId: r.id,
    settings: parseStoredSettings(r.settings_json),
    rules: (JSON.parse(r.settings_json) as { rules?: unknown }).rules,
  }));
}
