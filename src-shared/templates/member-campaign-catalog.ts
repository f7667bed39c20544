import type { ActivityType } from '../model';
import type { DraftResource } from './draft';
import { SMS_CHANNEL } from './common';

/**
 * The member campaign calendar's vocabulary (docs/domain.md §1): which festivals get a theme, what
 * each activity type claims, whom it targets and what it costs. Kept apart from the generator
 * so a planner-facing review of the wording does not touch the scheduling code.
 */
export interface FestivalTheme {
  titleZh: string;
  titleEn: string;
  /** One of the year's 4-5 big festival campaigns: pinned on the festival day itself. */
  big: boolean;
  /** A day named by its date (520, 618, 双12): it sits on that date, not the nearest weekend. */
  onTheDay?: boolean;
  /** 会员档期策划方案 04: the festival's own number of events and the members they reach in all. */
  events?: number;
  members?: number;
}

export const FESTIVAL_THEMES: Record<string, FestivalTheme> = {
  new_year: { titleZh: '元旦会员迎新礼', titleEn: 'New Year welcome gifts', big: false },
  spring_festival: {
    titleZh: '春节会员年货节',
    titleEn: 'Spring Festival member fair',
    big: true,
    events: 5,
    members: 3000,
  },
  valentines: { titleZh: '情人节会员甜蜜礼', titleEn: "Valentine's member gifts", big: false },
  lantern: { titleZh: '元宵会员猜灯谜游园', titleEn: 'Lantern Festival riddles', big: false },
  womens_day: { titleZh: '女神节会员专场', titleEn: "Women's Day member special", big: false },
  labour_day: { titleZh: '五一会员狂欢购', titleEn: 'Labour Day member shopping festival', big: true },
  day_520: { titleZh: '520会员告白季', titleEn: '520 member love week', big: false, onTheDay: true },
  mothers_day: { titleZh: '母亲节感恩会员礼', titleEn: "Mother's Day thank-you gifts", big: false },
  childrens_day: { titleZh: '六一亲子会员日', titleEn: "Children's Day family event", big: false },
  dragon_boat: { titleZh: '端午会员包粽子', titleEn: 'Dragon Boat zongzi workshop', big: false },
  day_618: { titleZh: '618会员年中大促', titleEn: '618 member mid-year sale', big: false, onTheDay: true },
  fathers_day: { titleZh: '父亲节会员礼', titleEn: "Father's Day member gifts", big: false },
  qixi: { titleZh: '七夕会员浪漫夜', titleEn: 'Qixi member evening', big: false },
  mid_autumn: {
    titleZh: '中秋会员团圆宴',
    titleEn: 'Mid-Autumn member reunion',
    big: true,
    events: 3,
    members: 2000,
  },
  national_day: { titleZh: '国庆会员黄金周', titleEn: 'National Day golden week', big: true, members: 5000 },
  double_ninth: { titleZh: '重阳敬老会员日', titleEn: 'Double Ninth senior members day', big: false },
  double_11: { titleZh: '双11会员狂欢节', titleEn: 'Double 11 member festival', big: true },
  double_12: { titleZh: '双12会员返场', titleEn: 'Double 12 member encore', big: false, onTheDay: true },
  christmas: { titleZh: '圣诞会员派对', titleEn: 'Christmas member party', big: false },
};

export const CAMPAIGN_RESOURCES: DraftResource[] = [
  { key: 'venue_store', name: '门店活动区', kind: 'venue', quantity: 1, notes: '门店活动区' },
  {
    key: 'venue_hall',
    name: '多功能厅',
    kind: 'venue',
    quantity: 1,
    notes: '沙龙、VIP尊享日与生日会的多功能厅',
  },
  { key: 'venue_live', name: '线上直播间', kind: 'venue', quantity: 1, notes: '直播间' },
  { key: 'staff_events', name: '活动执行组', kind: 'staff', quantity: 8, notes: '活动执行人员（人）' },
  {
    key: 'ch_sms',
    name: '短信通道',
    kind: 'channel',
    ...SMS_CHANNEL,
  },
  {
    key: 'ch_email',
    name: '邮件通道',
    kind: 'channel',
    dailyCapacity: 16_000,
    notes: '会员档期策划方案：每月邮件覆盖50万活跃会员；每日约16,000封为假设。',
  },
  {
    key: 'ch_social',
    name: '公众号/社群推送',
    kind: 'channel',
    dailyCapacity: 3,
    notes: '公众号与社群每日推送条数（假设）',
  },
];

/** Audience segments beyond the tiers: activity and lifecycle (docs/domain.md §1). */
export const CAMPAIGN_EXTRA_SEGMENTS = [
  { key: 'act_active', name: '活跃会员', dimension: 'activity' as const, share: 0.35 },
  { key: 'act_silent', name: '沉默会员', dimension: 'activity' as const, share: 0.3 },
  { key: 'life_new', name: '新会员', dimension: 'lifecycle' as const, share: 0.12 },
];

