import { usePlanSnapshot } from '../../state/usePlans';
import { useBundle } from '../budget/use-bundle';
import { baselineStrings } from './baselines-i18n';
import { useReferenceDiff } from './useBaselines';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import './baselines.css';

function Badge({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t } = useBundle('baselines', baselineStrings);
  const ref = useReferenceDiff(snapshot);
  if (!ref) return null;
  return (
    <span
      className={ref.count === 0 ? 'baseline-badge none' : 'baseline-badge'}
      title={t('badgeTitle', { name: ref.reference.name })}
      data-testid="baseline-badge"
      data-count={ref.count}
    >
      {t('badge', { count: ref.count })}
    </span>
  );
}

/** Header: the number of changes since the plan's reference 定稿, beside the conflict counts. */
export function BaselineBadge({ planId }: { planId: string }) {
  const snapshot = usePlanSnapshot(planId);
  return snapshot.data ? <Badge snapshot={snapshot.data} /> : null;
}
