import type { PlanAssumptionInput } from '../model';

/**
 * The figures a template builds a plan on, each marked with its source: quoted from one of the
 * planners' documents (with the section), or an assumption the planner may change. Every plan a
 * template makes carries its list in its settings (plan settings → 依据与假设).
 */
export const DOCS = {
  campaign: '会员档期策划方案',
  retention: '保客活动管理办法',
  conference: '会员大会实施方案',
  city: '同城运营推广方案',
} as const;

type Unit = [zh: string, en: string];
export const PEOPLE: Unit = ['人', 'people'];
export const YUAN_UNIT: Unit = ['元', 'CNY'];
export const PERCENT: Unit = ['%', '%'];
export const SENDS_DAY: Unit = ['条/天', 'sends/day'];
export const SENDS_MONTH: Unit = ['条/月', 'sends/month'];
export const MONTHS: Unit = ['个月', 'months'];
export const DAYS: Unit = ['天', 'days'];
export const MINUTES: Unit = ['分钟', 'minutes'];

export function fromDocument(
  key: string,
  nameZh: string,
  nameEn: string,
  value: number,
  unit: Unit,
  reference: string,
): PlanAssumptionInput {
  return { key, nameZh, nameEn, value, unitZh: unit[0], unitEn: unit[1], source: 'document', reference };
}

export function assumed(
  key: string,
  nameZh: string,
  nameEn: string,
  value: number,
  unit: Unit,
  note = '',
): PlanAssumptionInput {
  return { key, nameZh, nameEn, value, unitZh: unit[0], unitEn: unit[1], source: 'assumption', reference: note };
}

/** The members the planner expects: the template's scale, always the planner's own estimate. */
export const membersAssumption = (scale: number): PlanAssumptionInput =>
  assumed('members', '会员数', 'Members', scale, PEOPLE, '规划输入');

/** The SMS channel's two caps (see SMS_CHANNEL): the document names 1,000,000 members and no period. */
export function smsAssumptions(daily: number, monthly: number): PlanAssumptionInput[] {
  return [
    assumed('sms.daily_cap', '短信通道日上限', 'SMS channel daily cap', daily, SENDS_DAY),
    assumed(
      'sms.period_cap',
      '短信通道月上限',
      'SMS channel monthly cap',
      monthly,
      SENDS_MONTH,
      `${DOCS.campaign}：短信覆盖100万会员，未给周期`,
    ),
  ];
}
