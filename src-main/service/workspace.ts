import { AppError, type LocalizedText } from '../../src-shared/errors';
import type { HistoryState } from '../../src-shared/contract';
import { loadChanges, markUndone, newestDone, oldestUndone, saveEdit, saveInsertedImages } from '../db/queries/history';
import { planRefs, type PlanRef } from '../db/queries/history-plans';
import { rawConnectionOf } from '../db/open-database';
import type { Db } from '../db/schema';
import { EditRecorder, applyChanges } from './edit-recorder';

/** What an undo or redo did: its label, and the plans it changed (ids and names). */
export interface StepResult {
  label: LocalizedText;
  planIds: string[];
  plans: PlanRef[];
  history: HistoryState;
}

export interface ChangeEvent {
  planIds: string[];
  history: HistoryState;
}

/**
 * The workspace: one database handle, the edit/undo machinery and change notification.
 * Each edit is one SQLite transaction and one history entry; it is durable when `edit` resolves
 * (synchronous=FULL), so there is no save step to forget.
 */
export class Workspace {
  private listeners = new Set<(e: ChangeEvent) => void>();
  private largeChangeHook: ((rows: number) => Promise<void>) | null = null;

  constructor(
    readonly db: Db,
    /** Injected so tests can freeze time. */
    readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** The session backs the workspace up here before an import or template writes many rows. */
  setLargeChangeHook(hook: (rows: number) => Promise<void>): void {
    this.largeChangeHook = hook;
  }

  /** Called before an edit that writes `rows` rows (imports, templates); resolves when it may go ahead. */
  async beforeLargeChange(rows: number): Promise<void> {
    await this.largeChangeHook?.(rows);
  }

  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async edit<T>(label: LocalizedText, work: (rec: EditRecorder) => Promise<T>): Promise<T> {
    let planIds: string[] = [];
    const result = await this.db.transaction().execute(async (trx) => {
      const raw = rawConnectionOf(this.db);
      const rec = new EditRecorder(trx, raw);
      const value = await work(rec);
      planIds = [...rec.planIds];
      if (rec.changes.length > 0) await saveEdit(trx, JSON.stringify(label), planIds, rec.changes, this.now(), raw);
      return value;
    });
    await this.notify(planIds);
    return result;
  }

  async undo(): Promise<StepResult> {
    return this.step('undo');
  }

  async redo(): Promise<StepResult> {
    return this.step('redo');
  }

  private async step(direction: 'undo' | 'redo') {
    const edit = await this.db.transaction().execute(async (trx) => {
      const target = direction === 'undo' ? await newestDone(trx) : await oldestUndone(trx);
      if (!target) throw nothingTo(direction);
      const raw = rawConnectionOf(this.db);
      const changes = await loadChanges(trx, target.seq, raw);
      const images = await applyChanges(trx, changes, direction, raw);
      for (const c of changes) {
        if (c.kind === 'insert') await saveInsertedImages(trx, target.seq, c.ord, images.get(c) ?? null);
      }
      await markUndone(trx, target.seq, direction === 'undo');
      return target;
    });
    const [history, plans] = await Promise.all([this.historyState(), planRefs(this.db, edit.planIds)]);
    this.emit({ planIds: edit.planIds, history });
    return { label: JSON.parse(edit.label) as LocalizedText, planIds: edit.planIds, plans, history };
  }

  async historyState(): Promise<HistoryState> {
    const [done, undone] = await Promise.all([newestDone(this.db), oldestUndone(this.db)]);
    const [undoPlans, redoPlans] = await Promise.all([
      planRefs(this.db, done?.planIds ?? []),
      planRefs(this.db, undone?.planIds ?? []),
    ]);
    return {
      canUndo: !!done,
      canRedo: !!undone,
      undoLabel: done ? (JSON.parse(done.label) as LocalizedText) : null,
      redoLabel: undone ? (JSON.parse(undone.label) as LocalizedText) : null,
      undoPlans,
      redoPlans,
    };
  }

  private async notify(planIds: string[]): Promise<void> {
    if (this.listeners.size === 0) return;
    this.emit({ planIds, history: await this.historyState() });
  }

  private emit(e: ChangeEvent): void {
    for (const l of this.listeners) l(e);
  }
}

function nothingTo(direction: 'undo' | 'redo'): AppError {
  return direction === 'undo'
    ? new AppError('NOTHING_TO_UNDO', { 'zh-CN': '没有可撤销的操作。', en: 'Nothing to undo.' })
    : new AppError('NOTHING_TO_REDO', { 'zh-CN': '没有可重做的操作。', en: 'Nothing to redo.' });
}
