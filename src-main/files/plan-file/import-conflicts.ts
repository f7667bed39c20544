import type { ImportConflict } from '../../../src-shared/contract-files';
import { createWorkCalendar } from '../../../src-shared/calendar';
import type { Activity, Plan, Resource, Segment } from '../../../src-shared/model';
import { buildRulesInput, defaultRuleSettings, detectConflicts } from '../../../src-shared/rules';
import { listActivities } from '../../db/queries/activities';
import { listPlans } from '../../db/queries/plans';
import { listResources, listSegments } from '../../db/queries/resources';
import type { DbOrTrx } from '../../db/schema';
import type { PlanFile } from './format';
import { type ImportChoices, chosenResource, chosenSegment, mergeClaims } from './remap';

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
 * the same members invited twice in a week. Imported and existing activities can only clash
 * through a workspace resource or segment the file's ones match, so the rules engine runs over
 * just those activities, claims and targets (a 10k-activity file with no overlap costs nothing),
 * and we keep findings that involve both sides. Default rule settings: a preview, not a verdict.
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
  if (resMatch.size === 0 && segMatch.size === 0) return [];
  const sharedRes = new Set([...resMatch.values()].map((r) => r.id));
  const sharedSeg = new Set([...segMatch.values()].map((s) => s.id));

  // Fresh ids for the file's activities and plans, so importing a file twice cannot alias.
  const temp = new Map<string, string>();
  const fresh = (id: string) => temp.get(id) ?? temp.set(id, crypto.randomUUID()).get(id) ?? id;
  const stamp = { createdAt: '', updatedAt: '' };
  const narrow = (a: Activity): Activity => ({
    ...a,
    claims: a.claims.filter((c) => sharedRes.has(c.resourceId)),
    segmentIds: a.segmentIds.filter((s) => sharedSeg.has(s)),
  });
  const involved = (a: Activity) => a.claims.length > 0 || a.segmentIds.length > 0;

  const imported = file.activities
    .map((a) =>
      narrow({
        ...a,
        id: fresh(a.id),
        planId: fresh(a.planId),
        // As the apply writes them: two file resources remapped onto one workspace resource are one claim.
        claims: mergeClaims(
          a.claims.map((c) => ({ resourceId: resMatch.get(c.resourceId)?.id ?? '', quantity: c.quantity })),
        ),
        segmentIds: [...new Set(a.segmentIds.map((s) => segMatch.get(s)?.id ?? ''))],
        ...stamp,
      }),
    )
    .filter(involved);
  if (imported.length === 0) return [];
  const existing = (await listActivities(db)).map(narrow).filter(involved);
  if (existing.length === 0) return [];

  const planIds = new Set([...imported, ...existing].map((a) => a.planId));
  const plans: Plan[] = [
    ...(await listPlans(db)).filter((p) => planIds.has(p.id)),
    ...file.plans
      .map(({ settings: _s, ...p }) => ({ ...p, id: fresh(p.id), ...stamp }))
      .filter((p) => planIds.has(p.id)),
  ];
  const input = buildRulesInput(
    {
      plans,
      activities: [...existing, ...imported],
      resources: [...new Map([...resMatch.values()].map((r) => [r.id, r])).values()],
      segments: [...new Map([...segMatch.values()].map((s) => [s.id, s])).values()],
      tasks: [],
      budgetLines: [],
    },
    defaultRuleSettings(),
    createWorkCalendar(),
  );
  const fileIdOf = new Map([...temp].map(([fileId, t]) => [t, fileId]));
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
