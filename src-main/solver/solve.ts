import { dayFromNumber, dayNumber } from '../../src-shared/model/dates';
import {
  RULE_LABELS,
  RulesEngine,
  severityOf,
  type Finding,
  type FindingCounts,
  type Proposal,
  type ProposedMove,
  type RuleId,
  type RulesInput,
  type ScoreSummary,
} from '../../src-shared/rules';
import { search, type Progress, type SearchResult } from './search';
import type { DisruptionWeights } from './weights';

/**
 * The solver's front: takes the workspace as RulesInput and what may move, runs the search,
 * re-checks the result with the exact rules and writes the proposal with a sentence per move.
 */
export interface SolveRequest {
  input: RulesInput;
  /** Only this plan's activities move (others still count for shared resources); null = the workspace. */
  planId: string | null;
  /** Only these activities move, when given. */
  activityIds?: string[];
  timeLimitMs: number;
  seed: number;
  allowSwaps?: boolean;
  maxShiftDays?: number;
  maxEvaluations?: number;
  stallLimit?: number;
  disruption?: DisruptionWeights;
  /** Soft points a unit of clash costs once clash-free (SearchOptions.clashPenalty); scale it with `disruption`. */
  clashPenalty?: number;
  /**
   * Where disruption is measured from, by activity id: a 定稿's start days. Activities not named
   * are measured from where they start now (see StateOptions.home).
   */
  homeStarts?: Readonly<Record<string, string>>;
}

/**
 * Tries without a better schedule before the solver stops ("no improvement for a while"). A
 * try is one move of the mix (a shift, a swap, an ejection chain, a ruin-and-recreate).
 */
export const DEFAULT_STALL_LIMIT = 20_000;
/** …and a few more per movable activity on a large plan, where each try touches less of it. */
const STALL_PER_ACTIVITY = 5;

export interface SolveHooks {
  onProgress?: (p: Progress) => void;
  shouldStop?: () => boolean;
}

export function summarize(findings: Finding[]): ScoreSummary {
  const byRule: Partial<Record<RuleId, number>> = {};
  let hard = 0;
  let soft = 0;
  for (const f of findings) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + f.penalty;
    if (f.severity === 'hard') hard += f.penalty;
    else soft += f.penalty;
  }
  return { hard, soft, byRule };
}

/** A before-finding counts as solved only if no finding of its rule after the solve shares an activity with it. */
export function solvedKeys(before: Finding[], after: Finding[]): string[] {
  const afterKeys = new Set(after.map((f) => f.key));
  const touched = new Map<string, Set<string>>();
  for (const f of after) {
    const set = touched.get(f.ruleId) ?? new Set<string>();
    for (const a of f.activityIds) set.add(a);
    touched.set(f.ruleId, set);
  }
  return before
    .filter((f) => !afterKeys.has(f.key) && !f.activityIds.some((a) => touched.get(f.ruleId)?.has(a)))
    .map((f) => f.key);
}

function shiftValue(v: string, days: number): string {
  return dayFromNumber(dayNumber(v) + days) + v.slice(10);
}

/** Findings counted one by one, as the header and the conflicts panel count them. */
export function countFindings(findings: readonly Finding[]): FindingCounts {
  const byRule: Partial<Record<RuleId, number>> = {};
  let hard = 0;
  let soft = 0;
  for (const f of findings) {
    byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    if (f.severity === 'hard') hard++;
    else soft++;
  }
  return { hard, soft, byRule };
}