export type Slot = 'first_half' | 'second_half' | 'month';

export interface KindSpec {
  type: ActivityType;
  titleZh: string;
  titleEn: string;
  days: number;
  venue: string | null;
  staff: number;
  channel: 'ch_sms' | 'ch_email' | 'ch_social' | null;
  /** Participants as a share of members, clamped to [min, max] (an assumption unless below). */
  rate: number;
  /** 会员档期策划方案 04: the share of members the kind reaches over the year, all its events together. */
  annualShare?: number;
  /** 会员档期策划方案 04: participants per event, as the document gives them. */
  perEvent?: number;
  min: number;
  max: number;
  /** Relative weight in the execution budget. */
  cost: number;
  category: 'promotion' | 'venue' | 'gifts' | 'catering' | 'content';
  backup: string | null;
  priority: 'festival' | 'preference' | 'trend' | 'normal';
}

export const KINDS: Record<string, KindSpec> = {
  industry: {
    type: 'industry',
    titleZh: '行业特色·会员科技节',
    titleEn: 'Industry theme: member tech festival',
    days: 2,
    venue: 'venue_hall',
    staff: 4,
    channel: 'ch_email',
    rate: 0.02,
    min: 80,
    max: 600,
    cost: 5,
    category: 'venue',
    backup: '场地不可用时改在门店活动区分两场举办，或转为线上直播',
    priority: 'preference',
  },
  cross_brand: {
    type: 'cross_brand',
    titleZh: '跨界合作·联名会员周末',
    titleEn: 'Cross-brand co-branded weekend',
    days: 2,
    venue: 'venue_store',
    staff: 3,
    channel: 'ch_social',
    rate: 0.03,
    min: 100,
    max: 2000,
    cost: 4,
    category: 'promotion',
    backup: '合作方延期时以自有品牌会员福利替代，联名内容顺延至下月',
    priority: 'preference',
  },
  vip_day: {
    type: 'vip_day',
    titleZh: 'VIP尊享日',
    titleEn: 'VIP day',
    days: 1,
    venue: 'venue_hall',
    staff: 3,
    channel: 'ch_email',
    rate: 0.01,
    perEvent: 20,
    min: 30,
    max: 200,
    cost: 2,
    category: 'gifts',
    backup: '到场率不足时改为一对一预约专场，礼遇不变',
    priority: 'preference',
  },
  salon: {
    type: 'salon',
    titleZh: '会员沙龙',
    titleEn: 'Member salon',
    days: 1,
    venue: 'venue_hall',
    staff: 2,
    channel: 'ch_email',
    rate: 0.002,
    annualShare: 0.3,
    min: 20,
    max: 60,
    cost: 1.5,
    category: 'catering',
    backup: '嘉宾缺席时由内部专家主讲，或改为线上沙龙',
    priority: 'preference',
  },
  birthday: {
    type: 'birthday',
    titleZh: '会员生日会',
    titleEn: 'Member birthday party',
    days: 1,
    venue: 'venue_hall',
    staff: 2,
    channel: 'ch_sms',
    rate: 0.003,
    annualShare: 0.15,
    min: 20,
    max: 80,
    cost: 1.5,
    category: 'gifts',
    backup: '报名不足时合并至下月生日会，并向寿星发放电子生日礼券',
    priority: 'preference',
  },
  member_day: {
    type: 'member_day',
    titleZh: '会员日限时折扣',
    titleEn: 'Member day limited-time discount',
    days: 1,
    venue: null,
    staff: 1,
    channel: 'ch_sms',
    rate: 0.05,
    min: 100,
    max: 20_000,
    cost: 1,
    category: 'promotion',
    backup: null,
    priority: 'preference',
  },
  online: {
    type: 'online',
    titleZh: '线上互动直播',
    titleEn: 'Online interaction live stream',
    days: 1,
    venue: 'venue_live',
    staff: 1,
    channel: 'ch_social',
    rate: 0.04,
    min: 100,
    max: 50_000,
    cost: 0.5,
    category: 'content',
    backup: null,
    priority: 'trend',
  },
  hot_topic: {
    type: 'hot_topic',
    titleZh: '热点融合话题活动',
    titleEn: 'Hot-topic tie-in',
    days: 1,
    venue: 'venue_live',
    staff: 1,
    channel: 'ch_social',
    rate: 0.03,
    min: 100,
    max: 30_000,
    cost: 0.5,
    category: 'content',
    backup: null,
    priority: 'trend',
  },
};

/** `bigShare`: 会员档期策划方案 04, big festival events reach at least 50% of members; `rate` is an assumption. */
export const FESTIVAL_KIND = {
  staff: 3,
  rate: 0.03,
  bigShare: 0.5,
  min: 100,
  max: 20_000,
  cost: 3,
  bigCost: 8,
} as const;
