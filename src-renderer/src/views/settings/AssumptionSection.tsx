import { useBundle } from '../budget/use-bundle';
import type { SectionProps } from './GeneralSections';
import { settingsStrings } from './settings-i18n';
import { Section } from './SettingsParts';
import { currentLang } from '../../i18n';

/**
 * The figures the plan was built on, each marked as quoted from a planners' document or as an
 * assumption. The planner edits the value; the source stays so the plan still says which
 * numbers the documents back.
 */
export function AssumptionSection({ draft, set, errors }: SectionProps) {
  const { t, i18n } = useBundle('planSettings', settingsStrings);
  const lang = currentLang(i18n.language);
  const edit = (i: number, text: string) =>
    set({ assumptions: draft.assumptions.map((a, k) => (k === i ? { ...a, text } : a)) });
  return (
    <Section legend={t('assumptions.legend')} field="assumptions" error={errors.assumptions}>
      {draft.assumptions.length === 0 ? (
        <p className="muted">{t('assumptions.none')}</p>
      ) : (
        <table className="settings-table" data-testid="settings-assumptions">
          <thead>
            <tr>
              <th>{t('assumptions.name')}</th>
              <th>{t('assumptions.value')}</th>
              <th>{t('assumptions.source')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.assumptions.map((a, i) => (
              <tr key={a.key} data-testid={`assumption-${a.key}`}>
                <td>{lang === 'zh-CN' ? a.nameZh : a.nameEn}</td>
                <td>
                  <input
                    value={a.text}
                    inputMode="decimal"
                    aria-label={lang === 'zh-CN' ? a.nameZh : a.nameEn}
                    onChange={(e) => edit(i, e.target.value)}
                    data-testid={`assumption-value-${a.key}`}
                  />{' '}
                  <span className="muted">{lang === 'zh-CN' ? a.unitZh : a.unitEn}</span>
                </td>
                <td title={a.reference}>
                  <span className={`assumption-source ${a.source}`}>{t(`assumptions.${a.source}`)}</span>
                  {a.reference && <span className="muted"> · {a.reference}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
