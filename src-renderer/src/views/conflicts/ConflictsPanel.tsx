import { memo, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Finding, RULE_LABELS } from '../../../../src-shared/rules';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { useMonthBaseline } from './ConflictCounter';
import { conflictStrings } from './conflicts-i18n';
import { FindingWhy } from './FindingWhy';
import { type FixProposal, FixProposalBox } from './FixProposalBox';
import { keeper } from './fix-targets';
import type { Conflicts } from './useConflicts';

const SHOWN = 100;
const ONE_CLICK = ['move', 'swap_resource', 'pin', 'solve'] as const;
type OneClick = (typeof ONE_CLICK)[number];

interface Props {
  snapshot: PlanSnapshot;
  conflicts: Conflicts;
  selectedKey: string | null;
  onShow: (f: Finding) => void;
  onSolve: (activityIds: string[]) => void;
}

/** Every finding, hard first, with its explanation and the one-click fixes that apply to it. */
export const ConflictsPanel = memo(function ConflictsPanel({
  snapshot,
  conflicts,
  selectedKey,
  onShow,
  onSolve,
}: Props) {
  const { t, i18n } = useBundle('conflicts', conflictStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [all, setAll] = useState(false);
  // A one-click move or swap waits here, shown with what it removes and may add, until applied or cancelled.
  const [pending, setPending] = useState<{ key: string; proposal: FixProposal } | null>(null);
  const { findings, model } = conflicts;
  const shown = all ? findings : findings.slice(0, SHOWN);
  const base = useMonthBaseline(snapshot.plan.id, true);

  const run = async (work: Promise<unknown>, done: string) => {
    try {
      await work;
      notices.info(done);
    } catch (error) {
      notices.error(error);
    }
  };

  const fix = (f: Finding, kind: OneClick) => {
    if (kind === 'solve') return onSolve(f.activityIds);
    if (kind === 'pin') {
      const a = keeper(snapshot, f);
      if (a) void run(api.invoke('activity/update', { id: a.id, pinned: true }), t('fixed.pin', { title: a.title }));
      return;
    }
    if (model) setPending({ key: f.key, proposal: kind === 'move' ? model.proposeMove(f) : model.proposeSwap(f) });
  };

  const apply = (p: FixProposal) => {
    setPending(null);
    if (p.kind === 'move')
      void run(
        api.invoke('activity/update', { id: p.activityId, start: p.start, end: p.end }),
        t('fixed.move', { title: p.title, day: p.start.slice(0, 10) }),
      );
    else if (p.kind === 'swap')
      void run(
        api.invoke('activity/update', { id: p.activityId, claims: p.claims }),
        t('fixed.swap', { title: p.title, from: p.fromName, to: p.toName }),
      );
  };

  return (
    <aside
      className="conflicts-panel"
      aria-label={t('title')}
      data-testid="conflicts-panel"
      // How many activities the preview and fix model holds: read by tests that drag an activity
      // just created, once the model has caught up with it.
      data-model-activities={model?.input.activities.length ?? ''}
    >
      <header>
        <h3>{t('title')}</h3>
        <span className="badge hard" data-testid="panel-hard-count">
          {t('hard')} {conflicts.hard}
        </span>
        <span className="badge soft" data-testid="panel-soft-count">
          {t('soft')} {conflicts.soft}
        </span>
        <button type="button" className="primary" onClick={() => onSolve([])} data-testid="resolve-conflicts">
          {t('resolve')}
        </button>
      </header>
      {base && (
        // The header counter's "±N" explained where the conflicts are, not only in its hover.
        <p className="muted conflicts-month-note" data-testid="conflicts-month-note">
          {t('monthNote', {
            hard: base.hard,
            soft: base.soft,
            goal: snapshot.settings.targets.monthlyConflictReductionPercent,
          })}
        </p>
      )}
      {findings.length === 0 && <p className="muted">{t('none')}</p>}
      <ul>
        {shown.map((f) => (
          <li
            key={f.key}
            className={`finding ${f.severity}${f.key === selectedKey ? ' selected' : ''}`}
            data-testid="finding"
            data-rule={f.ruleId}
            data-severity={f.severity}
          >
            <button type="button" className="finding-text" onClick={() => onShow(f)} data-testid="finding-show">
              <strong>{RULE_LABELS[f.ruleId][lang]}</strong>
              <span>{f.message[lang]}</span>
            </button>
            {f.key === selectedKey && <FindingWhy planId={snapshot.plan.id} findingKey={f.key} lang={lang} />}
            <div className="fixes">
              {ONE_CLICK.filter((k) => f.fixes.includes(k)).map((k) => (
                <button key={k} type="button" onClick={() => fix(f, k)} data-testid={`fix-${k}`}>
                  {t(`fix.${k}`)}
                </button>
              ))}
            </div>
            {pending?.key === f.key && (
              <FixProposalBox
                proposal={pending.proposal}
                onApply={() => apply(pending.proposal)}
                onCancel={() => setPending(null)}
              />
            )}
          </li>
        ))}
      </ul>
      {!all && findings.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          {t('showAll', { count: findings.length })}
        </button>
      )}
    </aside>
  );
});
