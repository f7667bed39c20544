import { z } from 'zod';

/** Activity types from the member campaign calendar (docs/domain.md §1) plus the other three playbooks. */
export const ACTIVITY_TYPES = [
  'festival', // 节日主题
  'industry', // 行业特色
  'hot_topic', // 热点融合
  'birthday', // 会员生日会
  'vip_day', // VIP尊享日
  'salon', // 会员沙龙
  'member_day', // 会员日 (limited-time discount)
  'online', // 线上互动
  'cross_brand', // 跨界合作
  'retention', // 保客活动
  'conference', // 会员大会
  'city_promotion', // 同城推广
  'other',
] as const;
export const ActivityType = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityType>;

export const ACTIVITY_STATUSES = ['draft', 'planned', 'confirmed', 'in_progress', 'done', 'cancelled'] as const;
export const ActivityStatus = z.enum(ACTIVITY_STATUSES);
export type ActivityStatus = z.infer<typeof ActivityStatus>;

/**
 * Why an activity is where it is, which decides what moves first when something must
 * (docs/domain.md §1: festivals first, then member preference, then market trends).
 */
export const PRIORITY_CLASSES = ['festival', 'preference', 'trend', 'normal'] as const;
export const PriorityClass = z.enum(PRIORITY_CLASSES);
export type PriorityClass = z.infer<typeof PriorityClass>;

export const RESOURCE_KINDS = ['venue', 'staff', 'equipment', 'channel'] as const;
export const ResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ResourceKind>;

export const SEGMENT_DIMENSIONS = ['tier', 'spend', 'activity', 'lifecycle', 'rfm', 'custom'] as const;
export const SegmentDimension = z.enum(SEGMENT_DIMENSIONS);
export type SegmentDimension = z.infer<typeof SegmentDimension>;

export const BUDGET_CATEGORIES = [
  'venue', // 场地租赁
  'promotion', // 宣传推广
  'gifts', // 礼品奖品
  'personnel', // 人员费用
  'catering', // 餐饮住宿
  'equipment',
  'guests',
  'research',
  'materials',
  'operations',
  'analysis',
  'compensation',
  'benefits',
  'acquisition',
  'content',
  'technology',
  'contingency',
  'other',
] as const;
export const BudgetCategory = z.enum(BUDGET_CATEGORIES);
export type BudgetCategory = z.infer<typeof BudgetCategory>;

export const APPROVAL_STATUSES = ['not_submitted', 'pending', 'approved', 'rejected'] as const;
export const ApprovalStatus = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof ApprovalStatus>;

export const RISK_CATEGORIES = [
  'market',
  'technical',
  'member_churn',
  'legal',
  'safety',
  'public_opinion',
  'financial',
  'supplier',
  'data_security',
  'experience',
] as const;
export const RiskCategory = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof RiskCategory>;

export const RISK_STATUSES = ['open', 'monitoring', 'triggered', 'closed'] as const;
export const RiskStatus = z.enum(RISK_STATUSES);
export type RiskStatus = z.infer<typeof RiskStatus>;

export const TASK_STATUSES = ['todo', 'doing', 'done', 'blocked'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;
