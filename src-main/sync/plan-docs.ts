/**
 * Keeps each plan's Automerge document following its rows. SQLite is the working store: every
 * edit, undo and redo changes rows first; the workspace's change event (the edit's outcome) marks
 * its plans, and the document is brought up to date from the rows as one change per update with
 * this laptop's actor and the edit's label and planner in its message. An undo is thus a new
 * change, never a rewrite of history.
 *
 * Documents are brought up to date on demand (a plan file is written or merged) or, once
 * `setEager(true)` (a laptop in a team), right after each edit. Building a large plan's first
 * document costs seconds, which a planner who never shares a plan should not pay on every edit.
 */
import * as A from '@automerge/automerge';
import type { LocalizedText } from '../../src-shared/errors';
import type { SqlValue } from '../db/row-ops';
import {
  type PlanDocTable,
  claimSyncMeta,
  emptyPlanRows,
  loadPlanDoc,
  planDocRev,
  readPlanRows,
  readSyncMeta,
  savePlanDoc,
} from '../db/queries/plan-docs';
import type { EditRecorder } from '../service/edit-recorder';
import type { Workspace } from '../service/workspace';
import { writePlanRows, writeScopedPlanRows } from './write-plan-rows';
import {
  type PlanDoc,
  type RowOp,
  applyRowOps,
  loadPlanDocBytes,
  newPlanDoc,
  randomActor,
  rowsDiff,
  rowsOf,
} from './plan-doc';
import { type PlanScope, docRowsIn, joinScopes, readScopedRows, scopeOfOutcome, scopeOfPatches } from './plan-scope';

interface Cached {
  doc: PlanDoc;
  rev: string;
  /** The stored bytes: a saved document, then the changes saved since (Automerge loads the lot). */
  bytes: Uint8Array;
  savedHeads: A.Heads;
  appended: number;
  /** Compared with the plan's rows as a whole since it was loaded (else the next update does that once). */
  checked: boolean;
}

/** Edits since the document was last brought up to date: the newest one's label, and the rows they touched. */
interface Dirty {
  label: LocalizedText;
  scope: PlanScope | null;
}

const UNNAMED: LocalizedText = { 'zh-CN': '编辑', en: 'Edit' };
/** The undo label of an edit that brought a colleague's changes in. */
export const SYNC_LABEL: LocalizedText = { 'zh-CN': '同步团队的修改', en: 'Sync the team’s changes' };
/** Changes appended to a stored document before it is saved whole again (a save of 2,000 activities costs ~100 ms). */
const COMPACT_AFTER = 100;

export class PlanDocs {
  private readonly cache = new Map<string, Cached>();
  private readonly dirty = new Map<string, Dirty>();
  /** The labels of the edits that wrote a colleague's change: their rows are the document's already. */
  private readonly remoteLabels = new WeakSet<LocalizedText>();
  private chain: Promise<unknown> = Promise.resolve();
  private actor: A.ActorId | null = null;
  private eager = false;
  private readonly updated = new Set<(planId: string, doc: PlanDoc) => void>();

  constructor(private readonly ws: Workspace) {
    ws.onChange((e) => {
      if (this.remoteLabels.has(e.outcome.label)) return;
      const scope = scopeOfOutcome(e.outcome);
      for (const id of e.planIds) {
        const prev = this.dirty.get(id);
        this.dirty.set(id, { label: e.outcome.label, scope: prev ? joinScopes(prev.scope, scope) : scope });
      }
      if (this.eager && e.planIds.length > 0) void this.current(e.planIds).catch(() => undefined);
    });
  }

  setEager(eager: boolean): void {
    this.eager = eager;
  }

  /** Called with each document after a local edit changed it (the sync client sends it on). */
  onUpdated(listener: (planId: string, doc: PlanDoc) => void): () => void {
    this.updated.add(listener);
    return () => this.updated.delete(listener);
  }

  /** Plans edited here whose document has not taken the edit yet. */
  pending(): string[] {
    return [...this.dirty.keys()];
  }

  /** Resolves when every update asked for so far has run. */
  settled(): Promise<void> {
    return this.serial(async () => undefined);
  }

