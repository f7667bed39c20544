import type {
  ActivityInput,
  BudgetLineInput,
  KpiInput,
  PlanInput,
  ResourceInput,
  RiskInput,
  SegmentInput,
  TaskInput,
} from '../model';
import type { PlanDraft } from './draft';

/**
 * Turns a draft's local keys into ids: the one mapping the service needs to write a draft as
 * rows. Resources and segments that already exist in the workspace under the same name and
 * kind/dimension are reused (so plans compete for the same venue and members); the others get a
 * new id from `newId` and appear in `create`. Pure: the caller supplies ids and does the writes,
 * in order plan → resources → segments → activities → the rest, in one transaction.
 */
export interface ExistingRows {
  resources: readonly { id: string; name: string; kind: string }[];
  segments: readonly { id: string; name: string; dimension: string }[];
}

export interface MaterializedDraft {
  planId: string;
  plan: PlanInput;
  settings: PlanDraft['settings'];
  createResources: (ResourceInput & { id: string })[];
  createSegments: (SegmentInput & { id: string })[];
  activities: (ActivityInput & { id: string; major: boolean })[];
  budgetLines: BudgetLineInput[];
  risks: RiskInput[];
  /** KPIs and tasks carry ids too, since risks name their trigger KPI and tasks their prerequisites. */
  kpis: (KpiInput & { id: string })[];
  tasks: (TaskInput & { id: string })[];
  /** Rule settings for this plan: phases with buffer shares, before/after pairs, phase caps. */
  phases: { name: string; start: string; end: string; bufferShare: number }[];
  precedence: { before: string; after: string; minGapDays: number }[];
  phaseCaps: Record<string, number>;
  resourceIds: Record<string, string>;
  segmentIds: Record<string, string>;
  activityIds: Record<string, string>;
}

export function materializeDraft(
  draft: PlanDraft,
  newId: () => string,
  existing: ExistingRows = { resources: [], segments: [] },
): MaterializedDraft {
  const planId = newId();
  const resourceIds: Record<string, string> = {};
  const createResources: MaterializedDraft['createResources'] = [];
  for (const { key, ...r } of draft.resources) {
    const found = existing.resources.find((x) => x.name === r.name && x.kind === r.kind);
    resourceIds[key] = found ? found.id : newId();
    if (!found) createResources.push({ id: resourceIds[key], ...r });
  }
  const segmentIds: Record<string, string> = {};
  const createSegments: MaterializedDraft['createSegments'] = [];
  for (const { key, ...s } of draft.segments) {
    const found = existing.segments.find((x) => x.name === s.name && x.dimension === s.dimension);
    segmentIds[key] = found ? found.id : newId();
    if (!found) createSegments.push({ id: segmentIds[key], ...s });
  }
  const activityIds: Record<string, string> = {};
  for (const a of draft.activities) activityIds[a.key] = newId();
  const act = (key: string | null) => (key === null ? null : activityIds[key]);
  const kpiIds = draft.kpis.map(() => newId());
  const kpiByKey = new Map(draft.kpis.flatMap((k, i) => (k.key ? [[k.key, kpiIds[i]] as const] : [])));
  const taskIds = draft.tasks.map(() => newId());
  const taskByKey = new Map(draft.tasks.flatMap((t, i) => (t.key ? [[t.key, taskIds[i]] as const] : [])));

  return {
    planId,
    plan: draft.plan,
    settings: draft.settings,
    createResources,
    createSegments,
    activities: draft.activities.map(({ key, claims, segmentKeys, ...a }) => ({
      ...a,
      id: activityIds[key],
      planId,
      claims: claims.map((c) => ({ resourceId: resourceIds[c.resourceKey], quantity: c.quantity })),
      segmentIds: segmentKeys.map((k) => segmentIds[k]),
    })),
    budgetLines: draft.budgetLines.map(({ activityKey, ...l }) => ({ ...l, planId, activityId: act(activityKey) })),
    risks: draft.risks.map(({ activityKey, triggerKpiKey, linkedActivityKeys, ...r }) => ({
      ...r,
      planId,
      activityId: act(activityKey),
      triggerKpiId: triggerKpiKey === null ? null : (kpiByKey.get(triggerKpiKey) ?? null),
      linkedActivityIds: linkedActivityKeys.map((k) => activityIds[k]),
    })),
    kpis: draft.kpis.map(({ key: _k, activityKey, ...k }, i) => ({
      ...k,
      id: kpiIds[i],
      planId,
      activityId: act(activityKey),
    })),
    tasks: draft.tasks.map(({ key: _k, activityKey, dependsOnKeys, ...t }, i) => ({
      ...t,
      id: taskIds[i],
      planId,
      activityId: act(activityKey),
      dependsOn: dependsOnKeys.map((k) => taskByKey.get(k) ?? ''),
    })),
    phases: draft.phases.map((p) => ({
      name: p.nameZh,
      start: p.start,
      end: p.end,
      bufferShare: p.bufferSharePercent / 100,
    })),
    precedence: draft.precedence.map((p) => ({
      before: activityIds[p.beforeKey],
      after: activityIds[p.afterKey],
      minGapDays: p.minGapDays,
    })),
    phaseCaps: draft.phaseCaps,
    resourceIds,
    segmentIds,
    activityIds,
  };
}
