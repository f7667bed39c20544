import type { ActivityStatus, ActivityType, BudgetCategory, RiskCategory, RiskStatus } from './enums';

/**
 * English names of enum values: the one source for the English UI (src-renderer/src/i18n/en.ts
 * takes them from here) and for exports made from it (src-main/files/table). The importer reads
 * them too (labels.ts), so an English export comes back in as it went out.
 */
export const ACTIVITY_TYPE_EN: Record<ActivityType, string> = {
  festival: 'Festival theme',
  industry: 'Industry theme',
  hot_topic: 'Hot topic',
  birthday: 'Member birthday',
  vip_day: 'VIP day',
  salon: 'Member salon',
  member_day: 'Member day',
  online: 'Online interaction',
  cross_brand: 'Cross-brand',
  retention: 'Retention event',
  conference: 'Member conference',
  city_promotion: 'City promotion',
  other: 'Other',
};

export const ACTIVITY_STATUS_EN: Record<ActivityStatus, string> = {
  draft: 'Draft',
  planned: 'Planned',
  confirmed: 'Confirmed',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const BUDGET_CATEGORY_EN: Record<BudgetCategory, string> = {
  venue: 'Venue rental',
  promotion: 'Promotion',
  gifts: 'Gifts and prizes',
  personnel: 'Personnel',
  catering: 'Catering and lodging',
  equipment: 'Equipment',
  guests: 'Guests',
  research: 'Research',
  materials: 'Materials',
  operations: 'On-site operations',
  analysis: 'Analysis',
  compensation: 'Member compensation',
  benefits: 'Long-term benefits',
  acquisition: 'User acquisition',
  content: 'Content',
  technology: 'Technology',
  contingency: 'Contingency',
  other: 'Other',
};

export const RISK_CATEGORY_EN: Record<RiskCategory, string> = {
  market: 'Market',
  technical: 'Technical',
  member_churn: 'Member churn',
  legal: 'Legal/compliance',
  safety: 'Safety',
  public_opinion: 'Public opinion',
  financial: 'Financial',
  supplier: 'Supplier',
  data_security: 'Data security',
  experience: 'Experience',
};

export const RISK_STATUS_EN: Record<RiskStatus, string> = {
  open: 'Open',
  monitoring: 'Monitoring',
  triggered: 'Triggered',
  closed: 'Closed',
};
