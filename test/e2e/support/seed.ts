import type { Activity, ActivityInput, Plan } from '../../../src-shared/model';
import { invoke } from './api';
import type { RunningHost } from './host';

type Door = Pick<RunningHost, 'origin' | 'token'>;

export async function seedPlan(host: Door, name: string, startDate: string, endDate: string): Promise<Plan> {
  return invoke(host, 'plan/create', { name, startDate, endDate });
}

export async function seedActivities(
  host: Door,
  planId: string,
  items: Omit<ActivityInput, 'planId'>[],
): Promise<Activity[]> {
  const out: Activity[] = [];
  for (const item of items) out.push(await invoke(host, 'activity/create', { planId, ...item }));
  return out;
}

/** January 2027 of a member campaign calendar, drawn from docs/domain.md §1 (New Year, Spring Festival run-up). */
export const JANUARY_2027: Omit<ActivityInput, 'planId'>[] = [
  {
    title: '元旦跨年会员狂欢',
    type: 'festival',
    start: '2027-01-01',
    end: '2027-01-03',
    priority: 'festival',
    pinned: true,
    owner: '李娜',
    expectedParticipants: 3000,
  },
  { title: '新年会员日', type: 'member_day', start: '2027-01-06', end: '2027-01-06', owner: '王敏' },
  {
    title: '冬季会员沙龙',
    type: 'salon',
    allDay: false,
    start: '2027-01-09T14:00',
    end: '2027-01-09T16:30',
    owner: '赵磊',
    expectedParticipants: 60,
  },
  { title: '一月会员生日会', type: 'birthday', start: '2027-01-16', end: '2027-01-16', owner: '陈静' },
  { title: '年货节线上互动', type: 'online', start: '2027-01-18', end: '2027-01-24', priority: 'trend' },
  { title: '会员日·年货专场', type: 'member_day', start: '2027-01-20', end: '2027-01-20' },
  { title: 'VIP尊享日', type: 'vip_day', start: '2027-01-23', end: '2027-01-23', status: 'confirmed', owner: '李娜' },
  { title: '跨界联名：咖啡品牌', type: 'cross_brand', start: '2027-01-27', end: '2027-01-28', status: 'draft' },
  { title: '春节预热宣传', type: 'festival', start: '2027-01-29', end: '2027-02-05', priority: 'festival' },
];
