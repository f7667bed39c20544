import { dayFromNumber } from '../model/dates';
import { RULE_CODE, RULE_FIXES, severityOf, type RuleId } from './catalog';
import type { CompiledModel } from './compile';
import type { Finding } from './finding';

/** Parts of a finding in the compiled model's terms (indexes and relative days). */
export interface FindingParts {
  rule: RuleId;
  key: string;
  amount: number;
  acts: ArrayLike<number>;
  res?: ArrayLike<number>;
  segs?: ArrayLike<number>;
  /** Plans involved; derived from the activities when omitted. */
  plans?: ArrayLike<number>;
  /** Inclusive relative days, or omitted for plan-wide findings. */
  from?: number;
  to?: number;
  zh: string;
  en: string;
}

export function makeFinding(m: CompiledModel, p: FindingParts): Finding {
  const ids = m.input.activities;
  const activityIds: string[] = new Array<string>(p.acts.length);
  for (let k = 0; k < p.acts.length; k++) activityIds[k] = ids[p.acts[k]].id;
  let planIds: string[];
  if (p.plans) {
    planIds = Array.from(p.plans, (x) => m.input.plans[x].id);
  } else if (p.acts.length === 1) {
    planIds = [ids[p.acts[0]].planId];
  } else {
    planIds = [...new Set(activityIds.map((_, k) => ids[p.acts[k]].planId))];
  }
  const weight = m.weights[RULE_CODE[p.rule]];
  return {
    key: p.key,
    ruleId: p.rule,
    severity: severityOf(p.rule),
    weight,
    amount: p.amount,
    penalty: weight * p.amount,
    activityIds,
    resourceIds: p.res ? Array.from(p.res, (r) => m.input.resources[r].id) : [],
    segmentIds: p.segs ? Array.from(p.segs, (s) => m.input.segments[s].id) : [],
    planIds,
    span: p.from === undefined || p.to === undefined ? null : { start: dayFromNumber(m.base + p.from), end: dayFromNumber(m.base + p.to) },
    message: { 'zh-CN': p.zh, en: p.en },
    fixes: RULE_FIXES[p.rule],
  };
}

export const day = (m: CompiledModel, d: number): string => dayFromNumber(m.base + d);
export const title = (m: CompiledModel, i: number): string => m.input.activities[i].title;
export const resName = (m: CompiledModel, r: number): string => m.input.resources[r].name;

/** Rules switched off (weight 0) produce no findings at all. */
export function ruleOn(m: CompiledModel, rule: RuleId): boolean {
  return m.weights[RULE_CODE[rule]] > 0;
}

/** "A、B、C 等 N 项" / "A, B, C and N more": a readable list of activity titles. */
export function titles(m: CompiledModel, acts: ArrayLike<number>, zh: boolean): string {
  const shown = Math.min(acts.length, 3);
  const parts: string[] = [];
  for (let k = 0; k < shown; k++) parts.push(`「${title(m, acts[k])}」`);
  const more = acts.length - shown;
  if (zh) return parts.join('、') + (more > 0 ? ` 等 ${acts.length} 项` : '');
  return parts.join(', ').replace(/「|」/g, '"') + (more > 0 ? ` and ${more} more` : '');
}
