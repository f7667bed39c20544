import { useMemo } from 'react';
import { listSeparator } from '../../i18n';
import { flaggedRisks } from '../../../../src-shared/risk/assess';
import { usePlanSnapshot } from '../../state/usePlans';
import { useBundle } from '../budget/use-bundle';
import { riskStrings } from './risks-i18n';
import './risks.css';

/**
 * The header's early-warning badge: how many of the plan's risks have a trigger KPI past its
 * threshold. It reads the same cached snapshot as the plan view (no extra round trip) and the
 * same `flaggedRisks()` as the matrix, so the two never disagree. Hidden while nothing fires.
 */
export function RiskFlagBadge({ planId, onOpen }: { planId: string; onOpen: (planId: string) => void }) {
  const { t, i18n } = useBundle('riskMatrix', riskStrings);
  const snapshot = usePlanSnapshot(planId).data;
  const names = useMemo(() => {
    if (!snapshot) return [];
    const flagged = flaggedRisks(snapshot.risks, snapshot.kpis);
    return snapshot.risks.filter((r) => flagged.has(r.id)).map((r) => r.title);
  }, [snapshot]);
  if (names.length === 0) return null;
  const count = names.length;
  return (
    <button
      type="button"
      className="risk-flag-badge"
      onClick={() => onOpen(planId)}
      title={t('headerFlagTitle', { count, names: names.join(listSeparator(i18n.language)) })}
      data-testid="header-risk-flag"
      data-count={count}
    >
      {t('headerFlag', { count })}
    </button>
  );
}
