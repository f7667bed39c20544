import type { Kpi, PlanSettings, Risk, RiskLevel } from '../model';
import { riskLevelOf } from '../model';

/**
 * The 5×5 probability × impact matrix and early warnings. Bands come from the plan's settings
 * so a planner who calls 10 "high" sees the matrix and the register agree.
 */
export type Bands = PlanSettings['riskBands'];

export const riskScore = (r: Pick<Risk, 'probability' | 'impact'>): number => r.probability * r.impact;

export function riskLevel(r: Pick<Risk, 'probability' | 'impact'>, bands: Bands): RiskLevel {
  return riskLevelOf(r.probability, r.impact, bands);
}

/** Level once mitigation is in place; null when no residual score was given. */
export function residualLevel(r: Pick<Risk, 'residualProbability' | 'residualImpact'>, bands: Bands): RiskLevel | null {
  if (r.residualProbability === null || r.residualImpact === null) return null;
  return riskLevelOf(r.residualProbability, r.residualImpact, bands);
}

/** Risks by cell: `grid[probability - 1][impact - 1]`, closed risks left out. */
export function matrixCells<R extends Pick<Risk, 'probability' | 'impact' | 'status'>>(risks: readonly R[]): R[][][] {
  const grid: R[][][] = Array.from({ length: 5 }, () => Array.from({ length: 5 }, () => []));
  for (const r of risks) {
    if (r.status === 'closed') continue;
    grid[r.probability - 1][r.impact - 1].push(r);
  }
  return grid;
}

export interface RiskWarning {
  state: 'no_trigger' | 'no_kpi' | 'no_data' | 'ok' | 'fired';
  kpi: Kpi | null;
}

/**
 * A risk's early warning: it fires when the watched KPI's actual crosses the threshold on the
 * bad side (`below`: actual < threshold; `above`: actual > threshold). A deleted KPI reads as
 * `no_kpi` rather than firing, since we cannot know.
 */
export function riskWarning(
  r: Pick<Risk, 'triggerKpiId' | 'triggerThreshold' | 'triggerDirection' | 'status'>,
  kpisById: ReadonlyMap<string, Kpi>,
): RiskWarning {
  if (!r.triggerKpiId || r.triggerThreshold === null) return { state: 'no_trigger', kpi: null };
  const kpi = kpisById.get(r.triggerKpiId) ?? null;
  if (!kpi) return { state: 'no_kpi', kpi: null };
  if (kpi.actual === null) return { state: 'no_data', kpi };
  const fired = r.triggerDirection === 'below' ? kpi.actual < r.triggerThreshold : kpi.actual > r.triggerThreshold;
  return { state: fired && r.status !== 'closed' ? 'fired' : 'ok', kpi };
}

/** Ids of risks whose early warning fires, for the header badge and the matrix. */
export function flaggedRisks(risks: readonly Risk[], kpis: readonly Kpi[]): Set<string> {
  const byId = new Map(kpis.map((k) => [k.id, k]));
  const out = new Set<string>();
  for (const r of risks) if (riskWarning(r, byId).state === 'fired') out.add(r.id);
  return out;
}

/** "30 分钟" / "4 小时" / "1 天": response-time targets are entered in minutes, shown in the largest whole unit. */
export function responseTimeText(minutes: number | null, lang: 'zh-CN' | 'en'): string {
  if (minutes === null) return '';
  const [n, zh, en] =
    minutes % 1440 === 0 && minutes > 0
      ? [minutes / 1440, '天', 'd']
      : minutes % 60 === 0 && minutes > 0
        ? [minutes / 60, '小时', 'h']
        : [minutes, '分钟', 'min'];
  return lang === 'en' ? `${n} ${en}` : `${n} ${zh}`;
}

/** Reads "30", "30分钟", "4h", "4小时", "1天" into minutes; null if unreadable. */
export function parseResponseTime(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(分钟|分|min|m|小时|时|h|天|d)?\s*$/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'min').toLowerCase();
  const factor = ['小时', '时', 'h'].includes(unit) ? 60 : ['天', 'd'].includes(unit) ? 1440 : 1;
  const minutes = Math.round(n * factor);
  return minutes <= 525_600 ? minutes : null;
}