  /** The plans' documents, up to date with their rows; null for a plan that is not here and has none. */
  current(planIds: readonly string[]): Promise<(PlanDoc | null)[]> {
    return this.serial(async () => {
      const out: (PlanDoc | null)[] = [];
      for (const id of planIds) out.push(await this.bringUpToDate(id));
      return out;
    });
  }

  /** This laptop's Automerge actor, made once and kept in the workspace. */
  async actorId(): Promise<A.ActorId> {
    this.actor ??= (await claimSyncMeta(this.ws.db, 'actor', randomActor())) as A.ActorId;
    return this.actor;
  }

  /**
   * Merges a document that came from the team into the plan's own (after taking in any local
   * edit not yet in it) and writes what the merge changed to SQLite as one edit through the
   * workspace, so the warm rules engine and every open window see a colleague's change like any
   * edit. Only the rows the merge's patches touch are read and written. `before` runs first
   * inside that edit (the team's resources the plan's claims need). Answers whether anything was new.
   */
  adoptRemote(planId: string, remote: PlanDoc, before: (rec: EditRecorder) => Promise<void>): Promise<boolean> {
    return this.serial(async () => {
      const local = await this.bringUpToDate(planId);
      if (local && A.hasHeads(local, A.getHeads(remote))) return false;
      const base = this.cache.get(planId) ?? null;
      const label: LocalizedText = { ...SYNC_LABEL };
      this.remoteLabels.add(label);
      const write = (work: (rec: EditRecorder) => Promise<void>) =>
        this.ws.edit(label, async (rec) => {
          await before(rec);
          await work(rec);
          rec.touchPlan(planId);
        });
      if (!local) {
        const merged = A.clone(remote, { actor: await this.actorId() });
        await write((rec) => writePlanRows(rec, planId, rowsOf(merged), this.ws.now()));
        await this.store(planId, merged, null);
        return true;
      }
      const heads = A.getHeads(local);
      // Merging moves `local` on (it is outdated from here): the cache holds it no more until stored.
      this.cache.delete(planId);
      const merged = A.merge(local, remote);
      const scope = scopeOfPatches(A.diff(merged, heads, A.getHeads(merged)).map((p) => p.path));
      const whole = () => write((rec) => writePlanRows(rec, planId, rowsOf(merged), this.ws.now()));
      if (scope && !deletesActivity(scope, merged)) {
        // A row the scope cannot hold alone (a link to an activity this laptop dropped) fails the
        // edit whole; the whole plan is then written instead.
        await write((rec) => writeScopedPlanRows(rec, planId, merged, scope, this.ws.now())).catch(whole);
      } else {
        await whole();
      }
      await this.store(planId, merged, base);
      return true;
    });
  }

  /** Assigns the field anew in the document, superseding its concurrent values (see sync/resolve-concurrent). */
  settleField(planId: string, table: PlanDocTable, id: string, field: string, value: SqlValue): Promise<void> {
    return this.serial(async () => {
      const doc = await this.bringUpToDate(planId);
      const cached = this.cache.get(planId);
      if (!doc || !cached || !doc.tables?.[table]?.[id]) return;
      const planner = (await readSyncMeta(this.ws.db, 'planner')) ?? '';
      const note = { planner, label: { 'zh-CN': '保留并发修改的值', en: 'Keep a concurrent value' } };
      const next = A.change(doc, { message: JSON.stringify(note) }, (d) => {
        d.tables[table][id][field] = typeof value === 'string' ? new A.ImmutableString(value) : value;
      });
      await this.store(planId, next, cached);
      for (const l of this.updated) l(planId, next);
    });
  }

  /** The plan's document as last brought up to date (no reading of rows), or null. */
  cachedDoc(planId: string): PlanDoc | null {
    return this.cache.get(planId)?.doc ?? null;
  }

