import { z } from 'zod';
import { BudgetLine, BudgetLineInput, Id, RaciRole, ShortText, Task } from './model';

/**
 * Plan-item channels beyond plain CRUD, spread into `contract` (contract.ts). Each is one
 * undoable edit, however many rows it writes.
 */
const PastedLine = BudgetLineInput.omit({ planId: true });

export const planItemsContract = {
  /**
   * Inserts lines pasted from a spreadsheet, in order, as ONE undoable edit.
   * Errors: NOT_FOUND (plan or a line's activity), VALIDATION (an activity of another plan).
   */
  'budget/paste-lines': {
    request: z.object({ planId: Id, lines: z.array(PastedLine).min(1).max(10_000) }).strict(),
    response: z.array(BudgetLine),
  },
  /** Copies a line (approval reset to not submitted) right after it. Errors: NOT_FOUND. */
  'budget/duplicate-line': { request: z.object({ id: Id }).strict(), response: BudgetLine },
  /** Deletes several lines as one undoable edit. Errors: NOT_FOUND (any id; then nothing is deleted). */
  'budget/delete-lines': {
    request: z.object({ ids: z.array(Id).min(1).max(10_000) }).strict(),
    response: z.object({ ids: z.array(Id) }),
  },
  /**
   * Sets one cell of the RACI matrix: `person`'s role on a task, or removes it (role null).
   * Errors: NOT_FOUND (task).
   */
  'raci/set': {
    request: z.object({ taskId: Id, person: ShortText.min(1), role: RaciRole.nullable() }).strict(),
    response: Task,
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;
