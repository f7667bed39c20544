import { AppError, type LocalizedText } from '../../src-shared/errors';
import type { HistoryState } from '../../src-shared/contract';
import type { EditOutcome, FindingsDelta } from '../../src-shared/contract-outcome';
import { loadChanges, markUndone, newestDone, oldestUndone, saveEdit, saveInsertedImages } from '../db/queries/history';
import { planRefs, type PlanRef } from '../db/queries/history-plans';
import { rawConnectionOf, transactionOn } from '../db/open-database';
import type { Db, DbOrTrx } from '../db/schema';
import { reportOutcome } from './call-scope';
import { EditRecorder, applyChanges } from './edit-recorder';
import { type TouchSet, resolveTouches, touchesOfEdit, touchesOfStep } from './edit-outcome';
import { loadRulesData } from './engine-input';
import { WarmRules } from './warm-rules';

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
  outcome: EditOutcome;
}

/**
 * The workspace: one database handle, the edit/undo machinery, the warm rules engine and change
 * notification. Each edit is one SQLite transaction and one history entry; it is durable when
 * `edit` resolves (synchronous=FULL), so there is no save step to forget. Every edit, undo and
 * redo ends in an EditOutcome read inside its transaction: what it created, updated and deleted,
 * how the findings changed, and the history state. The outcome goes to the caller (in the
 * channel's response, see call-scope.ts) and, as the same object, to every change listener.
 */
export class Workspace {
  private listeners = new Set<(e: ChangeEvent) => void>();
  private largeChangeHook: ((rows: number) => Promise<void>) | null = null;
  private warm: WarmRules | null = null;
  private warming: Promise<WarmRules> | null = null;

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

  /**
   * The warm rules engine, compiled from the workspace on first use. It is read inside a
   * transaction and installed before that transaction ends, so no edit can fall between the
   * read and the first delta.
   */
  rules(): Promise<WarmRules> {
    if (this.warm) return Promise.resolve(this.warm);
    this.warming ??= transactionOn(this.db, async (trx) => {
      const warm = new WarmRules(await loadRulesData(trx));
      this.warm = warm;
      return warm;
    }).finally(() => (this.warming = null));
    return this.warming;
  }

  /** Runs `work` as one undoable edit and answers its value; the outcome goes to the call and the listeners. */
  async edit<T>(label: LocalizedText, work: (rec: EditRecorder) => Promise<T>): Promise<T> {
    return (await this.editWithOutcome(label, work)).value;
  }

  async editWithOutcome<T>(
    label: LocalizedText,
    work: (rec: EditRecorder) => Promise<T>,
  ): Promise<{ value: T; outcome: EditOutcome }> {
    let outcome: EditOutcome | null = null;
    const value = await this.guardWarm((fed) =>
      transactionOn(this.db, async (trx) => {
        const raw = rawConnectionOf(this.db);
        const rec = new EditRecorder(trx, raw);
        const value = await work(rec);
        const planIds = [...rec.planIds];
        const finalLabel = rec.label ?? label;
        // An edit of anything in a plan is an edit of the plan: the plan list's 最后修改 moves (and
        // undo puts it back). A deleted plan has no row left to stamp.
        if (rec.changes.length > 0) {
          const now = this.now();
          for (const id of planIds) await rec.stamp('plans', id, now);
        }
        if (rec.changes.length > 0)
          await saveEdit(trx, JSON.stringify(finalLabel), planIds, rec.changes, this.now(), raw);
        outcome = await this.outcomeOf(trx, fed, 'edit', finalLabel, planIds, touchesOfEdit(rec.changes));
        return value;
      }),
    );
    return { value, outcome: this.publish(outcome) };
  }

  async undo(): Promise<StepResult> {
    return this.step('undo');
  }

  async redo(): Promise<StepResult> {
    return this.step('redo');
  }

  private async step(direction: 'undo' | 'redo'): Promise<StepResult> {
    let outcome: EditOutcome | null = null;
    await this.guardWarm((fed) =>
      transactionOn(this.db, async (trx) => {
        const target = direction === 'undo' ? await newestDone(trx) : await oldestUndone(trx);
        if (!target) throw nothingTo(direction);
        const raw = rawConnectionOf(this.db);
        const changes = await loadChanges(trx, target.seq, raw);
        const images = await applyChanges(trx, changes, direction, raw);
        for (const c of changes) {
          if (c.kind === 'insert') await saveInsertedImages(trx, target.seq, c.ord, images.get(c) ?? null);
        }
        await markUndone(trx, target.seq, direction === 'undo');
        const label = JSON.parse(target.label) as LocalizedText;
        const touched = touchesOfStep(changes, direction, images);
        outcome = await this.outcomeOf(trx, fed, direction, label, target.planIds, touched);
      }),
    );
    const published = this.publish(outcome);
    const plans = await planRefs(this.db, published.planIds);
    return { label: published.label, planIds: published.planIds, plans, history: published.history };
  }

  async historyState(db: DbOrTrx = this.db): Promise<HistoryState> {
    const [done, undone] = await Promise.all([newestDone(db), oldestUndone(db)]);
    const [undoPlans, redoPlans] = await Promise.all([
      planRefs(db, done?.planIds ?? []),
      planRefs(db, undone?.planIds ?? []),
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

  /** The outcome of an edit or step, read inside its transaction; the warm engine takes its delta here. */
  private async outcomeOf(
    trx: DbOrTrx,
    fed: { warm: boolean },
    kind: EditOutcome['kind'],
    label: LocalizedText,
    planIds: string[],
    touched: TouchSet,
  ): Promise<EditOutcome> {
    const resolved = await resolveTouches(trx, touched);
    fed.warm = this.warm !== null;
    const findings: FindingsDelta[] = this.warm ? await this.warm.apply(trx, resolved.rules) : [];
    return {
      id: crypto.randomUUID(),
      kind,
      label,
      planIds,
      created: resolved.created,
      updated: resolved.updated,
      deleted: resolved.deleted,
      calendarChanged: resolved.calendarChanged,
      findings,
      history: await this.historyState(trx),
    };
  }

  /**
   * Runs a transaction that may feed the warm engine a delta. Should it fail after the engine
   * took the delta (a failed commit), the engine no longer matches the database: it is dropped
   * and compiled again on the next question.
   */
  private async guardWarm<T>(run: (fed: { warm: boolean }) => Promise<T>): Promise<T> {
    const fed = { warm: false };
    try {
      return await run(fed);
    } catch (error) {
      if (fed.warm) this.warm = null;
      throw error;
    }
  }

  private publish(outcome: EditOutcome | null): EditOutcome {
    if (!outcome) throw new Error('an edit ended without an outcome');
    reportOutcome(outcome);
    const event: ChangeEvent = { planIds: outcome.planIds, history: outcome.history, outcome };
    for (const l of this.listeners) l(event);
    return outcome;
  }
}

function nothingTo(direction: 'undo' | 'redo'): AppError {
  return direction === 'undo'
    ? new AppError('NOTHING_TO_UNDO', { 'zh-CN': '没有可撤销的操作。', en: 'Nothing to undo.' })
    : new AppError('NOTHING_TO_REDO', { 'zh-CN': '没有可重做的操作。', en: 'Nothing to redo.' });
}
