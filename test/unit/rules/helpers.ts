import {
  defaultRuleSettings,
  snapshotCalendar,
  WeekendCalendar,
  type RuleActivity,
  type RulesInput,
  type RuleSettings,
} from '../../../src-shared/rules';
import type { Festival } from '../../../src-shared/calendar/types';

/** Deterministic UUIDs so findings validate against the contract's Id schema. */
export const uid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export const PLAN = uid(1);

export function act(n: number, start: string, end: string, extra: Partial<RuleActivity> = {}): RuleActivity {
  return {
    id: uid(1000 + n),
    planId: PLAN,
    title: `A${n}`,
    type: 'other',
    priority: 'normal',
    pinned: false,
    locked: false,
    allDay: start.length === 10,
    start,
    end,
    windowStart: null,
    windowEnd: null,
    hasBackup: true,
    claims: [],
    segmentIds: [],
    ...extra,
  };
}

/** An input where every soft plan-level target is met or switched off, so a test sees only its rule. */
export function inputOf(
  part: Omit<Partial<RulesInput>, 'settings'> & { settings?: Partial<RuleSettings> },
  festivals: Festival[] = [],
): RulesInput {
  const plans = part.plans ?? [{ id: PLAN, name: 'P', startDate: '2026-03-01', endDate: '2026-04-30' }];
  const base = defaultRuleSettings();
  const settings: RuleSettings = {
    ...base,
    weights: {
      'month.min_activities': 0,
      'month.nonworkday_share': 0,
      'month.preferred_share': 0,
      'plan.backup_share': 0,
    },
    ...part.settings,
  };
  return {
    plans,
    activities: part.activities ?? [],
    resources: part.resources ?? [],
    segments: part.segments ?? [],
    tasks: part.tasks ?? [],
    budgetLines: part.budgetLines ?? [],
    calendar: part.calendar ?? snapshotCalendar(new WeekendCalendar(festivals), '2026-01-01', '2026-12-31'),
    settings,
  };
}
