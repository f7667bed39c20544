/**
 * A plan's Automerge document: its rows keyed by table and id, each row a map of its columns
 * (without the stamps, which say when this laptop wrote a row, not what it holds). Strings are
 * stored as ImmutableString, so two planners changing one title give one winner and a visible
 * other value (getConflicts), never a character-wise blend of both titles.
 *
 * The document is the plan's shared history; SQLite stays the working store. Each local edit is
 * written here as one change (rowsDiff + applyRowOps); a document that arrives from a colleague
 * (plan file, later the sync server) is merged and its state written back to SQLite.
 */
import * as A from '@automerge/automerge';
import { PLAN_DOC_TABLES, type PlanDocTable, type PlanRows, emptyPlanRows } from '../db/queries/plan-docs';
import type { Row, SqlValue } from '../db/row-ops';
import type { LocalizedText } from '../../src-shared/errors';

type DocValue = A.ImmutableString | number | null;
export interface PlanDocShape {
  tables: Record<PlanDocTable, Record<string, Record<string, DocValue>>>;
}
export type PlanDoc = A.Doc<PlanDocShape>;

/**
 * A plan's first document, holding its rows as they are now. Made once, by the laptop where the
 * plan is first needed as a document; every other copy descends from it (through a plan file or
 * the sync server), which is what gives a merge its common ancestor. Automerge.from writes the
 * whole state in one go, several times faster than the same rows assigned one by one in a change.
 */
export function newPlanDoc(rows: PlanRows, actor: A.ActorId): PlanDoc {
  const tables = Object.fromEntries(
    PLAN_DOC_TABLES.map((t) => [t, Object.fromEntries(Object.entries(rows[t]).map(([id, row]) => [id, docRow(row)]))]),
  ) as PlanDocShape['tables'];
  return A.from<Record<string, unknown>>({ tables }, { actor }) as unknown as PlanDoc;
}

export function docRow(row: Row): Record<string, DocValue> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, docValue(v)]));
}

export function loadPlanDocBytes(bytes: Uint8Array, actor: A.ActorId): PlanDoc {
  return A.load<PlanDocShape>(bytes, { actor });
}

export function randomActor(): A.ActorId {
  return crypto.randomUUID().replaceAll('-', '') as A.ActorId;
}

export function plainValue(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (A.isImmutableString(v)) return v.toString();
  // Nothing else is ever written (see docValue); a stranger value reads as text, not as a crash.
  return String(v);
}

function docValue(v: SqlValue): DocValue {
  return typeof v === 'string' ? new A.ImmutableString(v) : v;
}

/** The document's rows as plain values. */
export function rowsOf(doc: PlanDoc): PlanRows {
  const out = emptyPlanRows();
  const tables = (doc as Partial<PlanDocShape>).tables;
  if (!tables) return out;
  for (const table of PLAN_DOC_TABLES) {
    const rows = tables[table];
    if (!rows) continue;
    for (const [id, row] of Object.entries(rows)) {
      const plain: Row = {};
      for (const [k, v] of Object.entries(row)) plain[k] = plainValue(v);
      out[table][id] = plain;
    }
  }
  return out;
}

/** One row's change: put (the whole row, when new) or set/delete fields, or delete the row. */
export type RowOp =
  | { kind: 'put'; table: PlanDocTable; id: string; row: Row }
  | { kind: 'fields'; table: PlanDocTable; id: string; set: Row; unset: string[] }
  | { kind: 'delete'; table: PlanDocTable; id: string };

/** What turns `before` into `after`, field by field (so a colleague's edit of another field survives). */
export function rowsDiff(before: PlanRows, after: PlanRows): RowOp[] {
  const ops: RowOp[] = [];
  for (const table of PLAN_DOC_TABLES) {
    const b = before[table];
    const a = after[table];
    for (const id of Object.keys(b)) if (!(id in a)) ops.push({ kind: 'delete', table, id });
    for (const [id, row] of Object.entries(a)) {
      const old = b[id];
      if (!old) {
        ops.push({ kind: 'put', table, id, row });
        continue;
      }
      const set: Row = {};
      let any = false;
      for (const [k, v] of Object.entries(row)) {
        if (old[k] !== v) {
          set[k] = v;
          any = true;
        }
      }
      const unset = Object.keys(old).filter((k) => !(k in row));
      if (any || unset.length > 0) ops.push({ kind: 'fields', table, id, set, unset });
    }
  }
  return ops;
}

/** Who made a change and why, kept in the change's message (Automerge actors are opaque ids). */
export interface ChangeNote {
  planner: string;
  label: LocalizedText;
}

/** Applies the ops as one change; the same document back when there is nothing to apply. */
export function applyRowOps(doc: PlanDoc, ops: readonly RowOp[], note: ChangeNote): PlanDoc {
  if (ops.length === 0) return doc;
  return A.change(doc, { message: JSON.stringify(note) }, (d) => {
    for (const op of ops) {
      const rows = (d.tables[op.table] ??= {});
      if (op.kind === 'delete') {
        delete rows[op.id];
      } else if (op.kind === 'put') {
        rows[op.id] = docRow(op.row);
      } else {
        const row = rows[op.id];
        if (!row) {
          // Deleted concurrently in this document: the row comes back whole only via a put.
          continue;
        }
        for (const [k, v] of Object.entries(op.set)) row[k] = docValue(v);
        for (const k of op.unset) delete row[k];
      }
    }
  });
}

/** The note of a change, or null for changes this app did not write (the shared first change). */
export function noteOf(message: string | null): ChangeNote | null {
  if (!message) return null;
  try {
    const v = JSON.parse(message) as Partial<ChangeNote>;
    const label = v.label;
    const ok = typeof v.planner === 'string' && typeof label?.['zh-CN'] === 'string' && typeof label.en === 'string';
    return ok ? { planner: v.planner as string, label: { 'zh-CN': label['zh-CN'], en: label.en } } : null;
  } catch {
    return null;
  }
}

/**
 * The heads of the history two copies share: the changes both hold that no other shared change
 * depends on. Empty when the copies share nothing (not even the first change: a foreign document).
 */
export function commonHeads(a: PlanDoc, b: PlanDoc): A.Heads {
  const inA = new Set(A.getChangesMetaSince(a, []).map((c) => c.hash));
  const shared = A.getChangesMetaSince(b, []).filter((c) => inA.has(c.hash));
  const depended = new Set(shared.flatMap((c) => c.deps));
  return shared.filter((c) => !depended.has(c.hash)).map((c) => c.hash);
}

/** The rows as they were at `heads` (the common ancestor of a merge). */
export function rowsAt(doc: PlanDoc, heads: A.Heads): PlanRows {
  return heads.length === 0 ? emptyPlanRows() : rowsOf(A.view(doc, heads));
}

/** A field's rival values after a merge (concurrent assignments), or null when it has one value. */
export function rivalValues(doc: PlanDoc, table: PlanDocTable, id: string, field: string): SqlValue[] | null {
  const row = doc.tables?.[table]?.[id];
  if (!row) return null;
  const c = A.getConflicts(row, field);
  if (!c) return null;
  const values = Object.values(c).map(plainValue);
  return values.length > 1 ? values : null;
}
