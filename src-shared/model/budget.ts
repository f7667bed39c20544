import { z } from 'zod';
import { IsoDay } from './dates';
import { ApprovalStatus, BudgetCategory } from './enums';
import { Cents, Id, LongText, ShortText, patchShape, staleGuard } from './ids';

/** A budget line (预算科目). Amounts are integer cents. */
const budgetFields = {
  activityId: Id.nullable().default(null),
  /** The plan's phase this money belongs to (planning/execution/monitoring/review, or preparation/…). */
  phase: ShortText.default(''),
  category: BudgetCategory,
  description: ShortText.default(''),
  plannedCents: Cents.default(0),
  committedCents: Cents.default(0),
  actualCents: Cents.default(0),
  /** Spending nobody planned: over 10,000 CNY it needs the CEO (docs/domain.md §4). */
  unplanned: z.boolean().default(false),
  /** The month the money is spent in, for plan-vs-actual by month. */
  date: IsoDay.nullable().default(null),
  approvalStatus: ApprovalStatus.default('not_submitted'),
  approvedBy: ShortText.default(''),
  notes: LongText.default(''),
};
export const BudgetLineInput = z.object({ planId: Id, ...budgetFields });
export type BudgetLineInput = z.input<typeof BudgetLineInput>;
export const BudgetLinePatch = z.object({ id: Id, ...patchShape(budgetFields), ...staleGuard });
export type BudgetLinePatch = z.input<typeof BudgetLinePatch>;
export const BudgetLine = z.object({
  id: Id,
  planId: Id,
  ...budgetFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;
