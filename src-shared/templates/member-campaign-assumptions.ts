import type { PlanAssumptionInput } from '../model';
import {
  DOCS,
  PEOPLE,
  PERCENT,
  SENDS_DAY,
  SENDS_MONTH,
  YUAN_UNIT,
  assumed,
  fromDocument,
  membersAssumption,
  smsAssumptions,
} from './assumptions';
import { SMS_DAILY_CAP, SMS_PERIOD_CAP, TIER_SHARES, type TemplateContext } from './common';
import { CAMPAIGN_EXTRA_SEGMENTS, FESTIVAL_KIND, KINDS } from './member-campaign-catalog';
import {
  CAMPAIGN_MONTHLY_PARTICIPANTS,
  CAMPAIGN_RESERVE_PERCENT,
  CAMPAIGN_TOTAL_CENTS,
} from './member-campaign-extras';
import { YUAN } from './money';

const SEGMENT_EN: Record<string, string> = {
  act_active: 'Active members',
  act_silent: 'Silent members',
  life_new: 'New members',
};

/** What the member campaign calendar is built on (会员档期策划方案 unless marked an assumption). */
export function campaignAssumptions(ctx: TemplateContext, totalCents: number): PlanAssumptionInput[] {
  const doc = DOCS.campaign;
  const budget =
    totalCents === CAMPAIGN_TOTAL_CENTS
      ? fromDocument('budget.total', '总预算', 'Total budget', totalCents / YUAN, YUAN_UNIT, `${doc} 08`)
      : assumed('budget.total', '总预算', 'Total budget', totalCents / YUAN, YUAN_UNIT, '规划输入');
  const pct = (x: number) => Math.round(x * 1000) / 10;
  return [
    membersAssumption(ctx.scale),
    budget,
    fromDocument('budget.market_reserve', '市场风险应对资金', 'Market-risk reserve', 200_000, YUAN_UNIT, `${doc} 09`),
    assumed(
      'budget.reserve_share',
      '风险准备金占总预算',
      'Reserve share of the budget',
      CAMPAIGN_RESERVE_PERCENT,
      PERCENT,
    ),
    assumed('budget.phase.planning', '策划阶段预算占比', 'Planning phase share', 20, PERCENT, `${doc}只给出四个阶段`),
    assumed('budget.phase.execution', '执行阶段预算占比', 'Execution phase share', 50, PERCENT),
    assumed('budget.phase.monitoring', '监控阶段预算占比', 'Monitoring phase share', 15, PERCENT),
    assumed('budget.phase.review', '总结阶段预算占比', 'Review phase share', 15, PERCENT),
    fromDocument(
      'kpi.monthly_participants',
      '月均参与人数目标',
      'Monthly participants target',
      CAMPAIGN_MONTHLY_PARTICIPANTS,
      PEOPLE,
      `${doc} 01`,
    ),
    fromDocument('reach.big_festival', '大型节日活动会员参与率', 'Big festival reach', 50, PERCENT, `${doc} 04`),
    fromDocument(
      'reach.birthday',
      '生日会参与会员占比（全年）',
      'Birthday parties reach (year)',
      15,
      PERCENT,
      `${doc} 04`,
    ),
    fromDocument('reach.salon', '会员沙龙参与会员占比（全年）', 'Salons reach (year)', 30, PERCENT, `${doc} 04`),
    fromDocument(
      'reach.vip_day',
      'VIP尊享日每月参与',
      'VIP day participants a month',
      KINDS.vip_day.perEvent ?? 20,
      PEOPLE,
      `${doc} 04`,
    ),
    assumed('reach.small_festival', '小型节日活动参与率', 'Small festival reach', pct(FESTIVAL_KIND.rate), PERCENT),
    assumed('tier.regular', '普通会员占比', 'Regular tier share', pct(TIER_SHARES.regular), PERCENT),
    assumed('tier.silver', '银卡会员占比', 'Silver tier share', pct(TIER_SHARES.silver), PERCENT),
    assumed('tier.gold', '金卡会员占比', 'Gold tier share', pct(TIER_SHARES.gold), PERCENT),
    assumed('tier.diamond', '钻石会员占比', 'Diamond tier share', pct(TIER_SHARES.diamond), PERCENT),
    ...CAMPAIGN_EXTRA_SEGMENTS.map((s) =>
      assumed(`segment.${s.key}`, `${s.name}占比`, `${SEGMENT_EN[s.key]} share`, pct(s.share), PERCENT),
    ),
    ...smsAssumptions(SMS_DAILY_CAP, SMS_PERIOD_CAP),
    fromDocument('email.period_cap', '邮件每月覆盖', 'Email a month', 500_000, SENDS_MONTH, `${doc} 07`),
    assumed('email.daily_cap', '邮件通道日上限', 'Email channel daily cap', 16_000, SENDS_DAY),
  ];
}
