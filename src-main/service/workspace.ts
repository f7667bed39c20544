import { AppError, type LocalizedText } from '../../src-shared/errors';
import type { HistoryState } from '../../src-shared/contract';
import { loadChanges, markUndone, newestDone, oldestUndone, saveEdit, saveInsertedImages } from '../db/queries/history';
import { rawConnectionOf } from '../db/open-database';
import type { Db } from '../db/schema';
import { EditRecorder, applyChanges } from './edit-recorder';

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

  constructor(
    readonly db: Db,
    /** Injected so tests can freeze time. */
    readonly now: () => string = () => new Date().toISOString(),
  ) {}

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
      // An edit of anything in a plan is an edit of the plan: the plan list's 最后修改 moves (and
      // undo puts it back). A deleted plan has no row left to stamp.
      if (rec.changes.length > 0) {
        const now = this.now();
        for (const id of planIds) await rec.stamp('plans', id, now);
      }
      if (rec.changes.length > 0) await saveEdit(trx, JSON.stringify(label), planIds, rec.changes, this.now(), raw);
      return value;
    });
    await this.notify(planIds);
    return result;
  }

  async undo(): Promise<{ label: LocalizedText; planIds: string[]; history: HistoryState }> {
    return this.step('undo');
  }

  async redo(): Promise<{ label: LocalizedText; planIds: string[]; history: HistoryState }> {
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
    const history = await this.historyState();
    this.emit({ planIds: edit.planIds, history });
    return { label: JSON.parse(edit.label) as LocalizedText, planIds: edit.planIds, history };
  }

  async historyState(): Promise<HistoryState> {
    const [done, undone] = await Promise.all([newestDone(this.db), oldestUndone(this.db)]);
    return {
      canUndo: !!done,
      canRedo: !!undone,
      undoLabel: done ? (JSON.parse(done.label) as LocalizedText) : null,
      redoLabel: undone ? (JSON.parse(undone.label) as LocalizedText) : null,
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
