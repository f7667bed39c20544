/** Strings of the conflicts panel and the header counter (namespace `conflicts`). */
export const conflictStrings = {
  'zh-CN': {
    title: '冲突',
    none: '没有冲突',
    hard: '硬冲突',
    soft: '软冲突',
    counter: '硬 {{hard}} · 软 {{soft}}',
    sinceMonth: '冲突比月初 {{delta}}',
    sinceMonthTitle: '本月初：硬 {{hard}}，软 {{soft}}（目标：每月减少 {{goal}}%）',
    monthNote:
      '顶栏的“冲突比月初 ±N”：与本月 1 日相比多（+）或少（−）的冲突数。月初硬冲突 {{hard}}、软冲突 {{soft}}，目标每月减少 {{goal}}%。',
    showAll: '显示全部 {{count}} 项',
    resolve: '解决冲突…',
    fix: {
      move: '移到下一个空档',
      swap_resource: '换用空闲的同类资源',
      pin: '锁定',
      solve: '交给求解器',
    },
    fixed: {
      move: '已将「{{title}}」移到 {{day}}',
      swap: '已将「{{title}}」的「{{from}}」换成「{{to}}」',
      pin: '已锁定「{{title}}」',
    },
    noFreeSlot: '120 天内没有空档',
    noFreeResource: '没有空闲的同类资源',
    activities: '涉及活动',
  },
  en: {
    title: 'Conflicts',
    none: 'No conflicts',
    hard: 'Hard',
    soft: 'Soft',
    counter: 'Hard {{hard}} · Soft {{soft}}',
    sinceMonth: 'conflicts {{delta}} since the 1st',
    sinceMonthTitle: 'At the start of the month: hard {{hard}}, soft {{soft}} (goal: {{goal}}% fewer every month)',
    monthNote:
      'The header’s “conflicts ±N since the 1st”: how many more (+) or fewer (−) conflicts than on the 1st of this month. On the 1st: {{hard}} hard, {{soft}} soft; the goal is {{goal}}% fewer every month.',
    showAll: 'Show all {{count}}',
    resolve: 'Resolve conflicts…',
    fix: {
      move: 'Move to next free slot',
      swap_resource: 'Swap to a free resource',
      pin: 'Pin',
      solve: 'Hand to the solver',
    },
    fixed: {
      move: 'Moved "{{title}}" to {{day}}',
      swap: 'Swapped "{{from}}" for "{{to}}" on "{{title}}"',
      pin: 'Pinned "{{title}}"',
    },
    noFreeSlot: 'No free slot in the next 120 days',
    noFreeResource: 'No free resource of the same kind',
    activities: 'Activities',
  },
};
