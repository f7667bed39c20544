import type { EntityIds, EntitySet } from '../../src-shared/contract-outcome';
import { emptyEntityIds, emptyEntitySet } from '../../src-shared/contract-outcome';
import type { Activity } from '../../src-shared/model';
import {
  activitiesByIds,
  budgetLinesByIds,
  kpisByIds,
  parentActivityIds,
  plansByIds,
  resourcesByIds,
  risksByIds,
  segmentsByIds,
  tasksByIds,
} from '../db/queries/by-ids';
import { baselineInfosByIds } from '../db/queries/baselines';
import type { InsertedRows, RowChange, StoredChange } from '../db/queries/history';
import { budgetLineFromRow, kpiFromRow, riskFromRow, taskFromRow } from '../db/queries/plan-items';
import { planFromRow } from '../db/queries/plans';
import { resourceFromRow, segmentFromRow } from '../db/queries/resources';
import type { Row, RowImages } from '../db/row-ops';
import type { DbOrTrx, EditableTable } from '../db/schema';
import { parseStoredSettings } from './settings-handlers';
import type { RulesTouch } from './warm-rules';

/**
 * The rows an edit (or an undo or redo) touched, turned into entities: which were created,
 * updated or deleted, each read as it is now inside the edit's transaction. Claim and segment
 * rows count as a change of their activity.
 */
export class TouchSet {
  /** Per table, the touched row ids and whether the row did not exist before (created). */
  readonly rows = new Map<EditableTable, Map<string, boolean>>();
  /** Activities whose claims or segment links changed. */
  readonly parents = new Set<string>();
  /** Plans whose row changed only in `updated_at` (the 最后修改 stamp of an edit inside the plan). */
  readonly stampedPlans = new Set<string>();
  /** Plans whose row changed in anything else: the rules read plans, so these recompile. */
  readonly changedPlans = new Set<string>();
  /** Child rows inserted by this edit, whose activity is looked up once they exist. */
  readonly newChildren: { table: 'activity_claims' | 'activity_segments'; ids: string[] }[] = [];

  /** Notes whether a plan row's change is only its stamp, which no rule reads. */
  plan(id: string, before: Row | null, after: Row | null): void {
    if (before && after && onlyStampDiffers(before, after)) this.stampedPlans.add(id);
    else this.changedPlans.add(id);
  }

  touch(table: EditableTable, id: string, created: boolean): void {
    let m = this.rows.get(table);
    if (!m) this.rows.set(table, (m = new Map()));
    // A row created and later updated in the same edit is still created.
    m.set(id, (m.get(id) ?? false) || created);
  }

  /** A child row's image (row object or JSON text): its activity counts as changed. */
  child(image: Row | null): void {
    const parent = image?.activity_id;
    if (typeof parent === 'string') this.parents.add(parent);
  }

  childImages(images: RowImages | null): void {
    if (!images) return;
    const at = images.columns.indexOf('activity_id');
    if (at < 0) return;
    for (const r of images.rows) if (typeof r[at] === 'string') this.parents.add(r[at]);
  }
}

function onlyStampDiffers(before: Row, after: Row): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const k of keys) if (k !== 'updated_at' && before[k] !== after[k]) return false;
  return true;
}

function parseRow(json: string | null): Row | null {
  return json === null ? null : (JSON.parse(json) as Row);
}

const isChild = (t: EditableTable): t is 'activity_claims' | 'activity_segments' =>
  t === 'activity_claims' || t === 'activity_segments';

/** What a forward edit touched, from the recorder's changes. */
export function touchesOfEdit(changes: readonly RowChange[]): TouchSet {
  const t = new TouchSet();
  for (const c of changes) {
    if (c.kind === 'insert') {
      for (const id of c.ids) t.touch(c.table, id, true);
      if (c.table === 'plans') for (const id of c.ids) t.changedPlans.add(id);
      if (isChild(c.table)) t.newChildren.push({ table: c.table, ids: c.ids });
      continue;
    }
    t.touch(c.table, c.id, c.before === null);
    if (c.table === 'plans') t.plan(c.id, c.before, c.after);
    if (isChild(c.table)) {
      t.child(c.before);
      t.child(c.after);
    }
  }
  return t;
}

/** What an undo or redo touched, from the stored changes and the images the step read or wrote. */
export function touchesOfStep(
  changes: readonly StoredChange[],
  direction: 'undo' | 'redo',
  images: ReadonlyMap<InsertedRows, RowImages | null>,
): TouchSet {
  const t = new TouchSet();
  for (const c of changes) {
    if (c.kind === 'insert') {
      for (const id of c.ids) t.touch(c.table, id, direction === 'redo');
      if (c.table === 'plans') for (const id of c.ids) t.changedPlans.add(id);
      if (isChild(c.table)) t.childImages(direction === 'undo' ? (images.get(c) ?? null) : c.images);
      continue;
    }
    const from = direction === 'undo' ? c.afterJson : c.beforeJson;
    t.touch(c.table, c.id, from === null);
    if (c.table === 'plans') t.plan(c.id, parseRow(c.beforeJson), parseRow(c.afterJson));
    if (isChild(c.table)) {
      for (const json of [c.beforeJson, c.afterJson]) t.child(json === null ? null : (JSON.parse(json) as Row));
    }
  }
  return t;
}

