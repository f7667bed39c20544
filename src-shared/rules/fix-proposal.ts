import { addDays } from '../model/dates';
import { RULE_CODE } from './catalog';
import { MINUTES } from './compile';
import { RulesEngine } from './engine';
import type { Finding } from './finding';

/**
 * One-click fixes chosen by the rules that judge them. "Move to the nearest free slot" tries the
 * days around each movable activity of a finding in the very engine the preview and main's
 * warm engine use (every rule: resources across plans, segment gaps, preferred slots, festival
 * windows, blocked dates, windows, precedence, budgets), and keeps only a day where the finding
 * is gone and no hard finding appears. A clean day (nothing new at all) wins; without one, the
 * day whose new soft findings cost least, and the proposal names them before it is applied.
 */
export type MoveProposal =
  | {
      kind: 'move';
      activityId: string;
      title: string;
      /** The edit: the activity's new start and end, in its own form (day or date-time). */
      start: string;
      end: string;
      /** The findings the move removes, the chosen one first. */
      removes: Finding[];
      /** Soft findings the move may add (never a hard one); empty for a clean slot. */
      mayAdd: Finding[];
    }
  | { kind: 'none'; reason: { 'zh-CN': string; en: string } };

/** How far around its start an activity is tried, in days each way. */
export const FIX_SEARCH_DAYS = 60;

/**
 * At most this many of a finding's activities are tried, the first to give way first: a month's
 * share names every activity of the month, and a click should answer within a frame or two.
 */
const MAX_MOVERS = 8;

// Festivals move last, then member preference, then trends (docs/domain.md): the one that gives way first.
const YIELD_ORDER = { normal: 0, trend: 1, preference: 2, festival: 3 } as const;

interface Candidate {
  i: number;
  startMin: number;
  removes: Finding[];
  mayAdd: Finding[];
  cost: number;
}

/**
 * The move that fixes `finding`, searched in `engine` (left exactly as it was found). `finding`
 * is one of the engine's own findings (same input, so the same key).
 */
export function proposeMove(engine: RulesEngine, finding: Finding, limit = FIX_SEARCH_DAYS): MoveProposal {
  const m = engine.m;
  const acts = m.input.activities;
  const movers = finding.activityIds
    .map((id) => m.actIndex.get(id))
    .filter((i): i is number => i !== undefined && m.movable[i] === 1)
    .sort((a, b) => YIELD_ORDER[acts[a].priority] - YIELD_ORDER[acts[b].priority] || b - a)
    .slice(0, MAX_MOVERS);
  if (movers.length === 0) return { kind: 'none', reason: NONE_MOVABLE };
  const before = new Map(engine.findings().map((f) => [f.key, f]));
  if (!before.has(finding.key)) return { kind: 'none', reason: GONE };
  let best: Candidate | null = null;
  for (const i of movers) {
    const origin = m.startMin[i];
    const len = m.endMin[i] - origin;
    const [lo, hi] = dayRange(engine, i, limit);
    for (let d = 1; d <= limit; d++) {
      for (const day of [m.startDay[i] + d, m.startDay[i] - d]) {
        if (day < lo || day > hi) continue;
        const c = tryDay(engine, i, day * MINUTES + (origin % MINUTES), len, finding.key, before);
        if (!c) continue;
        if (c.cost === 0) return proposal(engine, c);
        if (!best || c.cost < best.cost) best = c;
      }
    }
  }
  return best ? proposal(engine, best) : { kind: 'none', reason: noSlot(limit) };
}

/**
 * The start days activity i may take: within the horizon, and within its plan's dates when it
 * lies inside them now (a fix does not push an activity out of its plan).
 */
function dayRange(engine: RulesEngine, i: number, limit: number): [number, number] {
  const m = engine.m;
  const lenDays = m.endDay[i] - m.startDay[i];
  let lo = Math.max(0, m.startDay[i] - limit);
  let hi = Math.min(m.H - 1 - lenDays, m.startDay[i] + limit);
  const p = m.plan[i];
  if (p >= 0 && m.startDay[i] >= m.planStart[p] && m.endDay[i] <= m.planEnd[p]) {
    lo = Math.max(lo, m.planStart[p]);
    hi = Math.min(hi, m.planEnd[p] - lenDays);
  }
  return [lo, hi];
}

/** Activity i moved to `startMin` and back: what it would remove and add, or null when it does not fix. */
function tryDay(
  engine: RulesEngine,
  i: number,
  startMin: number,
  len: number,
  target: string,
  before: Map<string, Finding>,
): Candidate | null {
  const origin = engine.m.startMin[i];
  let delta;
  try {
    delta = engine.moveActivity(i, startMin, len);
  } catch {
    return null; // outside the horizon
  }
  try {
    // Materialized here, while the engine holds the moved schedule they describe; the target's
    // rule first, as most days fail on it and the other sentences need not be written.
    const rule = RULE_CODE[(before.get(target) as Finding).ruleId];
    for (const r of delta.added) if (r.rule === rule && engine.materialize(r).key === target) return null;
    const added = new Map(delta.added.map((r) => [engine.materialize(r).key, engine.materialize(r)]));
    const mayAdd: Finding[] = [];
    let cost = 0;
    for (const [key, f] of added) {
      const was = before.get(key);
      // Neither a new hard finding nor a worse one (the same clash spread over more units).
      if (f.severity === 'hard' && (!was || f.amount > was.amount + 1e-9)) return null;
      if (was) continue;
      mayAdd.push(f);
      cost += f.penalty;
    }
    const removes: Finding[] = [];
    for (const r of delta.removed) {
      const f = before.get(engine.materialize(r).key);
      if (f && !added.has(f.key)) removes.push(f);
    }
    // A finding outside the scopes this move re-checks (a plan-wide share) is not one a move fixes.
    if (!removes.some((f) => f.key === target)) return null;
    removes.sort((a, b) => (a.key === target ? -1 : b.key === target ? 1 : 0));
    return { i, startMin, removes, mayAdd, cost };
  } finally {
    engine.moveActivity(i, origin, len);
  }
}

