import type { Generated, Insertable, Kysely, Selectable, Transaction } from 'kysely';

/**
 * The workspace database, one interface per table (snake_case, as stored). Booleans are
 * stored as 0/1, money as integer cents, dates as ISO strings, small lists as JSON text.
 */
interface Stamped {
  created_at: string;
  updated_at: string;
}

export interface PlansTable extends Stamped {
  id: string;
  name: string;
  time_zone: string;
  currency: string;
  start_date: string;
  end_date: string;
  /** Plan settings (approval thresholds, rule weights, …) as JSON; '{}' means all defaults. */
  settings_json: string;
}

export interface ActivitiesTable extends Stamped {
  id: string;
  plan_id: string;
  title: string;
  type: string;
  status: string;
  all_day: number;
  start: string;
  end: string;
  window_start: string | null;
  window_end: string | null;
  priority: string;
  pinned: number;
  owner: string;
  expected_participants: number | null;
  notes: string;
  backup_plan: string;
}

export interface ResourcesTable extends Stamped {
  id: string;
  name: string;
  kind: string;
  quantity: number;
  daily_capacity: number | null;
  /** Migration 0008: sends per calendar month (channels); null = no monthly cap. */
  period_capacity: number | null;
  unavailable_dates_json: string;
  notes: string;
}

export interface ActivityClaimsTable {
  id: string;
  activity_id: string;
  resource_id: string;
  quantity: number;
}

export interface SegmentsTable extends Stamped {
  id: string;
  name: string;
  dimension: string;
  size: number | null;
  min_gap_days: number;
  weekly_max: number | null;
}

export interface ActivitySegmentsTable {
  id: string;
  activity_id: string;
  segment_id: string;
}

export interface BudgetLinesTable extends Stamped {
  id: string;
  plan_id: string;
  activity_id: string | null;
  phase: string;
  category: string;
  description: string;
  planned_cents: number;
  committed_cents: number;
  actual_cents: number;
  unplanned: number;
  date: string | null;
  approval_status: string;
  approved_by: string;
  notes: string;
}

export interface RisksTable extends Stamped {
  id: string;
  plan_id: string;
  activity_id: string | null;
  title: string;
  category: string;
  probability: number;
  impact: number;
  owner: string;
  mitigation: string;
  contingency: string;
  reserve_cents: number;
  status: string;
  /** Added by 0002: early warning, emergency level, residual score, linked activities. */
  trigger_kpi_id: string | null;
  trigger_threshold: number | null;
  trigger_direction: string;
  trigger_note: string;
  emergency_level: number | null;
  response_minutes: number | null;
  residual_probability: number | null;
  residual_impact: number | null;
  linked_activity_ids_json: string;
}

export interface KpisTable extends Stamped {
  id: string;
  plan_id: string;
  activity_id: string | null;
  phase: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  actual: number | null;
  higher_is_better: number;
  /** Added by 0002: the trigger rule and its action. */
  trigger_threshold: number | null;
  trigger_comparison: string;
  trigger_action: string;
}

export interface TasksTable extends Stamped {
  id: string;
  plan_id: string;
  activity_id: string | null;
  title: string;
  offset_days: number | null;
  fixed_date: string | null;
  duration_days: number;
  lead_days: number | null;
  milestone: number;
  owner: string;
  status: string;
  notes: string;
  /** Added by 0002: ids of tasks that must be done first, and this task's RACI row, as JSON. */
  depends_on_json: string;
  raci_json: string;
}

/** An imported official holiday schedule for one year (0004); `days_json` is OfficialDay[]. */
export interface HolidayYearsTable extends Stamped {
  id: string;
  year: number;
  source: string;
  /** 1 when the file named its source (`# source:`), i.e. it claims to transcribe the notice. */
  source_given: number;
  file_name: string;
  days_json: string;
}

/** A plan's baseline (定稿, 0009): its frozen content is BaselineContent as JSON. */
export interface BaselinesTable extends Stamped {
  id: string;
  plan_id: string;
  name: string;
  note: string;
  is_reference: number;
  content_json: string;
}

