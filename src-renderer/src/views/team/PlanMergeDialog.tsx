import { useState } from 'react';
import type { MergeRowChange, PlanMergePreview } from '../../../../src-shared/contract-merge';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { fieldLabel, valueText } from './field-text';
import { teamStrings } from './team-i18n';

interface Props {
  preview: PlanMergePreview;
  onClose: () => void;
  onMerged: (planIds: string[]) => void;
}

/**
 * Merging a colleague's copy of a plan, before anything is written: what they changed, what I
 * changed, the fields both changed (with the value the merge keeps on every laptop) and the
 * conflicts the merged plan will have. Merging is one undoable edit.
 */
export function PlanMergeDialog({ preview, onClose, onMerged }: Props) {
  const { t, i18n } = useBundle('team', teamStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [busy, setBusy] = useState(false);
  const field = (f: string) => fieldLabel(f, lang) ?? t('aField');
  const empty = t('empty');

  const changes = (list: MergeRowChange[]) =>
    list.length === 0 ? (
      <p className="muted">{t('none')}</p>
    ) : (
      <ul>
        {list.map((c) => (
          <li key={`${c.entity}|${c.id}`}>
            {t(`kind.${c.kind}`)} {t(`entity.${c.entity}`)} “{c.label}”
            {c.kind === 'updated' && `：${c.fields.map((f) => field(f.field)).join('、')}`}
          </li>
        ))}
      </ul>
    );

  const apply = async () => {
    setBusy(true);
    try {
      const { planIds } = await api.invoke('file/apply-plan-merge', { token: preview.token });
      notices.info(t('merged', { count: planIds.length }));
      onMerged(planIds);
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('mergeTitle', { name: preview.fileName })}
      onClose={onClose}
      testId="plan-merge-dialog"
      size="large"
      footer={
        <>
          <span className="muted">{t('mergeHint')}</span>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void apply()}
            data-testid="merge-apply"
          >
            {t('applyMerge')}
          </button>
        </>
      }
    >
      {preview.plans.map((p) => (
        <section key={p.planId} data-testid="merge-plan">
          <h3>{p.name}</h3>
          <h4>{t('theirs', { count: p.theirs.length })}</h4>
          {changes(p.theirs)}
          <h4>{t('mine', { count: p.mine.length })}</h4>
          {changes(p.mine)}
          <h4>{t('both', { count: p.both.length })}</h4>
          {p.both.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ul data-testid="merge-both">
              {p.both.map((b) => {
                const values = { mine: valueText(b.mine, empty), theirs: valueText(b.theirs, empty) };
                return (
                  <li key={`${b.entity}|${b.id}|${b.field}`}>
                    {t(`entity.${b.entity}`)} “{b.label}” · {field(b.field)}：
                    {b.winner === 'mine' ? t('winnerMine', values) : t('winnerTheirs', values)}
                  </li>
                );
              })}
            </ul>
          )}
          <h4>{t('mergeConflicts', { count: p.conflicts.length })}</h4>
          {p.conflicts.length === 0 ? (
            <p className="muted">{t('none')}</p>
          ) : (
            <ul data-testid="merge-conflicts">
              {p.conflicts.map((c, i) => (
                <li key={`${c.ruleId}|${i}`}>
                  [{c.severity === 'hard' ? t('hard') : t('soft')}] {c.message[lang]}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Modal>
  );
}
