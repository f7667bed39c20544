import type {
  ApprovalStatus,
  BudgetCategory,
  BudgetLine,
  Kpi,
  Risk,
  RiskCategory,
  RiskStatus,
  Task,
  RaciEntry,
  TaskStatus,
  TriggerComparison,
  TriggerDirection,
} from '../../../src-shared/model';
import type { BudgetLineRow, DbOrTrx, KpiRow, RiskRow, TaskRow } from '../schema';

/**
 * Budget lines, risks, KPIs and tasks: the items a plan owns beside its activities.
 * Each has a row mapper pair; `ITEM_TABLES` lets the service treat them uniformly.
 */
export function budgetLineFromRow(r: BudgetLineRow): BudgetLine {
  return {
    id: r.id,
    planId: r.plan_id,
    activityId: r.activity_id,
    phase: r.phase,
    category: r.category as BudgetCategory,
    description: r.description,
    plannedCents: r.planned_cents,
    committedCents: r.committed_cents,
    actualCents: r.actual_cents,
    unplanned: r.unplanned === 1,
    date: r.date,
    approvalStatus: r.approval_status as ApprovalStatus,
    approvedBy: r.approved_by,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function budgetLineToRow(b: BudgetLine): BudgetLineRow {
  return {
    id: b.id,
    plan_id: b.planId,
    activity_id: b.activityId,
    phase: b.phase,
    category: b.category,
    description: b.description,
    planned_cents: b.plannedCents,
    committed_cents: b.committedCents,
    actual_cents: b.actualCents,
    unplanned: b.unplanned ? 1 : 0,
    date: b.date,
    approval_status: b.approvalStatus,
    approved_by: b.approvedBy,
    notes: b.notes,
    created_at: b.createdAt,
    updated_at: b.updatedAt,
  };
}

export function riskFromRow(r: RiskRow): Risk {
  return {
    id: r.id,
    planId: r.plan_id,
    activityId: r.activity_id,
    title: r.title,
    category: r.category as RiskCategory,
    probability: r.probability,
    impact: r.impact,
    owner: r.owner,
    mitigation: r.mitigation,
    contingency: r.contingency,
    reserveCents: r.reserve_cents,
    status: r.status as RiskStatus,
    triggerKpiId: r.trigger_kpi_id,
    triggerThreshold: r.trigger_threshold,
    triggerDirection: r.trigger_direction as TriggerDirection,
    triggerNote: r.trigger_note,
    emergencyLevel: r.emergency_level,
    responseMinutes: r.response_minutes,
    residualProbability: r.residual_probability,
    residualImpact: r.residual_impact,
    linkedActivityIds: jsonList<string>(r.linked_activity_ids_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function riskToRow(r: Risk): RiskRow {
  return {
    id: r.id,
    plan_id: r.planId,
    activity_id: r.activityId,
    title: r.title,
    category: r.category,
    probability: r.probability,
    impact: r.impact,
    owner: r.owner,
    mitigation: r.mitigation,
    contingency: r.contingency,
    reserve_cents: r.reserveCents,
    status: r.status,
    trigger_kpi_id: r.triggerKpiId,
    trigger_threshold: r.triggerThreshold,
    trigger_direction: r.triggerDirection,
    trigger_note: r.triggerNote,
    emergency_level: r.emergencyLevel,
    response_minutes: r.responseMinutes,
    residual_probability: r.residualProbability,
    residual_impact: r.residualImpact,
    linked_activity_ids_json: JSON.stringify(r.linkedActivityIds),
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export function kpiFromRow(r: KpiRow): Kpi {
  return {
    id: r.id,
    planId: r.plan_id,
    activityId: r.activity_id,
    phase: r.phase,
    name: r.name,
    unit: r.unit,
    baseline: r.baseline,
    target: r.target,
    actual: r.actual,
    higherIsBetter: r.higher_is_better === 1,
    triggerThreshold: r.trigger_threshold,
    triggerComparison: r.trigger_comparison as TriggerComparison,
    triggerAction: r.trigger_action,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function kpiToRow(k: Kpi): KpiRow {
  return {
    id: k.id,
    plan_id: k.planId,
    activity_id: k.activityId,
    phase: k.phase,
    name: k.name,
    unit: k.unit,
    baseline: k.baseline,
    target: k.target,
    actual: k.actual,
    higher_is_better: k.higherIsBetter ? 1 : 0,
    trigger_threshold: k.triggerThreshold,
    trigger_comparison: k.triggerComparison,
    trigger_action: k.triggerAction,
    created_at: k.createdAt,
    updated_at: k.updatedAt,
  };
}

export function taskFromRow(r: TaskRow): Task {
  return {
    id: r.id,
    planId: r.plan_id,
    activityId: r.activity_id,
    title: r.title,
    offsetDays: r.offset_days,
    fixedDate: r.fixed_date,
    durationDays: r.duration_days,
    leadDays: r.lead_days,
    milestone: r.milestone === 1,
    owner: r.owner,
    status: r.status as TaskStatus,
    notes: r.notes,
    dependsOn: jsonList<string>(r.depends_on_json),
    raci: jsonList<RaciEntry>(r.raci_json),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function taskToRow(t: Task): TaskRow {
  return {
    id: t.id,
    plan_id: t.planId,
    activity_id: t.activityId,
    title: t.title,
    offset_days: t.offsetDays,
    fixed_date: t.fixedDate,
    duration_days: t.durationDays,
    lead_days: t.leadDays,
    milestone: t.milestone ? 1 : 0,
    owner: t.owner,
    status: t.status,
    notes: t.notes,
    depends_on_json: JSON.stringify(t.dependsOn),
    raci_json: JSON.stringify(t.raci),
    created_at: t.createdAt,
    updated_at: t.updatedAt,
  };
}

/** Small lists stored as JSON text; a damaged value reads as empty rather than breaking the plan. */
function jsonList<T>(json: string): T[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export async function listBudgetLines(db: DbOrTrx, planId: string): Promise<BudgetLine[]> {
  const rows = await db
    .selectFrom('budget_lines')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('phase')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(budgetLineFromRow);
}

export async function listRisks(db: DbOrTrx, planId: string): Promise<Risk[]> {
  const rows = await db
    .selectFrom('risks')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(riskFromRow);
}

export async function listKpis(db: DbOrTrx, planId: string): Promise<Kpi[]> {
  const rows = await db
    .selectFrom('kpis')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(kpiFromRow);
}

export async function listTasks(db: DbOrTrx, planId: string): Promise<Task[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(taskFromRow);
}