export interface ResolvedTouches {
  created: EntitySet;
  updated: EntitySet;
  deleted: EntityIds;
  calendarChanged: boolean;
  rules: RulesTouch;
}

/** Reads every touched entity inside the transaction and sorts it into created, updated or deleted. */
export async function resolveTouches(trx: DbOrTrx, t: TouchSet): Promise<ResolvedTouches> {
  for (const { table, ids } of t.newChildren)
    for (const p of await parentActivityIds(trx, table, ids)) t.parents.add(p);
  const created = emptyEntitySet();
  const updated = emptyEntitySet();
  const deleted = emptyEntityIds();
  const rowsOf = (table: EditableTable) => t.rows.get(table) ?? new Map<string, boolean>();

  /** Sorts one kind: found rows into created/updated by whether they are new, missing ones into deleted. */
  async function sort<R extends { id: string }, E>(
    table: EditableTable,
    extra: Iterable<string>,
    read: (db: DbOrTrx, ids: readonly string[]) => Promise<R[]>,
    map: (r: R) => E,
    put: (set: EntitySet, e: E, r: R) => void,
    gone: (ids: EntityIds, id: string) => void,
  ): Promise<void> {
    const touched = new Map(rowsOf(table));
    for (const id of extra) if (!touched.has(id)) touched.set(id, false);
    if (touched.size === 0) return;
    const found = await read(trx, [...touched.keys()]);
    const byId = new Map(found.map((r) => [r.id, r]));
    for (const [id, isNew] of touched) {
      const r = byId.get(id);
      if (r) put(isNew ? created : updated, map(r), r);
      else if (!isNew) gone(deleted, id);
    }
  }

  const activities = new Map<string, Activity | null>();
  await sort(
    'activities',
    t.parents,
    activitiesByIds,
    (a) => a,
    (set, a) => {
      set.activities.push(a);
      activities.set(a.id, a);
    },
    (ids, id) => {
      ids.activities.push(id);
      activities.set(id, null);
    },
  );
  await sort(
    'plans',
    [],
    plansByIds,
    planFromRow,
    (set, p, row) => {
      set.plans.push(p);
      // A stamp-only change (an edit inside the plan) leaves its settings as they were: not sent again.
      if (t.changedPlans.has(p.id) || !t.stampedPlans.has(p.id))
        set.planSettings.push({ planId: p.id, settings: parseStoredSettings(row.settings_json) });
    },
    (ids, id) => ids.plans.push(id),
  );
  await sort(
    'resources',
    [],
    resourcesByIds,
    resourceFromRow,
    (s, e) => s.resources.push(e),
    (d, id) => d.resources.push(id),
  );
  await sort(
    'segments',
    [],
    segmentsByIds,
    segmentFromRow,
    (s, e) => s.segments.push(e),
    (d, id) => d.segments.push(id),
  );
  await sort(
    'budget_lines',
    [],
    budgetLinesByIds,
    budgetLineFromRow,
    (s, e) => s.budgetLines.push(e),
    (d, id) => d.budgetLines.push(id),
  );
  await sort(
    'risks',
    [],
    risksByIds,
    riskFromRow,
    (s, e) => s.risks.push(e),
    (d, id) => d.risks.push(id),
  );
  await sort(
    'kpis',
    [],
    kpisByIds,
    kpiFromRow,
    (s, e) => s.kpis.push(e),
    (d, id) => d.kpis.push(id),
  );
  await sort(
    'tasks',
    [],
    tasksByIds,
    taskFromRow,
    (s, e) => s.tasks.push(e),
    (d, id) => d.tasks.push(id),
  );

  // Baselines are listed only when an edit touched one, so every other outcome reads as before.
  await sort(
    'baselines',
    [],
    baselineInfosByIds,
    (b) => b,
    (s, e) => (s.baselines ??= []).push(e),
    (d, id) => (d.baselines ??= []).push(id),
  );

  const has = (table: EditableTable) => rowsOf(table).size > 0;
  const calendarChanged = has('holiday_years');
  return {
    created,
    updated,
    deleted,
    calendarChanged,
    rules: {
      activities,
      // A plan only stamped (最后修改) changes nothing the rules read; any other plan change recompiles.
      plans: [...rowsOf('plans').keys()].some((id) => t.changedPlans.has(id) || !t.stampedPlans.has(id)),
      resources: has('resources'),
      segments: has('segments'),
      tasks: has('tasks'),
      budgetLines: has('budget_lines'),
      calendar: calendarChanged,
    },
  };
}