export function solve(req: SolveRequest, hooks: SolveHooks = {}): Proposal {
  const input = req.input;
  const engine = new RulesEngine(input);
  const m = engine.m;
  // The scope the planner sees: the plan's findings (as conflict/list answers for the plan), or all.
  const inScope = (f: Finding) => req.planId === null || f.planIds.includes(req.planId);
  const before = engine.findings().filter(inScope);
  const movable = new Uint8Array(m.n);
  const only = req.activityIds ? new Set(req.activityIds) : null;
  let movers = 0;
  input.activities.forEach((a, i) => {
    movable[i] = (req.planId === null || a.planId === req.planId) && (!only || only.has(a.id)) ? 1 : 0;
    movers += movable[i];
  });
  const result = search(m, {
    timeLimitMs: req.timeLimitMs,
    seed: req.seed,
    allowSwaps: req.allowSwaps ?? true,
    movable,
    maxShiftDays: req.maxShiftDays,
    maxEvaluations: req.maxEvaluations,
    stallLimit: req.stallLimit ?? Math.max(DEFAULT_STALL_LIMIT, STALL_PER_ACTIVITY * movers),
    stopWhenClean: true,
    disruption: req.disruption,
    clashPenalty: req.clashPenalty,
    home: homeOf(m, input, req.homeStarts),
    onProgress: hooks.onProgress,
    shouldStop: hooks.shouldStop,
  });
  const next = applyResult(input, result);
  const after = new RulesEngine(next).findings().filter(inScope);
  const solved = solvedKeys(before, after);
  const solvedSet = new Set(solved);
  const afterByKey = new Map(after.map((f) => [f.key, f]));
  const moves: ProposedMove[] = [];
  const st = result.state;
  input.activities.forEach((a, i) => {
    const shift = st.start[i] - st.start0[i];
    const swaps = [];
    for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++) {
      if (st.claimRes[c] !== st.claimRes0[c])
        swaps.push({
          fromResourceId: m.input.resources[st.claimRes0[c]].id,
          toResourceId: m.input.resources[st.claimRes[c]].id,
          quantity: m.claimQty[c],
        });
    }
    if (shift === 0 && swaps.length === 0) return;
    const own = before.filter((f) => solvedSet.has(f.key) && f.activityIds.includes(a.id));
    const why: Why = { removed: own, roomFor: [], eased: [] };
    if (own.length === 0) {
      // Moved out of the way: the removed findings on a resource or segment it uses.
      const res = new Set(a.claims.map((c) => c.resourceId));
      for (const sw of swaps) res.add(sw.fromResourceId);
      const segs = new Set(a.segmentIds);
      why.roomFor = before.filter(
        (f) => solvedSet.has(f.key) && (f.resourceIds.some((r) => res.has(r)) || f.segmentIds.some((g) => segs.has(g))),
      );
      // Or a finding it is part of that is still there, only smaller (a festival day closer).
      why.eased = before.filter(
        (f) => f.activityIds.includes(a.id) && (afterByKey.get(f.key)?.amount ?? Infinity) < f.amount,
      );
    }
    moves.push({
      activityId: a.id,
      planId: a.planId,
      title: a.title,
      oldStart: a.start,
      oldEnd: a.end,
      newStart: shiftValue(a.start, shift),
      newEnd: shiftValue(a.end, shift),
      shiftDays: shift,
      swaps,
      resolves: own.map((f) => f.key),
      reason: reasonFor(a.title, shift, why, m.input.resources, swaps),
    });
  });
  const hardLeft = after.filter((f) => f.severity === 'hard');
  const unplacedMap = new Map<string, Set<RuleId>>();
  for (const f of hardLeft)
    for (const id of f.activityIds) unplacedMap.set(id, (unplacedMap.get(id) ?? new Set()).add(f.ruleId));
  const byId = new Map(input.activities.map((a) => [a.id, a]));
  const unplaced = [...unplacedMap].map(([id, rules]) => {
    const title = byId.get(id)?.title ?? '';
    const labels = [...rules].map((r) => RULE_LABELS[r]);
    return {
      activityId: id,
      title,
      ruleIds: [...rules],
      message: {
        'zh-CN': `「${title}」在时限内找不到无冲突的档期：${labels.map((l) => l['zh-CN']).join('、')}`,
        en: `No clash-free slot found for "${title}" within the time limit: ${labels.map((l) => l.en).join(', ')}`,
      },
    };
  });
  const hadHard = before.some((f) => severityOf(f.ruleId) === 'hard');
  const status: Proposal['status'] =
    hardLeft.length > 0 ? 'infeasible' : moves.length === 0 ? 'unchanged' : hadHard ? 'solved' : 'improved';
  return {
    id: '',
    planId: req.planId,
    status,
    moves,
    counts: { before: countFindings(before), after: countFindings(after) },
    before: summarize(before),
    after: summarize(after),
    solvedKeys: solved,
    remaining: after,
    unplaced,
    stats: {
      seed: req.seed,
      evaluations: result.evaluations,
      elapsedMs: result.elapsedMs,
      timeToZeroHardMs: result.timeToZeroHardMs,
      timeToBestMs: result.timeToBestMs,
      stopped: result.stopped,
    },
  };
}

