import type { ApprovalTier, BudgetLine, PlanSettings } from '../model';
import { approversFor } from '../model';

/**
 * The approval a budget line needs (审批层级), computed from the plan's thresholds rather than
 * stored, so changing a threshold re-tiers every line at once (docs/domain.md §4).
 */
export interface LineApproval {
  /** The amount the tier is decided on: the largest of planned, committed and actual. */
  amountCents: number;
  /** Index into the plan's tiers (0 = the lowest). */
  tierIndex: number;
  approvers: ApprovalTier[];
  /** Unplanned spend above the CEO threshold. */
  needsCeo: boolean;
}

type Line = Pick<BudgetLine, 'plannedCents' | 'committedCents' | 'actualCents' | 'unplanned'>;

export function approvalOf(line: Line, approval: PlanSettings['approval']): LineApproval {
  // The larger of plan and spend: a line planned at 40k but committed at 60k needs the 60k sign-off.
  const amountCents = Math.max(line.plannedCents, line.committedCents, line.actualCents);
  const approvers = approversFor(amountCents, line.unplanned, approval);
  const tierIndex = approval.tiers.indexOf(approvers[0]);
  return {
    amountCents,
    tierIndex: tierIndex < 0 ? approval.tiers.length - 1 : tierIndex,
    approvers,
    needsCeo: approvers.length > 1,
  };
}

/** "运营总监 + 财务总监会签 + CEO" / "Operations director + … + CEO". */
export function approverText(a: LineApproval, lang: 'zh-CN' | 'en'): string {
  return a.approvers.map((t) => (lang === 'en' ? t.approverEn : t.approverZh)).join(' + ');
}
