import type { ImportConflict } from '../../../src-shared/contract-files';
import { type Plan, PlanSettings, type Resource, type Segment } from '../../../src-shared/model/index';
import {
  type RuleActivity,
  assembleRulesInput,
  detectConflicts,
  toRuleActivity,
} from '../../../src-shared/rules/index';
import { loadImportedYears } from '../../db/queries/holiday-years';
import { listPlans } from '../../db/queries/plans';
import { listResources, listSegments } from '../../db/queries/resources';
import { listRuleActivities } from '../../db/queries/rule-activities';
import type { DbOrTrx } from '../../db/schema';
import { type StoredPlanSettings, readStoredPlanSettings, ruleSettingsOf } from '../engine-input';
import type { PlanFile } from '../../files/plan-file/format';
import { type ImportChoices, chosenResource, chosenSegment, mergeClaims, renameDeep, takenIds } from './remap';

/**
 * The conflicts importing `file` would create under the planner's current remap (absent keys keep
 * the name match; null means "create new", which no existing activity can clash with). The import
 * dialog asks again with every change of a remap, so its list always follows the choices.
 * Errors: NOT_FOUND for a remap target that is not in the workspace (as the apply would).
 */
export async function planImportConflicts(
  db: DbOrTrx,
  file: PlanFile,
  choices: ImportChoices,
  known?: { resources: readonly Resource[]; segments: readonly Segment[] },
): Promise<ImportConflict[]> {
  const { resources, segments } = known ?? {
    resources: await listResources(db),
    segments: await listSegments(db),
  };
  const resById = new Map(resources.map((r) => [r.id, r]));
  const segById = new Map(segments.map((s) => [s.id, s]));
  return importConflicts(
    db,
    file,
    (r) => chosenResource(resources, resById, choices.resourceMap, r),
    (s) => chosenSegment(segments, segById, choices.segmentMap, s),
  );
}

/**
 * The conflicts importing would create with what is already here: the same venue double-booked,
 * the same members invited twice in a week, an activity that must come before another. Imported
 * and existing activities can only clash through a workspace resource or segment the file's
 * ones match, or a precedence pair naming both, so the rules engine runs over just those
 * activities, claims and targets (a 10k-activity file with no overlap costs nothing), and we
 * keep findings that involve both sides. The settings are those the workspace-wide check
 * (`conflict/list` for no plan) will use once the import is applied: each existing plan's stored
 * rules and blackout dates, each imported plan's from the file (renamed as the apply renames
 * them), the official years imported here.
 */
