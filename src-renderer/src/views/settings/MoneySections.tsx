import { useBundle } from '../budget/use-bundle';
import type { SectionProps } from './GeneralSections';
import { newPhaseKey, phaseSum } from './settings-draft';
import { settingsStrings } from './settings-i18n';
import { FieldError, Section, patchAt, removeAt } from './SettingsParts';

/** Approval tiers (审批层级): caps shown in yuan, stored as cents; the last tier may be open-ended. */
export function ApprovalSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  const tiers = draft.tiers;
  return (
    <Section legend={t('approval.legend')} field="approval" error={errors.approval}>
      <table className="table settings-table">
        <thead>
          <tr>
            <th>{t('approval.cap')}</th>
            <th>{t('approval.approverZh')}</th>
            <th>{t('approval.approverEn')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {tiers.map((tier, i) => (
            <tr key={i} data-testid="settings-tier">
              <td>
                <input
                  inputMode="decimal"
                  value={tier.cap}
                  placeholder={i === tiers.length - 1 ? t('approval.capOpen') : ''}
                  aria-label={`${t('approval.cap')} ${i + 1}`}
                  onChange={(e) => set({ tiers: patchAt(tiers, i, { cap: e.target.value }) })}
                  data-testid={`settings-tier-cap-${i}`}
                />
              </td>
              <td>
                <input
                  value={tier.approverZh}
                  aria-label={`${t('approval.approverZh')} ${i + 1}`}
                  onChange={(e) => set({ tiers: patchAt(tiers, i, { approverZh: e.target.value }) })}
                  data-testid={`settings-tier-zh-${i}`}
                />
              </td>
              <td>
                <input
                  value={tier.approverEn}
                  aria-label={`${t('approval.approverEn')} ${i + 1}`}
                  onChange={(e) => set({ tiers: patchAt(tiers, i, { approverEn: e.target.value }) })}
                  data-testid={`settings-tier-en-${i}`}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="small danger-text"
                  disabled={tiers.length <= 1}
                  onClick={() => set({ tiers: removeAt(tiers, i) })}
                >
                  {t('approval.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-row settings-after-table">
        <button
          type="button"
          className="small"
          // A new tier goes before the open-ended last one, which stays "no upper limit".
          onClick={() =>
            set({ tiers: [...tiers.slice(0, -1), { cap: '', approverZh: '', approverEn: '' }, ...tiers.slice(-1)] })
          }
          data-testid="settings-tier-add"
        >
          + {t('approval.add')}
        </button>
        <label className="settings-inline">
          {t('approval.ceo')}
          <input
            inputMode="decimal"
            value={draft.ceoAbove}
            onChange={(e) => set({ ceoAbove: e.target.value })}
            data-testid="settings-ceo"
          />
        </label>
      </div>
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
  const phases = draft.phases;
  const sum = phaseSum(draft);
  return (
    <Section legend={t('budget.legend')} field="budgetPhases" error={errors.budgetPhases}>
      <table className="table settings-table">
        <thead>
          <tr>
            <th>{t('budget.nameZh')}</th>
            <th>{t('budget.nameEn')}</th>
            <th>{t('budget.share')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {phases.map((p, i) => (
            <tr key={p.key} data-testid="settings-phase">
              <td>
                <input
                  value={p.nameZh}
                  aria-label={`${t('budget.nameZh')} ${i + 1}`}
                  onChange={(e) => set({ phases: patchAt(phases, i, { nameZh: e.target.value }) })}
                  data-testid={`settings-phase-zh-${i}`}
                />
              </td>
              <td>
                <input
                  value={p.nameEn}
                  aria-label={`${t('budget.nameEn')} ${i + 1}`}
                  onChange={(e) => set({ phases: patchAt(phases, i, { nameEn: e.target.value }) })}
                  data-testid={`settings-phase-en-${i}`}
                />
              </td>
              <td>
                <input
                  inputMode="numeric"
                  className="settings-narrow"
                  value={p.share}
                  aria-label={`${t('budget.share')} ${i + 1}`}
                  onChange={(e) => set({ phases: patchAt(phases, i, { share: e.target.value }) })}
                  data-testid={`settings-phase-share-${i}`}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="small danger-text"
                  disabled={phases.length <= 1}
                  onClick={() => set({ phases: removeAt(phases, i) })}
                >
                  {t('approval.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-row settings-after-table">
        <span className={sum === 100 ? 'muted' : 'danger-text'} data-testid="settings-phase-sum">
          {sum === 100 ? t('budget.sum', { sum }) : t('budget.sumOff', { sum })}
        </span>
        <button
          type="button"
          className="small"
          onClick={() => set({ phases: [...phases, { key: newPhaseKey(phases), nameZh: '', nameEn: '', share: '0' }] })}
          data-testid="settings-phase-add"
        >
          + {t('budget.add')}
        </button>
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
      </div>
      <FieldError field="contingencySharePercent" error={errors.contingencySharePercent} />
    </Section>
  );
}
