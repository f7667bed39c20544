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
  type PlanRows,
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
import { writePlanRows } from './write-plan-rows';
import { type PlanDoc, applyRowOps, loadPlanDocBytes, newPlanDoc, randomActor, rowsDiff, rowsOf } from './plan-doc';

interface Cached {
  doc: PlanDoc;
  rows: PlanRows;
  rev: string;
}

const UNNAMED: LocalizedText = { 'zh-CN': '编辑', en: 'Edit' };
/** The undo label of an edit that brought a colleague's changes in. */
export const SYNC_LABEL: LocalizedText = { 'zh-CN': '同步团队的修改', en: 'Sync the team’s changes' };

export class PlanDocs {
  private readonly cache = new Map<string, Cached>();
  /** Plans edited since their document was last brought up to date, with the newest edit's label. */
  private readonly dirty = new Map<string, LocalizedText>();
  private chain: Promise<unknown> = Promise.resolve();
  private actor: A.ActorId | null = null;
  private eager = false;
  private readonly updated = new Set<(planId: string, doc: PlanDoc) => void>();

  constructor(private readonly ws: Workspace) {
    ws.onChange((e) => {
      for (const id of e.planIds) this.dirty.set(id, e.outcome.label);
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
   * edit not yet in it) and writes the merged rows to SQLite as one edit through the workspace,
   * so the warm rules engine and every open window see a colleague's change like any edit.
   * `before` runs first inside that edit (the team's resources the plan's claims need).
   * Answers whether anything was new.
   */
  adoptRemote(planId: string, remote: PlanDoc, before: (rec: EditRecorder) => Promise<void>): Promise<boolean> {
    return this.serial(async () => {
      const local = await this.bringUpToDate(planId);
      if (local && A.hasHeads(local, A.getHeads(remote))) return false;
      const merged = local ? A.merge(A.clone(local), remote) : A.clone(remote, { actor: await this.actorId() });
      const rows = rowsOf(merged);
      await this.ws.edit(SYNC_LABEL, async (rec) => {
        await before(rec);
        await writePlanRows(rec, planId, rows, this.ws.now());
        rec.touchPlan(planId);
      });
      await this.store(planId, merged, rows);
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
      await this.store(planId, next, cached.rows);
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
    const label = this.dirty.get(planId) ?? UNNAMED;
    this.dirty.delete(planId);
    try {
      const rows = await this.ws.db.transaction().execute((trx) => readPlanRows(trx, planId));
      const cached = await this.cached(planId);
      if (!cached) {
        if (!rows) return null;
        const doc = newPlanDoc(rows, await this.actorId());
        await this.store(planId, doc, rows);
        for (const l of this.updated) l(planId, doc);
        return doc;
      }
      const target = rows ?? emptyPlanRows();
      const ops = rowsDiff(cached.rows, target);
      if (ops.length === 0) return cached.doc;
      const planner = (await readSyncMeta(this.ws.db, 'planner')) ?? '';
      const doc = applyRowOps(cached.doc, ops, { planner, label });
      await this.store(planId, doc, target);
      for (const l of this.updated) l(planId, doc);
      return doc;
    } catch (error) {
      // Not taken: the plan stays marked, and the next update diffs from the last stored state.
      if (!this.dirty.has(planId)) this.dirty.set(planId, label);
      throw error;
    }
  }

  private async cached(planId: string): Promise<Cached | null> {
    const hit = this.cache.get(planId);
    const rev = await planDocRev(this.ws.db, planId);
    if (hit && hit.rev === rev) return hit;
    this.cache.delete(planId);
    const stored = await loadPlanDoc(this.ws.db, planId);
    if (!stored) return null;
    const doc = loadPlanDocBytes(stored.doc, await this.actorId());
    const entry = { doc, rows: rowsOf(doc), rev: stored.rev };
    this.cache.set(planId, entry);
    return entry;
  }

  private async store(planId: string, doc: PlanDoc, rows: PlanRows): Promise<void> {
    const rev = await savePlanDoc(this.ws.db, planId, A.save(doc), this.ws.now());
    this.cache.set(planId, { doc, rows, rev });
  }
}

const attached = new WeakMap<Workspace, PlanDocs>();

/** The workspace's plan documents, attached (listening to its edits) on first ask. */
export function planDocsOf(ws: Workspace): PlanDocs {
  let docs = attached.get(ws);
  if (!docs) attached.set(ws, (docs = new PlanDocs(ws)));
  return docs;
}