  /** Forgets a cached document (its stored bytes were replaced inside an edit). */
  forget(planId: string): void {
    this.cache.delete(planId);
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work);
    this.chain = next.catch(() => undefined);
    return next;
  }

  private async bringUpToDate(planId: string): Promise<PlanDoc | null> {
    const dirty = this.dirty.get(planId);
    this.dirty.delete(planId);
    const label = dirty?.label ?? UNNAMED;
    try {
      const cached = await this.cached(planId);
      if (!cached) {
        const rows = await this.ws.db.transaction().execute((trx) => readPlanRows(trx, planId));
        if (!rows) return null;
        const doc = newPlanDoc(rows, await this.actorId());
        await this.store(planId, doc, null);
        for (const l of this.updated) l(planId, doc);
        return doc;
      }
      if (cached.checked && !dirty) return cached.doc;
      const ops = await this.opsToCatchUp(planId, cached, dirty?.scope ?? null);
      cached.checked = true;
      if (ops.length === 0) return cached.doc;
      const planner = (await readSyncMeta(this.ws.db, 'planner')) ?? '';
      const doc = applyRowOps(cached.doc, ops, { planner, label });
      // Sent on before it is stored: the rows are durable already. Until stored, the cache holds
      // the new document with the old bytes, which the next store appends to just the same.
      this.cache.set(planId, { ...cached, doc });
      for (const l of this.updated) l(planId, doc);
      await this.store(planId, doc, cached);
      return doc;
    } catch (error) {
      // Not taken: the plan stays marked (as a whole), and the next update compares it again.
      if (!this.dirty.has(planId)) this.dirty.set(planId, { label, scope: null });
      throw error;
    }
  }

  /** What the document lacks of the rows: only the rows the edits touched, when that is known. */
  private async opsToCatchUp(planId: string, cached: Cached, scope: PlanScope | null): Promise<RowOp[]> {
    if (cached.checked && scope) {
      const here = await this.ws.db.transaction().execute((trx) => readScopedRows(trx, planId, scope));
      return rowsDiff(docRowsIn(cached.doc, scope), here.rows);
    }
    const rows = await this.ws.db.transaction().execute((trx) => readPlanRows(trx, planId));
    return rowsDiff(rowsOf(cached.doc), rows ?? emptyPlanRows());
  }

  private async cached(planId: string): Promise<Cached | null> {
    const hit = this.cache.get(planId);
    const rev = await planDocRev(this.ws.db, planId);
    if (hit && hit.rev === rev) return hit;
    this.cache.delete(planId);
    const stored = await loadPlanDoc(this.ws.db, planId);
    if (!stored) return null;
    const doc = loadPlanDocBytes(stored.doc, await this.actorId());
    const entry = { doc, rev: stored.rev, bytes: stored.doc, savedHeads: A.getHeads(doc), appended: 0, checked: false };
    this.cache.set(planId, entry);
    return entry;
  }

  /**
   * Stores the document: the changes since `base` was stored appended to its bytes (an edit of
   * one field writes a few hundred bytes more, not the whole plan), or saved whole now and then.
   */
  private async store(planId: string, doc: PlanDoc, base: Cached | null): Promise<void> {
    const compact = !base || base.appended >= COMPACT_AFTER;
    const bytes = compact ? A.save(doc) : concatBytes(base.bytes, A.saveSince(doc, base.savedHeads));
    const rev = await savePlanDoc(this.ws.db, planId, bytes, this.ws.now());
    const appended = compact ? 0 : base.appended + 1;
    this.cache.set(planId, { doc, rev, bytes, savedHeads: A.getHeads(doc), appended, checked: true });
  }
}

/** Whether the scope holds an activity the document no longer has (rows outside it may link to it). */
function deletesActivity(scope: PlanScope, doc: PlanDoc): boolean {
  const activities = doc.tables?.activities ?? {};
  for (const id of scope.get('activities') ?? []) if (!(id in activities)) return true;
  return false;
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const attached = new WeakMap<Workspace, PlanDocs>();

/** The workspace's plan documents, attached (listening to its edits) on first ask. */
export function planDocsOf(ws: Workspace): PlanDocs {
  let docs = attached.get(ws);
  if (!docs) attached.set(ws, (docs = new PlanDocs(ws)));
  return docs;
}
