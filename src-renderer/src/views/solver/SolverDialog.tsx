import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Proposal } from '../../../../src-shared/rules';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { MovesPreview } from './MovesPreview';
import { type SolverProgress, solverPort } from './solver-port';
import { solverStrings } from './solver-i18n';
import './solver.css';

type Scope = 'plan' | 'selection' | 'workspace';
type Phase = { kind: 'setup' } | { kind: 'running' } | { kind: 'cancelled' } | { kind: 'preview'; proposal: Proposal };
const LIMITS = [5, 10, 30, 60];

interface Props {
  snapshot: PlanSnapshot;
  /** Activities handed over by a finding's "hand to the solver" fix; empty for the whole plan. */
  activityIds: string[];
  onClose: () => void;
}

/**
 * "Resolve conflicts": scope and time limit, a progress bar with the best score so far and a
 * cancel button, then every proposed move before/after with its reason. Nothing is written until
 * the planner accepts; accepting (all or some) is one undoable edit in the main process.
 */
export function SolverDialog({ snapshot, activityIds, onClose }: Props) {
  const { t, i18n } = useBundle('solver', solverStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const port = useMemo(() => solverPort(api), [api]);
  const [scope, setScope] = useState<Scope>(activityIds.length > 0 ? 'selection' : 'plan');
  const [limit, setLimit] = useState(10);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [progress, setProgress] = useState<SolverProgress | null>(null);
  const [taken, setTaken] = useState<Set<string>>(new Set());
  const cancelled = useRef(false);

  // Leaving the dialog while the solver runs stops it: nobody would see its answer.
  useEffect(() => () => void (phase.kind === 'running' && port.cancel()), [phase.kind, port]);

  const run = async () => {
    cancelled.current = false;
    setProgress(null);
    setPhase({ kind: 'running' });
    try {
      const proposal = await port.propose(
        {
          planId: scope === 'workspace' ? null : snapshot.plan.id,
          activityIds: scope === 'selection' ? activityIds : [],
          timeLimitMs: limit * 1000,
        },
        setProgress,
      );
      if (cancelled.current || proposal.stats.stopped === 'cancelled') return setPhase({ kind: 'cancelled' });
      setTaken(new Set(proposal.moves.map((m) => m.activityId)));
      setPhase({ kind: 'preview', proposal });
    } catch (error) {
      notices.error(error);
      setPhase({ kind: cancelled.current ? 'cancelled' : 'setup' });
    }
  };
  const cancel = () => {
    cancelled.current = true;
    void port.cancel();
  };
  const accept = async (proposal: Proposal, ids: string[]) => {
    try {
      await port.apply(proposal, ids);
      notices.info(t('applied', { count: ids.length }));
      onClose();
    } catch (error) {
      notices.error(error);
    }
  };
  const toggle = (id: string) =>
    setTaken((s) => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const footer =
    phase.kind === 'preview' ? (
      <>
        <button type="button" onClick={onClose} data-testid="solver-reject">
          {t('reject')}
        </button>
        <button
          type="button"
          disabled={taken.size === 0}
          onClick={() => void accept(phase.proposal, [...taken])}
          data-testid="solver-accept-some"
        >
          {t('acceptSome', { count: taken.size })}
        </button>
        <button
          type="button"
          className="primary"
          disabled={phase.proposal.moves.length === 0}
          onClick={() =>
            void accept(
              phase.proposal,
              phase.proposal.moves.map((m) => m.activityId),
            )
          }
          data-testid="solver-accept-all"
        >
          {t('acceptAll')}
        </button>
      </>
    ) : phase.kind === 'running' ? (
      <button type="button" onClick={cancel} data-testid="solver-cancel">
        {t('cancel')}
      </button>
    ) : (
      <>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
        <button type="button" className="primary" onClick={() => void run()} data-testid="solver-start">
          {phase.kind === 'cancelled' ? t('runAgain') : t('start')}
        </button>
      </>
    );

  const elapsed = progress ? progress.elapsedMs / 1000 : 0;
  return (
    <Modal title={t('title')} onClose={onClose} footer={footer} testId="solver-dialog" size="large">
      {(phase.kind === 'setup' || phase.kind === 'cancelled') && (
        <div className="solver-setup">
          <fieldset>
            <legend>{t('scope')}</legend>
            {(['plan', 'selection', 'workspace'] as const).map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="solver-scope"
                  value={s}
                  checked={scope === s}
                  disabled={s === 'selection' && activityIds.length === 0}
                  onChange={() => setScope(s)}
                  data-testid={`solver-scope-${s}`}
                />
                {t(`scopes.${s}`, { count: activityIds.length })}
              </label>
            ))}
          </fieldset>
          <label>
            {t('timeLimit')}{' '}
            <select value={limit} onChange={(e) => setLimit(Number(e.target.value))} data-testid="solver-limit">
              {LIMITS.map((s) => (
                <option key={s} value={s}>
                  {t('seconds', { count: s })}
                </option>
              ))}
            </select>
          </label>
          {phase.kind === 'cancelled' && (
            <p className="muted" data-testid="solver-cancelled">
              {t('cancelled')}
            </p>
          )}
        </div>
      )}
      {phase.kind === 'running' && (
        <div className="solver-running" data-testid="solver-running">
          <progress max={limit} value={Math.min(elapsed, limit)} data-testid="solver-progress" />
          <p>{t('running', { elapsed: elapsed.toFixed(1) })}</p>
          {progress && (
            <p data-testid="solver-best">
              {t('best', { hard: Math.round(progress.bestHard), soft: Math.round(progress.bestSoft) })}
            </p>
          )}
        </div>
      )}
      {phase.kind === 'preview' && (
        <MovesPreview
          proposal={phase.proposal}
          snapshot={snapshot}
          taken={taken}
          onToggle={toggle}
          limitSeconds={limit}
          t={t}
          lang={lang}
        />
      )}
    </Modal>
  );
}
