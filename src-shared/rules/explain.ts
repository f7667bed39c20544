import { RULE_LABELS, severityOf, type FixKind } from './catalog';
import type { Finding } from './finding';
import type { RulesInput } from './input';

/**
 * A finding explained for the conflict panel: what the rule asks, by how much it is missed,
 * what it costs, and what the planner can do, most useful first. Pure, so the renderer can
 * explain a drag preview's findings with the same words as the main process.
 */
export interface Explanation {
  why: { 'zh-CN': string; en: string };
  suggestions: { 'zh-CN': string; en: string }[];
}

const FIX_TEXT: Record<FixKind, { 'zh-CN': string; en: string }> = {
  move: { 'zh-CN': '把其中一项活动改到其他日期', en: 'Move one of the activities to another date' },
  swap_resource: {
    'zh-CN': '改用同类的其他资源（如另一场地或另一批设备）',
    en: 'Use another resource of the same kind (another venue or set of equipment)',
  },
  pin: {
    'zh-CN': '锁定最重要的活动，让排期助手只移动其他活动',
    en: 'Pin the most important activity so the solver moves the others',
  },
  solve: { 'zh-CN': '运行排期助手，自动给出调整方案', en: 'Run the solver for a proposal' },
  add_backup: { 'zh-CN': '为更多活动补充备选方案', en: 'Add backup plans to more activities' },
  edit_budget: {
    'zh-CN': '调整预算科目或提高上限（需按审批层级审批）',
    en: 'Adjust the budget lines or raise the cap (subject to the approval tier)',
  },
  edit_window: { 'zh-CN': '放宽活动允许的时间窗', en: "Widen the activity's allowed window" },
  add_activity: { 'zh-CN': '在该月补充活动', en: 'Add activities to the month' },
};

export function explainFinding(f: Finding, input: RulesInput): Explanation {
  const label = RULE_LABELS[f.ruleId];
  const hard = severityOf(f.ruleId) === 'hard';
  const pinned = input.activities.filter((a) => f.activityIds.includes(a.id) && a.pinned).map((a) => a.title);
  const zhPinned = pinned.length ? `；已锁定：${pinned.map((t) => `「${t}」`).join('、')}` : '';
  const enPinned = pinned.length ? `; pinned: ${pinned.map((t) => `"${t}"`).join(', ')}` : '';
  const why = {
    'zh-CN': `${hard ? '硬性规则' : '软性目标'}「${label['zh-CN']}」：${f.message['zh-CN']}。权重 ${f.weight}，计 ${round(f.penalty)} 分${zhPinned}。`,
    en: `${hard ? 'Hard rule' : 'Soft target'} "${label.en}": ${f.message.en}. Weight ${f.weight}, costing ${round(f.penalty)} points${enPinned}.`,
  };
  // A pinned activity cannot move: put the other fixes first.
  const fixes = [...f.fixes].sort((a, b) => rank(a, pinned.length > 0) - rank(b, pinned.length > 0));
  return { why, suggestions: fixes.map((k) => FIX_TEXT[k]) };
}

function rank(k: FixKind, hasPinned: boolean): number {
  if (hasPinned && k === 'pin') return 9;
  return ['swap_resource', 'move', 'solve', 'pin', 'edit_window', 'add_backup', 'edit_budget', 'add_activity'].indexOf(
    k,
  );
}

const round = (x: number): number => Math.round(x * 100) / 100;
