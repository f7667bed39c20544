import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, DEFAULT_PLAN_SETTINGS, type Resource } from '../../../../src-shared/model';

/** A small plan snapshot for the schedule's unit tests (not imported by the app). */
const NOW = '2027-01-01T00:00:00.000Z';
let seq = 0;
const id = () => `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`;

export function resource(name: string, kind: Resource['kind'], quantity = 1): Resource {
  return {
    id: id(),
    name,
    kind,
    quantity,
    dailyCapacity: kind === 'channel' ? quantity : null,
    periodCapacity: null,
    unavailableDates: [],
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
  };
}

export function activity(
  planId: string,
  title: string,
  start: string,
  end: string,
  claims: Resource[] = [],
  extra: Partial<Activity> = {},
): Activity {
  return {
    id: id(),
    planId,
    title,
    type: 'salon',
    status: 'planned',
    allDay: true,
    start,
    end,
    windowStart: null,
    windowEnd: null,
    priority: 'normal',
    pinned: false,
    owner: '',
    expectedParticipants: null,
    notes: '',
    backupPlan: '',
    claims: claims.map((r) => ({ resourceId: r.id, quantity: 1 })),
    segmentIds: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

export function snapshotOf(planId: string, activities: Activity[], resources: Resource[]): PlanSnapshot {
  return {
    plan: {
      id: planId,
      name: '测试方案',
      timeZone: 'Asia/Shanghai',
      currency: 'CNY',
      startDate: '2027-04-01',
      endDate: '2027-06-30',
      createdAt: NOW,
      updatedAt: NOW,
    },
    settings: DEFAULT_PLAN_SETTINGS,
    activities,
    budgetLines: [],
    risks: [],
    kpis: [],
    tasks: [],
    resources,
    segments: [],
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, undoPlans: [], redoPlans: [] },
  };
}

export const PLAN_ID = '00000000-0000-4000-8000-99999999999a';
