import { type Kysely, sql } from 'kysely';

/**
 * 0001: the v1 workspace. FROZEN: once shipped, never edit a migration; add the next number.
 * Foreign keys have no cascades on purpose: the service deletes children itself so that
 * every removed row is recorded for undo, and a forgotten child fails loudly instead.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const stamps = sql`created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;
  await sql`CREATE TABLE plans (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    currency TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    settings_json TEXT NOT NULL DEFAULT '{}',
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE TABLE resources (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('venue','staff','equipment','channel')),
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    daily_capacity INTEGER,
    unavailable_dates_json TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE TABLE segments (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    dimension TEXT NOT NULL,
    size INTEGER,
    min_gap_days INTEGER NOT NULL DEFAULT 0,
    weekly_max INTEGER,
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE TABLE activities (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    title TEXT NOT NULL,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    all_day INTEGER NOT NULL CHECK (all_day IN (0,1)),
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    window_start TEXT,
    window_end TEXT,
    priority TEXT NOT NULL,
    pinned INTEGER NOT NULL CHECK (pinned IN (0,1)),
    owner TEXT NOT NULL DEFAULT '',
    expected_participants INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    backup_plan TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX activities_plan ON activities(plan_id, start)`.execute(db);
  await sql`CREATE TABLE activity_claims (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activities(id),
    resource_id TEXT NOT NULL REFERENCES resources(id),
    quantity INTEGER NOT NULL CHECK (quantity >= 1),
    UNIQUE (activity_id, resource_id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX activity_claims_resource ON activity_claims(resource_id)`.execute(db);
  await sql`CREATE TABLE activity_segments (
    id TEXT PRIMARY KEY NOT NULL,
    activity_id TEXT NOT NULL REFERENCES activities(id),
    segment_id TEXT NOT NULL REFERENCES segments(id),
    UNIQUE (activity_id, segment_id)
  ) STRICT`.execute(db);
  await sql`CREATE INDEX activity_segments_segment ON activity_segments(segment_id)`.execute(db);
  await sql`CREATE TABLE budget_lines (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    activity_id TEXT REFERENCES activities(id),
    phase TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    planned_cents INTEGER NOT NULL CHECK (planned_cents >= 0),
    committed_cents INTEGER NOT NULL CHECK (committed_cents >= 0),
    actual_cents INTEGER NOT NULL CHECK (actual_cents >= 0),
    unplanned INTEGER NOT NULL CHECK (unplanned IN (0,1)),
    date TEXT,
    approval_status TEXT NOT NULL,
    approved_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX budget_lines_plan ON budget_lines(plan_id)`.execute(db);
  await sql`CREATE TABLE risks (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    activity_id TEXT REFERENCES activities(id),
    title TEXT NOT NULL,
    category TEXT NOT NULL,
    probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    owner TEXT NOT NULL DEFAULT '',
    mitigation TEXT NOT NULL DEFAULT '',
    contingency TEXT NOT NULL DEFAULT '',
    reserve_cents INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX risks_plan ON risks(plan_id)`.execute(db);
  await sql`CREATE TABLE kpis (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    activity_id TEXT REFERENCES activities(id),
    phase TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    baseline REAL,
    target REAL NOT NULL,
    actual REAL,
    higher_is_better INTEGER NOT NULL CHECK (higher_is_better IN (0,1)),
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX kpis_plan ON kpis(plan_id)`.execute(db);
  await sql`CREATE TABLE tasks (
    id TEXT PRIMARY KEY NOT NULL,
    plan_id TEXT NOT NULL REFERENCES plans(id),
    activity_id TEXT REFERENCES activities(id),
    title TEXT NOT NULL,
    offset_days INTEGER,
    fixed_date TEXT,
    duration_days INTEGER NOT NULL DEFAULT 1,
    lead_days INTEGER,
    milestone INTEGER NOT NULL CHECK (milestone IN (0,1)),
    owner TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    ${stamps}
  ) STRICT`.execute(db);
  await sql`CREATE INDEX tasks_plan ON tasks(plan_id)`.execute(db);
  await sql`CREATE TABLE history_edits (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    label TEXT NOT NULL,
    plan_ids_json TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
  ) STRICT`.execute(db);
  await sql`CREATE TABLE history_changes (
    edit_seq INTEGER NOT NULL REFERENCES history_edits(seq) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    row_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    PRIMARY KEY (edit_seq, ord)
  ) STRICT`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'history_changes',
    'history_edits',
    'tasks',
    'kpis',
    'risks',
    'budget_lines',
    'activity_segments',
    'activity_claims',
    'activities',
    'segments',
    'resources',
    'plans',
  ]) {
    await sql`DROP TABLE ${sql.table(t)}`.execute(db);
  }
}
