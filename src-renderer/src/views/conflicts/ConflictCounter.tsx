import { useEffect, useState } from 'react';
import { usePlanSnapshot } from '../../state/usePlans';
import { useBundle } from '../budget/use-bundle';
import { conflictStrings } from './conflicts-i18n';
import { useWorkspace } from '../../state/WorkspaceContext';

interface Baseline {
  hard: number;
  soft: number;
}

/**
 * The month's first count for the plan, recorded in the workspace by the main process
 * (conflict/month-baseline): the planners' goal is 10% fewer conflicts every month, so the
 * header shows the change since the month started, the same on every machine and door.
 */
export function useMonthBaseline(planId: string, ready: boolean): Baseline | null {
  const { api } = useWorkspace();
  const [base, setBase] = useState<(Baseline & { planId: string }) | null>(null);
  useEffect(() => {
    if (!ready) return;
    let current = true;
    api.invoke('conflict/month-baseline', { planId }).then(
      (b) => current && setBase({ planId, hard: b.hard, soft: b.soft }),
      () => undefined, // no baseline, no delta: the counts alone still show
    );
    return () => {
      current = false;
    };
  }, [api, planId, ready]);
  return base?.planId === planId ? base : null;
}

/**
 * The main process's count for the plan: the same held conflict/list the calendar shows,
 * carried across edits by their findings deltas (no request of its own after an edit).
 */
function usePlanCounts(planId: string): { hard: number; soft: number } | null {
  const { loadConflicts } = useWorkspace();
  const [counts, setCounts] = useState<{ planId: string; hard: number; soft: number } | null>(null);
  useEffect(() => {
    let current = true;
    loadConflicts(planId).then(
      ({ findings }) => {
        if (!current) return;
        const hard = findings.filter((f) => f.severity === 'hard').length;
        setCounts({ planId, hard, soft: findings.length - hard });
      },
      () => undefined, // the plan went away; the header simply shows no counter
    );
    return () => {
      current = false;
    };
  }, [loadConflicts, planId]);
  return counts?.planId === planId ? counts : null;
}

/** Header counter: hard and soft findings now, and the change since this month started. */
export function ConflictCounter({ planId }: { planId: string }) {
  const { t } = useBundle('conflicts', conflictStrings);
  const snapshot = usePlanSnapshot(planId);
  const counts = usePlanCounts(planId);
  const hard = counts?.hard ?? 0;
  const soft = counts?.soft ?? 0;
  const base = useMonthBaseline(planId, counts !== null);
  if (!counts || !snapshot.data) return null;
  const delta = base ? hard + soft - (base.hard + base.soft) : 0;
  const goal = snapshot.data.settings.targets.monthlyConflictReductionPercent;
  const signed = delta > 0 ? `+${delta}` : String(delta);
  return (
    <span className="conflict-counter" data-testid="conflict-counter" data-hard={hard} data-soft={soft}>
      <span className="badge hard">
        {t('hard')} {hard}
      </span>
      <span className="badge soft">
        {t('soft')} {soft}
      </span>
      {base && (
        <span
          className={delta < 0 ? 'delta-down' : delta > 0 ? 'delta-up' : 'muted'}
          title={t('sinceMonthTitle', { hard: base.hard, soft: base.soft, goal })}
          data-testid="conflict-delta"
        >
          {t('sinceMonth', { delta: signed })}
        </span>
      )}
    </span>
  );
}
