import type { Activity } from '../../src-shared/model';
import { activityToRow } from '../db/queries/activities';
import type { EditRecorder } from './edit-recorder';

/**
 * Writing activities as rows: the activity's own row plus its resource claims and segment links,
 * through the edit recorder so undo restores them. One place for every writer (the form, the
 * solver, templates, plan files, spreadsheets, calendars), so children are always written alike.
 */
export async function insertActivities(rec: EditRecorder, activities: readonly Activity[]): Promise<void> {
  await rec.insertMany('activities', activities.map(activityToRow));
  await rec.insertMany('activity_claims', activities.flatMap(claimRows));
  await rec.insertMany('activity_segments', activities.flatMap(segmentRows));
}

/** Replaces an activity's claims with the ones it carries now. */
export async function replaceClaims(rec: EditRecorder, a: Activity): Promise<void> {
  await rec.deleteWhere('activity_claims', 'activity_id', a.id);
  await rec.insertMany('activity_claims', claimRows(a));
}

/** Replaces an activity's target segments with the ones it carries now. */
export async function replaceSegments(rec: EditRecorder, a: Activity): Promise<void> {
  await rec.deleteWhere('activity_segments', 'activity_id', a.id);
  await rec.insertMany('activity_segments', segmentRows(a));
}

/** Claims and segments in the order the database returns them, so every response has one shape. */
export function normalizeActivity(a: Activity): Activity {
  return { ...a, claims: sortClaims(a.claims), segmentIds: [...a.segmentIds].sort() };
}

export function sortClaims(claims: Activity['claims']): Activity['claims'] {
  return [...claims].sort((x, y) => (x.resourceId < y.resourceId ? -1 : x.resourceId > y.resourceId ? 1 : 0));
}

const claimRows = (a: Activity) =>
  sortClaims(a.claims).map((c) => ({
    id: crypto.randomUUID(),
    activity_id: a.id,
    resource_id: c.resourceId,
    quantity: c.quantity,
  }));

const segmentRows = (a: Activity) =>
  [...a.segmentIds].sort().map((s) => ({ id: crypto.randomUUID(), activity_id: a.id, segment_id: s }));
