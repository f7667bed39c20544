import type { PlanSnapshot } from '../../../../src-shared/contract';
import { dayNumber } from '../../../../src-shared/model';
import { DEFAULT_WEIGHTS, type Finding, RULE_FIXES } from '../../../../src-shared/rules';
import type { DropVerdict } from '../conflicts/schedule-model';

/**
 * The verdict for a new activity dragged from the tray (a type chip) onto a day. It has no
 * resources or members yet, so of the rules only the day itself can speak: a day outside the
 * plan, or one of the plan's blackout dates (a hard finding once it is saved there). Everything
 * else is judged when its form is saved, like any edit.
 */
export function newActivityVerdict(snapshot: PlanSnapshot): (day: string) => DropVerdict {
  const { plan, settings } = snapshot;
  const blackout = new Set(settings.blackoutDates);
  return (day) => {
    const outside = dayNumber(day) < dayNumber(plan.startDate) || dayNumber(day) > dayNumber(plan.endDate);
    if (outside || !blackout.has(day)) return { day, outside, hard: [], soft: [] };
    const weight = DEFAULT_WEIGHTS['plan.blackout'];
    const finding: Finding = {
      key: `plan.blackout:new:${day}`,
      ruleId: 'plan.blackout',
      severity: 'hard',
      weight,
      amount: 1,
      penalty: weight,
      activityIds: [],
      resourceIds: [],
      segmentIds: [],
      planIds: [plan.id],
      span: { start: day, end: day },
      message: { 'zh-CN': `${day} 是方案禁排日`, en: `${day} is one of the plan's blackout dates` },
      fixes: RULE_FIXES['plan.blackout'],
    };
    return { day, outside, hard: [finding], soft: [] };
  };
}