/** Why the solver moved an activity (0009), written in the same edit as the move; `reason_json` is Localized. */
export interface MoveReasonsTable extends Stamped {
  id: string;
  plan_id: string;
  activity_id: string;
  reason_json: string;
}

/** One undoable edit: a label and the plans it touched. */
export interface HistoryEditsTable {
  seq: Generated<number>;
  label: string;
  plan_ids_json: string;
  created_at: string;
  /** 1 once undone; such edits form the redo stack until a new edit discards them. */
  undone: number;
}

/**
 * The changes of one edit, in the order they were made: a row's before/after images, or (0007)
 * the ids of rows inserted into one table, whose images undo keeps in `after_json` for redo.
 */
export interface HistoryChangesTable {
  edit_seq: number;
  ord: number;
  table_name: string;
  /** '' for inserted rows recorded by id. */
  row_id: string;
  before_json: string | null;
  after_json: string | null;
  /** JSON array of the inserted rows' ids, in insertion order; null for a row-image change. */
  row_ids_json: string | null;
}

/** The month's first conflict count per plan ('' = workspace); not an editable table. */
export interface ConflictBaselinesTable {
  plan_key: string;
  month: string;
  hard: number;
  soft: number;
  recorded_at: string;
}

/** Migration 0009: each plan's Automerge document (issue #17); not an editable table. */
export interface PlanDocsTable {
  plan_id: string;
  doc: Uint8Array;
  /** A fresh value on every write, so a cached copy of the document can tell it is stale. */
  rev: string;
  updated_at: string;
}

/** Migration 0009: small facts of this laptop's sync identity (its Automerge actor id). */
export interface SyncMetaTable {
  key: string;
  value: string;
}

export interface Database {
  plans: PlansTable;
  activities: ActivitiesTable;
  resources: ResourcesTable;
  activity_claims: ActivityClaimsTable;
  segments: SegmentsTable;
  activity_segments: ActivitySegmentsTable;
  budget_lines: BudgetLinesTable;
  risks: RisksTable;
  kpis: KpisTable;
  tasks: TasksTable;
  holiday_years: HolidayYearsTable;
  baselines: BaselinesTable;
  move_reasons: MoveReasonsTable;
  conflict_baselines: ConflictBaselinesTable;
  history_edits: HistoryEditsTable;
  history_changes: HistoryChangesTable;
  plan_docs: PlanDocsTable;
  sync_meta: SyncMetaTable;
}

/** The tables whose rows edits change (and undo restores); all keyed by a text `id`. */
export type EditableTable = Exclude<
  keyof Database,
  'history_edits' | 'history_changes' | 'conflict_baselines' | 'plan_docs' | 'sync_meta'
>;
export const EDITABLE_TABLES: readonly EditableTable[] = [
  'plans',
  'resources',
  'segments',
  'activities',
  'activity_claims',
  'activity_segments',
  'budget_lines',
  'risks',
  'kpis',
  'tasks',
  'holiday_years',
  'baselines',
  'move_reasons',
];

export type Db = Kysely<Database>;
/** Query modules take either the database or a transaction first (Kysely's own convention). */
export type DbOrTrx = Kysely<Database> | Transaction<Database>;

export type PlanRow = Selectable<PlansTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type ResourceRow = Selectable<ResourcesTable>;
export type ClaimRow = Selectable<ActivityClaimsTable>;
export type SegmentRow = Selectable<SegmentsTable>;
export type ActivitySegmentRow = Selectable<ActivitySegmentsTable>;
export type BudgetLineRow = Selectable<BudgetLinesTable>;
export type RiskRow = Selectable<RisksTable>;
export type KpiRow = Selectable<KpisTable>;
export type TaskRow = Selectable<TasksTable>;
export type BaselineRow = Selectable<BaselinesTable>;
export type MoveReasonRow = Selectable<MoveReasonsTable>;
export type NewActivityRow = Insertable<ActivitiesTable>;