/** The input with the search's best schedule written back into it. */
export function applyResult(input: RulesInput, r: SearchResult): RulesInput {
  const st = r.state;
  const m = st.m;
  return {
    ...input,
    activities: input.activities.map((a, i) => {
      const shift = st.start[i] - st.start0[i];
      let claims = a.claims;
      if (m.claimOff[i + 1] > m.claimOff[i]) {
        const byOld = new Map<string, string>();
        for (let c = m.claimOff[i]; c < m.claimOff[i + 1]; c++)
          byOld.set(m.input.resources[st.claimRes0[c]].id, m.input.resources[st.claimRes[c]].id);
        claims = a.claims.map((cl) => ({ ...cl, resourceId: byOld.get(cl.resourceId) ?? cl.resourceId }));
      }
      return shift === 0 && claims === a.claims
        ? a
        : { ...a, start: shiftValue(a.start, shift), end: shiftValue(a.end, shift), claims };
    }),
  };
}

/** What a move did: the findings it removed, those it made room for, those it made smaller. */
interface Why {
  removed: Finding[];
  roomFor: Finding[];
  eased: Finding[];
}

/** The first finding's own sentence, and how many more of which rules. */
function named(fs: Finding[], lang: 'zh-CN' | 'en'): string {
  const first = fs[0].message[lang];
  if (fs.length === 1) return first;
  const rules = [...new Set(fs.slice(1).map((f) => RULE_LABELS[f.ruleId][lang]))];
  return lang === 'zh-CN'
    ? `${first}；另有 ${fs.length - 1} 项（${rules.join('、')}）`
    : `${first}; and ${fs.length - 1} more (${rules.join(', ')})`;
}

/** The move's sentence: what it did, and the finding it removes (its own message, so the planner recognises it). */
function reasonFor(
  title: string,
  shift: number,
  why: Why,
  resources: RulesInput['resources'],
  swaps: { fromResourceId: string; toResourceId: string }[],
): { 'zh-CN': string; en: string } {
  const name = (id: string) => resources.find((r) => r.id === id)?.name ?? id;
  const zhMove = shift === 0 ? '' : shift > 0 ? `推后 ${shift} 天` : `提前 ${-shift} 天`;
  const enMove =
    shift === 0
      ? ''
      : shift > 0
        ? `moved ${shift} day${shift > 1 ? 's' : ''} later`
        : `moved ${-shift} day${shift < -1 ? 's' : ''} earlier`;
  const zhSwap = swaps.map((s) => `改用「${name(s.toResourceId)}」替代「${name(s.fromResourceId)}」`).join('，');
  const enSwap = swaps.map((s) => `uses "${name(s.toResourceId)}" instead of "${name(s.fromResourceId)}"`).join(', ');
  const zhWhat = [zhMove, zhSwap].filter(Boolean).join('，');
  const enWhat = [enMove, enSwap].filter(Boolean).join(' and ');
  if (why.removed.length > 0)
    return {
      'zh-CN': `「${title}」${zhWhat}，消除冲突：${named(why.removed, 'zh-CN')}`,
      en: `"${title}" ${enWhat}, which removes: ${named(why.removed, 'en')}`,
    };
  if (why.roomFor.length > 0)
    return {
      'zh-CN': `「${title}」${zhWhat}，为消除以下冲突腾出位置：${named(why.roomFor, 'zh-CN')}`,
      en: `"${title}" ${enWhat} to make room, which removes: ${named(why.roomFor, 'en')}`,
    };
  if (why.eased.length > 0)
    return {
      'zh-CN': `「${title}」${zhWhat}，减轻冲突：${named(why.eased, 'zh-CN')}`,
      en: `"${title}" ${enWhat}, which eases: ${named(why.eased, 'en')}`,
    };
  return {
    'zh-CN': `「${title}」${zhWhat}，改善整体排期`,
    en: `"${title}" ${enWhat} to improve the schedule overall`,
  };
}

/** Day indexes of the baseline starts (clamped into the horizon); the current start where none is given. */
function homeOf(
  m: RulesEngine['m'],
  input: RulesInput,
  homes: Readonly<Record<string, string>> | undefined,
): Int32Array | undefined {
  if (!homes) return undefined;
  const home = Int32Array.from(m.startDay);
  input.activities.forEach((a, i) => {
    const day = homes[a.id];
    if (day === undefined) return;
    const len = m.endDay[i] - m.startDay[i] + 1;
    home[i] = Math.min(Math.max(dayNumber(day) - m.base, 0), Math.max(0, m.H - len));
  });
  return home;
}
