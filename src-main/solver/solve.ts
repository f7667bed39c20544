import { dayFromNumber, dayNumber } from '../../src-shared/model/dates';
import {
  RULE_LABELS,
  RulesEngine,
  severityOf,
  type Finding,
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
}

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

export function solve(req: SolveRequest, hooks: SolveHooks = {}): Proposal {
  const input = req.input;
  const engine = new RulesEngine(input);
  const m = engine.m;
  const before = engine.findings();
  const movable = new Uint8Array(m.n);
  const only = req.activityIds ? new Set(req.activityIds) : null;
  input.activities.forEach((a, i) => {
    movable[i] = (req.planId === null || a.planId === req.planId) && (!only || only.has(a.id)) ? 1 : 0;
  });
  const result = search(m, {
    timeLimitMs: req.timeLimitMs,
    seed: req.seed,
    allowSwaps: req.allowSwaps ?? true,
    movable,
    maxShiftDays: req.maxShiftDays,
    maxEvaluations: req.maxEvaluations,
    stallLimit: req.stallLimit ?? 300_000,
    disruption: req.disruption,
    onProgress: hooks.onProgress,
    shouldStop: hooks.shouldStop,
  });
  const next = applyResult(input, result);
  const after = new RulesEngine(next).findings();
  const solved = solvedKeys(before, after);
  const solvedSet = new Set(solved);
  const beforeSum = summarize(before);
  const afterSum = summarize(after);
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
    const resolves = before.filter((f) => solvedSet.has(f.key) && f.activityIds.includes(a.id)).map((f) => f.key);
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
      resolves,
      reason: reasonFor(
        a.title,
        shift,
        swaps.length,
        before.filter((f) => resolves.includes(f.key)),
        m.input.resources,
        swaps,
      ),
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
    before: beforeSum,
    after: afterSum,
    solvedKeys: solved,
    remaining: after,
    unplaced,
    stats: {
      seed: req.seed,
      evaluations: result.evaluations,
      elapsedMs: result.elapsedMs,
      timeToZeroHardMs: result.timeToZeroHardMs,
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

function reasonFor(
  title: string,
  shift: number,
  swapCount: number,
  fixed: Finding[],
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
  const zhSwap = swapCount
    ? swaps.map((s) => `改用「${name(s.toResourceId)}」替代「${name(s.fromResourceId)}」`).join('，')
    : '';
  const enSwap = swapCount
    ? swaps.map((s) => `uses "${name(s.toResourceId)}" instead of "${name(s.fromResourceId)}"`).join(', ')
    : '';
  const zhWhat = [zhMove, zhSwap].filter(Boolean).join('，');
  const enWhat = [enMove, enSwap].filter(Boolean).join(' and ');
  if (fixed.length === 0) {
    return {
      'zh-CN': `「${title}」${zhWhat}，为其他活动腾出资源或改善整体排期`,
      en: `"${title}" ${enWhat} to make room for other activities or improve the schedule overall`,
    };
  }
  const rules = [...new Set(fixed.map((f) => f.ruleId))];
  const hard = fixed.some((f) => f.severity === 'hard');
  return {
    'zh-CN': `「${title}」${zhWhat}，以解决${hard ? '硬冲突' : ''}：${rules.map((r) => RULE_LABELS[r]['zh-CN']).join('、')}（${fixed.length} 项）`,
    en: `"${title}" ${enWhat} to resolve ${hard ? 'hard conflicts: ' : ''}${rules.map((r) => RULE_LABELS[r].en).join(', ')} (${fixed.length} finding${fixed.length > 1 ? 's' : ''})`,
  };
}