function proposal(engine: RulesEngine, c: Candidate): MoveProposal {
  const m = engine.m;
  const a = m.input.activities[c.i];
  const days = Math.floor(c.startMin / MINUTES) - m.startDay[c.i];
  const shift = (v: string) => addDays(v.slice(0, 10), days) + v.slice(10);
  return {
    kind: 'move',
    activityId: a.id,
    title: a.title,
    start: shift(a.start),
    end: shift(a.end),
    removes: c.removes,
    mayAdd: c.mayAdd,
  };
}

const NONE_MOVABLE = {
  'zh-CN': '相关活动都已锁定、正在进行或已完成，没有可以移动的活动',
  en: 'Every activity in this conflict is pinned, under way or done: none can be moved',
};

const GONE = {
  'zh-CN': '这项冲突已经不存在了',
  en: 'This conflict is no longer there',
};

function noSlot(limit: number): { 'zh-CN': string; en: string } {
  return {
    'zh-CN': `前后 ${limit} 天内找不到既能消除这项冲突、又不新增硬冲突的日期`,
    en: `No day within ${limit} days either way removes this conflict without adding a hard one`,
  };
}

/**
 * "Swap to a free resource of the same kind", chosen by the rules: each resource of the kind of
 * the finding's resource that the activity does not claim yet is tried with a full detection
 * of the engine's input (every claim on it, from every plan the input holds), and kept only if
 * the finding is gone and no hard finding appears; a clean one wins, else the cheapest.
 */
export type SwapProposal =
  | {
      kind: 'swap';
      activityId: string;
      title: string;
      fromName: string;
      toName: string;
      /** The edit: the activity's claims with the resource replaced. */
      claims: { resourceId: string; quantity: number }[];
      removes: Finding[];
      mayAdd: Finding[];
    }
  | { kind: 'none'; reason: { 'zh-CN': string; en: string } };

/** At most this many resources are tried (each costs a full detection). */
const SWAP_CANDIDATES = 12;

export function proposeSwap(engine: RulesEngine, finding: Finding): SwapProposal {
  const input = engine.m.input;
  const before = new Map(engine.findings().map((f) => [f.key, f]));
  if (!before.has(finding.key)) return { kind: 'none', reason: GONE };
  const acts = input.activities
    .filter((a) => finding.activityIds.includes(a.id) && !a.pinned && !a.locked)
    .sort((a, b) => YIELD_ORDER[a.priority] - YIELD_ORDER[b.priority])
    .slice(0, MAX_MOVERS);
  let best: SwapProposal | null = null;
  let bestCost = Infinity;
  for (const a of acts) {
    const fromId = finding.resourceIds.find((r) => a.claims.some((c) => c.resourceId === r)) ?? a.claims[0]?.resourceId;
    const from = input.resources.find((r) => r.id === fromId);
    if (!from) continue;
    const claimed = new Set(a.claims.map((c) => c.resourceId));
    const options = input.resources.filter((r) => r.kind === from.kind && !claimed.has(r.id)).slice(0, SWAP_CANDIDATES);
    for (const to of options) {
      const claims = a.claims.map((c) => (c.resourceId === from.id ? { ...c, resourceId: to.id } : c));
      const activities = input.activities.map((x) => (x.id === a.id ? { ...x, claims } : x));
      const after = new RulesEngine({ ...input, activities }).findings();
      const keys = new Set(after.map((f) => f.key));
      if (keys.has(finding.key)) continue;
      const mayAdd = after.filter((f) => !before.has(f.key));
      const worse = (f: Finding) => f.severity === 'hard' && f.amount > (before.get(f.key)?.amount ?? 0) + 1e-9;
      if (after.some(worse)) continue;
      const removes = [...before.values()].filter((f) => !keys.has(f.key));
      removes.sort((x, y) => (x.key === finding.key ? -1 : y.key === finding.key ? 1 : 0));
      const cost = mayAdd.reduce((sum, f) => sum + f.penalty, 0);
      const p = { kind: 'swap' as const, activityId: a.id, title: a.title, fromName: from.name, toName: to.name };
      if (cost === 0) return { ...p, claims, removes, mayAdd };
      if (cost < bestCost) {
        best = { ...p, claims, removes, mayAdd };
        bestCost = cost;
      }
    }
  }
  return best ?? { kind: 'none', reason: acts.length === 0 ? NONE_MOVABLE : NO_RESOURCE };
}

const NO_RESOURCE = {
  'zh-CN': '没有同类资源能在这些日期接下这项占用而不新增硬冲突',
  en: 'No resource of the same kind can take this claim on these days without adding a hard conflict',
};