export async function importConflicts(
  db: DbOrTrx,
  file: PlanFile,
  matchResource: (r: PlanFile['resources'][number]) => Resource | null,
  matchSegment: (s: PlanFile['segments'][number]) => Segment | null,
): Promise<ImportConflict[]> {
  const resMatch = new Map(
    file.resources.flatMap((r) => {
      const m = matchResource(r);
      return m ? [[r.id, m] as const] : [];
    }),
  );
  const segMatch = new Map(
    file.segments.flatMap((s) => {
      const m = matchSegment(s);
      return m ? [[s.id, m] as const] : [];
    }),
  );
  // A rough test: a pair the engine will not read only costs the narrowing below its shortcut.
  const hasPrecedence = (rules: unknown) => {
    const pairs = (rules as { precedence?: unknown } | null | undefined)?.precedence;
    return Array.isArray(pairs) && pairs.length > 0;
  };
  const stored = await readStoredPlanSettings(db);
  const anyPrecedence = [...stored, ...file.plans.map((p) => ({ rules: p.settings.rules }))].some((p) =>
    hasPrecedence(p.rules),
  );
  if (resMatch.size === 0 && segMatch.size === 0 && !anyPrecedence) return [];

  // Ids as the apply assigns them: a file row keeps its id when it is free here, else gets a
  // fresh one (so importing a file twice cannot alias, and a precedence pair an existing plan
  // keeps for an activity that comes back names it again). Matched resources and segments
  // take the workspace row's id, inside the file's stored settings too.
  const ids = new Map<string, string>();
  for (const table of ['plans', 'activities'] as const) {
    const rows = table === 'plans' ? file.plans : file.activities;
    const taken = await takenIds(
      db,
      table,
      rows.map((r) => r.id),
    );
    for (const r of rows) if (taken.has(r.id)) ids.set(r.id, crypto.randomUUID());
  }
  for (const [fileId, r] of resMatch) ids.set(fileId, r.id);
  for (const [fileId, s] of segMatch) ids.set(fileId, s.id);
  const to = (id: string) => ids.get(id) ?? id;

  // As the apply stores them (renamed throughout) and loadRulesInput then reads them.
  const fileSettings: StoredPlanSettings[] = file.plans.map((p) => {
    const renamed = renameDeep(p.settings, ids) as { rules?: unknown };
    const ps = PlanSettings.safeParse(renamed);
    return { planId: to(p.id), settings: ps.success ? ps.data : PlanSettings.parse({}), rules: renamed.rules };
  });
  const { settings, calendar } = ruleSettingsOf([...stored, ...fileSettings], null, await loadImportedYears(db));
  const precedenceOwners = new Set<string>();
  const inPrecedence = new Set<string>();
  for (const [planId, ps] of Object.entries(settings.plans)) {
    for (const q of ps.precedence) {
      precedenceOwners.add(planId);
      inPrecedence.add(q.before);
      inPrecedence.add(q.after);
    }
  }

  const sharedRes = new Set([...resMatch.values()].map((r) => r.id));
  const sharedSeg = new Set([...segMatch.values()].map((s) => s.id));
  const narrow = (a: RuleActivity): RuleActivity => ({
    ...a,
    claims: a.claims.filter((c) => sharedRes.has(c.resourceId)),
    segmentIds: a.segmentIds.filter((s) => sharedSeg.has(s)),
  });
  const involved = (a: RuleActivity) => a.claims.length > 0 || a.segmentIds.length > 0 || inPrecedence.has(a.id);

  const stamp = { createdAt: '', updatedAt: '' };
  const imported = file.activities
    .filter((a) => a.status !== 'cancelled')
    .map((a) =>
      narrow(
        toRuleActivity({
          ...a,
          id: to(a.id),
          planId: to(a.planId),
          // As the apply writes them: two file resources remapped onto one workspace resource are one claim.
          claims: mergeClaims(
            a.claims.map((c) => ({ resourceId: resMatch.get(c.resourceId)?.id ?? '', quantity: c.quantity })),
          ),
          segmentIds: [...new Set(a.segmentIds.map((s) => segMatch.get(s)?.id ?? ''))],
          ...stamp,
        }),
      ),
    )
    .filter(involved);
  if (imported.length === 0) return [];
  const existing = (await listRuleActivities(db)).map(narrow).filter(involved);
  if (existing.length === 0) return [];

  const planIds = new Set([...imported, ...existing].map((a) => a.planId));
  for (const id of precedenceOwners) planIds.add(id);
  const plans: Plan[] = [
    ...(await listPlans(db)).filter((p) => planIds.has(p.id)),
    ...file.plans.map(({ settings: _s, ...p }) => ({ ...p, id: to(p.id), ...stamp })).filter((p) => planIds.has(p.id)),
  ];
  const input = assembleRulesInput(
    {
      plans,
      activities: [...existing, ...imported],
      resources: [...new Map([...resMatch.values()].map((r) => [r.id, r])).values()],
      segments: [...new Map([...segMatch.values()].map((s) => [s.id, s])).values()],
      tasks: [],
      budgetLines: [],
    },
    settings,
    calendar,
  );
  const fileIdOf = new Map(file.activities.map((a) => [to(a.id), a.id]));
  const ours = new Set(imported.map((a) => a.id));
  const conflicts: ImportConflict[] = [];
  for (const f of detectConflicts(input)) {
    const mine = f.activityIds.filter((id) => ours.has(id));
    const theirs = f.activityIds.filter((id) => !ours.has(id));
    if (mine.length === 0 || theirs.length === 0) continue;
    conflicts.push({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      span: f.span,
      fileActivityIds: mine.map((id) => fileIdOf.get(id) ?? id),
      existingActivityIds: theirs,
    });
    if (conflicts.length >= 200) break;
  }
  return conflicts;
}
