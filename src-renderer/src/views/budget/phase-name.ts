import type { BudgetPhase } from '../../../../src-shared/model';

type T = (key: string) => string;

/**
 * A budget line's phase as a planner reads it: the plan's own phase name in the UI language, the
 * contingency reserve (templates keep it in a phase of its own, outside the split), or "no phase".
 * Never the stored key. `t` resolves the budget grid's labels (namespace `budgetGrid`).
 */
export function budgetPhaseName(
  phases: readonly Pick<BudgetPhase, 'key' | 'nameZh' | 'nameEn'>[],
  key: string,
  lang: 'zh-CN' | 'en',
  t: T,
): string {
  const p = phases.find((x) => x.key === key);
  if (p) return lang === 'en' ? p.nameEn : p.nameZh;
  if (key === 'reserve') return t('budgetGrid:reservePhase');
  return t('budgetGrid:noPhase');
}
