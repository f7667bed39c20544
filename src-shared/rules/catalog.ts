/**
 * The rule catalogue: every conflict rule's stable id, severity and default weight. Ids are
 * stored in plan settings and shown in findings, so they never change once shipped; a weight
 * of 0 switches a rule off for a plan.
 */
export const HARD_RULE_IDS = [
  'resource.capacity', // overlapping claims exceed a venue/staff/equipment quantity
  'resource.unavailable', // scheduled on a resource's blocked date
  'plan.blackout', // scheduled on one of the plan's blackout dates
  'activity.window', // outside the activity's earliest start / latest end
  'task.lead_time', // a prep task does not end N days before its activity
  'activity.precedence', // activity A must end before activity B starts
  'channel.capacity', // sends per day on a channel above its daily capacity
  'channel.period_capacity', // sends in a calendar month on a channel above its monthly capacity
] as const;

export const SOFT_RULE_IDS = [
  'segment.min_gap', // the same member segment targeted twice within its minimum gap
  'segment.weekly_max', // a segment targeted more often than its weekly maximum
  'month.nonworkday_share', // under 20% of a month's activities touch a non-workday
  'month.preferred_share', // under 80% of a month's activities in preferred slots
  'month.min_activities', // fewer than 10 activities in a month
  'festival.window', // a festival-theme activity away from every festival's window
  'plan.backup_share', // under 30% of a plan's activities have a backup plan
  'budget.phase_cap', // a phase's spending above its cap
  'budget.month_cap', // a month's spending above its cap
  'phase.buffer', // an activity eats into the last 20% of its phase kept as buffer
] as const;

export const RULE_IDS = [...HARD_RULE_IDS, ...SOFT_RULE_IDS] as const;
export type HardRuleId = (typeof HARD_RULE_IDS)[number];
export type SoftRuleId = (typeof SOFT_RULE_IDS)[number];
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'hard' | 'soft';

/** Numeric codes index typed arrays in the compiled engine; their order follows RULE_IDS. */
export const RULE_CODE: Record<RuleId, number> = Object.fromEntries(RULE_IDS.map((id, i) => [id, i])) as Record<
  RuleId,
  number
>;

export function severityOf(id: RuleId): Severity {
  return (HARD_RULE_IDS as readonly string[]).includes(id) ? 'hard' : 'soft';
}

/**
 * Default weights. Hard rules weigh per unit of violation (units over capacity per day, days
 * outside a window); the solver multiplies the hard total by HARD_SCALE so no amount of soft
 * gain ever buys a hard violation.
 */
export const DEFAULT_WEIGHTS: Record<RuleId, number> = {
  'resource.capacity': 1,
  'resource.unavailable': 1,
  'plan.blackout': 1,
  'activity.window': 1,
  'task.lead_time': 1,
  'activity.precedence': 1,
  'channel.capacity': 1,
  'channel.period_capacity': 1,
  'segment.min_gap': 2,
  'segment.weekly_max': 3,
  'month.nonworkday_share': 2,
  'month.preferred_share': 1,
  'month.min_activities': 1,
  'festival.window': 3,
  'plan.backup_share': 1,
  'budget.phase_cap': 5,
  'budget.month_cap': 5,
  'phase.buffer': 1,
};

export const HARD_SCALE = 1_000_000;

/** What a planner (or the solver) can do about a finding. */
export const FIX_KINDS = [
  'move',
  'swap_resource',
  'pin',
  'solve',
  'add_backup',
  'edit_budget',
  'edit_window',
  'add_activity',
] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export const RULE_FIXES: Record<RuleId, FixKind[]> = {
  'resource.capacity': ['move', 'swap_resource', 'pin', 'solve'],
  'resource.unavailable': ['move', 'swap_resource', 'solve'],
  'plan.blackout': ['move', 'solve'],
  'activity.window': ['move', 'edit_window', 'solve'],
  'task.lead_time': ['move', 'solve'],
  'activity.precedence': ['move', 'solve'],
  'channel.capacity': ['move', 'pin', 'solve'],
  'channel.period_capacity': ['move', 'solve'],
  'segment.min_gap': ['move', 'solve'],
  'segment.weekly_max': ['move', 'solve'],
  'month.nonworkday_share': ['move', 'solve'],
  'month.preferred_share': ['move', 'solve'],
  'month.min_activities': ['add_activity', 'move'],
  'festival.window': ['move', 'solve'],
  'plan.backup_share': ['add_backup'],
  'budget.phase_cap': ['edit_budget'],
  'budget.month_cap': ['edit_budget', 'move', 'solve'],
  'phase.buffer': ['move', 'pin', 'solve'],
};

/** Short names for findings lists, explanations and the solver's sentences. */
export const RULE_LABELS: Record<RuleId, { 'zh-CN': string; en: string }> = {
  'resource.capacity': { 'zh-CN': '资源超出容量', en: 'resource over capacity' },
  'resource.unavailable': { 'zh-CN': '资源不可用', en: 'resource unavailable' },
  'plan.blackout': { 'zh-CN': '方案禁排日', en: 'plan blackout date' },
  'activity.window': { 'zh-CN': '超出允许时间窗', en: 'outside the allowed window' },
  'task.lead_time': { 'zh-CN': '筹备提前期不足', en: 'prep lead time too short' },
  'activity.precedence': { 'zh-CN': '活动先后顺序', en: 'activity order' },
  'channel.capacity': { 'zh-CN': '渠道日发送量超限', en: 'channel daily capacity exceeded' },
  'channel.period_capacity': { 'zh-CN': '渠道月发送量超限', en: 'channel monthly capacity exceeded' },
  'segment.min_gap': { 'zh-CN': '会员触达间隔过短', en: 'segment contacted too soon' },
  'segment.weekly_max': { 'zh-CN': '会员每周触达过多', en: 'segment contacted too often in a week' },
  'month.nonworkday_share': { 'zh-CN': '休息日活动占比不足', en: 'too few activities on non-workdays' },
  'month.preferred_share': { 'zh-CN': '偏好时段占比不足', en: 'too few activities in preferred slots' },
  'month.min_activities': { 'zh-CN': '月度活动数不足', en: 'too few activities in the month' },
  'festival.window': { 'zh-CN': '节日活动偏离节日', en: 'festival activity away from its festival' },
  'plan.backup_share': { 'zh-CN': '备选方案不足', en: 'too few backup plans' },
  'budget.phase_cap': { 'zh-CN': '阶段预算超支', en: 'phase budget exceeded' },
  'budget.month_cap': { 'zh-CN': '月度预算超支', en: 'monthly budget exceeded' },
  'phase.buffer': { 'zh-CN': '占用阶段缓冲时间', en: 'phase buffer used' },
};
