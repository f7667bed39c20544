import type { DbOrTrx } from '../schema';
import type { RowImages } from '../row-ops';

/** A plan an edit belongs to, by the name the planner knows it by. */
export interface PlanRef {
  id: string;
  name: string;
}

/**
 * The names of the plans an undo or redo step belongs to. A plan that exists is named as it is
 * now; one the step would bring back (a deleted plan, or a created one that was undone) is
 * named from the history's own images of its row, the newest first. A plan found nowhere is left
 * out: the step's label still names what it does.
 */
export async function planRefs(db: DbOrTrx, planIds: readonly string[]): Promise<PlanRef[]> {
  if (planIds.length === 0) return [];
  const rows = await db.selectFrom('plans').select(['id', 'name']).where('id', 'in', planIds).execute();
  const found = new Map(rows.map((r) => [r.id, r.name]));
  const out: PlanRef[] = [];
  for (const id of planIds) {
    const name = found.get(id) ?? (await nameFromHistory(db, id));
    if (name !== undefined) out.push({ id, name });
  }
  return out;
}

async function nameFromHistory(db: DbOrTrx, planId: string): Promise<string | undefined> {
  const image = await db
    .selectFrom('history_changes')
    .select(['before_json', 'after_json'])
    .where('table_name', '=', 'plans')
    .where('row_id', '=', planId)
    .orderBy('edit_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const json = image?.before_json ?? image?.after_json;
  if (json) return (JSON.parse(json) as { name?: string }).name;
  // A plan inserted by an edit is recorded by id; its image is kept once that edit is undone.
  const inserted = await db
    .selectFrom('history_changes')
    .select(['after_json'])
    .where('table_name', '=', 'plans')
    .where('row_ids_json', 'like', `%"${planId}"%`)
    .where('after_json', 'is not', null)
    .orderBy('edit_seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!inserted?.after_json) return undefined;
  const images = JSON.parse(inserted.after_json) as RowImages;
  const idAt = images.columns.indexOf('id');
  const nameAt = images.columns.indexOf('name');
  const row = images.rows.find((r) => r[idAt] === planId);
  return row && typeof row[nameAt] === 'string' ? row[nameAt] : undefined;
}
