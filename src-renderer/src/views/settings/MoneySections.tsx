import { type RowColumn, RowEditor } from '../../components/RowEditor';
import { patchAt } from '../../components/row-list';
import { useBundle } from '../budget/use-bundle';
import type { SectionProps } from './GeneralSections';
import { type SettingsDraft, newPhaseKey, phaseSum } from './settings-draft';
import { settingsStrings } from './settings-i18n';
import { FieldError, Section } from './SettingsParts';

type Tier = SettingsDraft['tiers'][number];
type Phase = SettingsDraft['phases'][number];

/** Approval tiers (审批层级): caps shown in yuan, stored as cents; the last tier may be open-ended. */
export function ApprovalSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  const columns: RowColumn<Tier>[] = [
    {
      id: 'cap',
      header: t('approval.cap'),
      field: 'cap',
      inputMode: 'decimal',
      placeholder: (i, rows) => (i === rows.length - 1 ? t('approval.capOpen') : ''),
    },
    { id: 'zh', header: t('approval.approverZh'), field: 'approverZh' },
    { id: 'en', header: t('approval.approverEn'), field: 'approverEn' },
  ];
  return (
    <Section legend={t('approval.legend')} field="approval" error={errors.approval}>
      <RowEditor
        rows={draft.tiers}
        columns={columns}
        onChange={(tiers) => set({ tiers })}
        testId="settings-tier"
        newRow={() => ({ cap: '', approverZh: '', approverEn: '' })}
        // A new tier goes before the open-ended last one, which stays "no upper limit".
        addAt={(tiers) => tiers.length - 1}
        minRows={1}
        labels={{ add: t('approval.add'), remove: t('approval.remove') }}
        after={
          <label className="settings-inline">
            {t('approval.ceo')}
            <input
              inputMode="decimal"
              value={draft.ceoAbove}
              onChange={(e) => set({ ceoAbove: e.target.value })}
              data-testid="settings-ceo"
            />
          </label>
        }
      />
      <FieldError field="ceoAbove" error={errors.ceoAbove} />
    </Section>
  );
}

export function RiskBandSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  return (
    <Section legend={t('risk.legend')} field="riskBands" error={errors.riskBands}>
      <div className="settings-checks">
        {draft.riskBands.map((band, i) => (
          <label key={band.level} className="settings-inline">
            {t(`risk.level.${band.level}`)} · {t('risk.upTo')}
            <input
              inputMode="numeric"
              className="settings-narrow"
              value={band.maxScore}
              onChange={(e) => set({ riskBands: patchAt(draft.riskBands, i, { maxScore: e.target.value }) })}
              data-testid={`settings-band-${band.level}`}
            />
          </label>
        ))}
      </div>
    </Section>
  );
}

/** Budget phases: shares are whole percents that must sum to 100 (the server refuses otherwise). */
export function BudgetPhaseSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  const sum = phaseSum(draft);
  const columns: RowColumn<Phase>[] = [
    { id: 'zh', header: t('budget.nameZh'), field: 'nameZh' },
    { id: 'en', header: t('budget.nameEn'), field: 'nameEn' },
    { id: 'share', header: t('budget.share'), field: 'share', inputMode: 'numeric' },
  ];
  return (
    <Section legend={t('budget.legend')} field="budgetPhases" error={errors.budgetPhases}>
      <RowEditor
        rows={draft.phases}
        columns={columns}
        onChange={(phases) => set({ phases })}
        testId="settings-phase"
        newRow={(phases) => ({ key: newPhaseKey(phases), nameZh: '', nameEn: '', share: '0' })}
        minRows={1}
        rowKey={(p) => p.key}
        labels={{ add: t('budget.add'), remove: t('approval.remove') }}
        before={
          <span className={sum === 100 ? 'muted' : 'danger-text'} data-testid="settings-phase-sum">
            {sum === 100 ? t('budget.sum', { sum }) : t('budget.sumOff', { sum })}
          </span>
        }
        after={
          <label className="settings-inline">
            {t('budget.contingency')}
            <input
              inputMode="numeric"
              className="settings-narrow"
              value={draft.contingency}
              onChange={(e) => set({ contingency: e.target.value })}
              data-testid="settings-contingency"
            />
          </label>
        }
      />
      <FieldError field="contingencySharePercent" error={errors.contingencySharePercent} />
    </Section>
  );
}
