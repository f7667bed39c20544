import type { Resource, ResourceKind, Segment, SegmentDimension } from '../../../src-shared/model';
import type { DbOrTrx, ResourceRow, SegmentRow } from '../schema';

/** Resources and member segments: workspace-wide, shared by every plan. */
export function resourceFromRow(r: ResourceRow): Resource {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as ResourceKind,
    quantity: r.quantity,
    dailyCapacity: r.daily_capacity,
    periodCapacity: r.period_capacity,
    unavailableDates: JSON.parse(r.unavailable_dates_json) as string[],
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function resourceToRow(r: Resource): ResourceRow {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    quantity: r.quantity,
    daily_capacity: r.dailyCapacity,
    period_capacity: r.periodCapacity,
    unavailable_dates_json: JSON.stringify([...r.unavailableDates].sort()),
    notes: r.notes,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export function segmentFromRow(r: SegmentRow): Segment {
  return {
    id: r.id,
    name: r.name,
    dimension: r.dimension as SegmentDimension,
    size: r.size,
    minGapDays: r.min_gap_days,
    weeklyMax: r.weekly_max,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function segmentToRow(s: Segment): SegmentRow {
  return {
    id: s.id,
    name: s.name,
    dimension: s.dimension,
    size: s.size,
    min_gap_days: s.minGapDays,
    weekly_max: s.weeklyMax,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

export async function listResources(db: DbOrTrx): Promise<Resource[]> {
  const rows = await db.selectFrom('resources').selectAll().orderBy('kind').orderBy('name').execute();
  return rows.map(resourceFromRow);
}

export async function listSegments(db: DbOrTrx): Promise<Segment[]> {
  const rows = await db.selectFrom('segments').selectAll().orderBy('dimension').orderBy('name').execute();
  return rows.map(segmentFromRow);
}

/** Which of the given ids do not exist in the table (for NOT_FOUND before a foreign key fails). */
export async function missingIds(
  db: DbOrTrx,
  table: 'resources' | 'segments' | 'activities',
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  const have = new Set(found.map((f) => f.id));
  return ids.filter((id) => !have.has(id));
}
