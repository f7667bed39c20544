import type { OfficialYear } from '../../src-shared/calendar';
import type { PlanSnapshot } from '../../src-shared/contract';
import { toRuleActivity, type RulesInput } from '../../src-shared/rules';
import { previewInputOf } from '../../src-shared/rules/input-schema';
import { rulesInputOf } from '../../src-main/service/engine-input';

/**
 * What conflict/preview-input answers for a one-plan workspace holding `snapshot`: main's own
 * assembly (engine-input's rulesInputOf, then previewInputOf), with the plan's settings stored
 * and default rules, so the preview model's tests judge with the input main sends.
 */
export function previewInputFor(snapshot: PlanSnapshot, importedYears: OfficialYear[] = []): RulesInput {
  const input = rulesInputOf(
    {
      plans: [snapshot.plan],
      activities: snapshot.activities.filter((a) => a.status !== 'cancelled').map(toRuleActivity),
      resources: snapshot.resources,
      segments: snapshot.segments,
      tasks: snapshot.tasks,
      budgetLines: snapshot.budgetLines,
      stored: [{ planId: snapshot.plan.id, settings: snapshot.settings, rules: {} }],
      importedYears,
    },
    snapshot.plan.id,
  );
  return previewInputOf(input, snapshot.plan.id);
}
