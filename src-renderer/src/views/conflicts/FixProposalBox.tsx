import { type Finding, type MoveProposal, RULE_LABELS, type SwapProposal } from '../../../../src-shared/rules';
import { currentLang, type Lang } from '../../i18n';
import { useBundle } from '../budget/use-bundle';
import { conflictStrings } from './conflicts-i18n';

/** A one-click fix as the rules propose it. */
export type FixProposal = MoveProposal | SwapProposal;

interface Props {
  proposal: FixProposal;
  onApply: () => void;
  onCancel: () => void;
}

function FindingList({ findings, lang, testId }: { findings: Finding[]; lang: Lang; testId: string }) {
  return (
    <ul data-testid={testId}>
      {findings.map((f) => (
        <li key={f.key} data-rule={f.ruleId}>
          <strong>{RULE_LABELS[f.ruleId][lang]}</strong> {f.message[lang]}
        </li>
      ))}
    </ul>
  );
}

/**
 * A one-click fix, shown before it is applied: where the activity goes (or which resource it
 * takes instead), which findings it removes and which soft ones it may add (the rules never
 * offer one that adds a hard finding), or why nothing fixes the finding.
 */
export function FixProposalBox({ proposal, onApply, onCancel }: Props) {
  const { t, i18n } = useBundle('conflicts', conflictStrings);
  const lang = currentLang(i18n.language);
  if (proposal.kind === 'none')
    return (
      <div className="fix-proposal" data-testid="fix-proposal" data-kind="none">
        <p>{proposal.reason[lang]}</p>
        <button type="button" onClick={onCancel} data-testid="fix-cancel">
          {t('proposal.close')}
        </button>
      </div>
    );
  return (
    <div className="fix-proposal" data-testid="fix-proposal" data-kind={proposal.kind}>
      <p>
        {proposal.kind === 'move'
          ? t('proposal.moveTo', { title: proposal.title, day: proposal.start.slice(0, 10) })
          : t('proposal.swapTo', { title: proposal.title, from: proposal.fromName, to: proposal.toName })}
      </p>
      <p>{t('proposal.removes')}</p>
      <FindingList findings={proposal.removes} lang={lang} testId="fix-removes" />
      {proposal.mayAdd.length === 0 ? (
        <p>{t('proposal.addsNothing')}</p>
      ) : (
        <>
          <p>{t('proposal.mayAdd')}</p>
          <FindingList findings={proposal.mayAdd} lang={lang} testId="fix-may-add" />
        </>
      )}
      <div className="fixes">
        <button type="button" className="primary" onClick={onApply} data-testid="fix-apply">
          {t('proposal.apply')}
        </button>
        <button type="button" onClick={onCancel} data-testid="fix-cancel">
          {t('proposal.cancel')}
        </button>
      </div>
    </div>
  );
}
