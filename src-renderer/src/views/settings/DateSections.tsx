import { useState } from 'react';
import { isValidDay } from '../../../../src-shared/model';
import { DateInput } from '../../components/DateInput';
import { type RowColumn, RowEditor } from '../../components/RowEditor';
import { currentLang } from '../../i18n';
import { useBundle } from '../budget/use-bundle';
import type { SectionProps } from './GeneralSections';
import type { SettingsDraft } from './settings-draft';
import { settingsStrings } from './settings-i18n';
import { Section } from './SettingsParts';

type CustomDay = SettingsDraft['customHolidays'][number];

/** Days on which nothing may be scheduled (store closures, audits); they do not change workdays. */
export function BlackoutSection({ draft, set, errors }: SectionProps) {
  const { t, i18n } = useBundle('planSettings', settingsStrings);
  const [day, setDay] = useState('');
  const add = () => {
    if (!isValidDay(day) || draft.blackoutDates.includes(day)) return;
    set({ blackoutDates: [...draft.blackoutDates, day].sort() });
    setDay('');
  };
  return (
    <Section legend={t('dates.legend')} field="blackoutDates" error={errors.blackoutDates}>
      <div className="form-row settings-after-table">
        <DateInput
          lang={currentLang(i18n.language)}
          value={day}
          aria-label={t('dates.legend')}
          onChange={setDay}
          data-testid="settings-blackout-input"
        />
        <button
          type="button"
          className="small"
          disabled={!isValidDay(day)}
          onClick={add}
          data-testid="settings-blackout-add"
        >
          + {t('dates.add')}
        </button>
      </div>
      {draft.blackoutDates.length === 0 ? (
        <p className="muted">{t('dates.none')}</p>
      ) : (
        <ul className="settings-chips" data-testid="settings-blackout-list">
          {draft.blackoutDates.map((d) => (
            <li key={d} className="mono">
              {d}
              <button
                type="button"
                className="icon-button"
                aria-label={t('dates.remove', { date: d })}
                onClick={() => set({ blackoutDates: draft.blackoutDates.filter((x) => x !== d) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The planner's own days: a company holiday, or a working day that overrides a weekend or holiday. */
export function CustomHolidaySection({ draft, set, errors }: SectionProps) {
  const { t, i18n } = useBundle('planSettings', settingsStrings);
  const columns: RowColumn<CustomDay>[] = [
    { id: 'date', header: t('custom.date'), field: 'date', date: currentLang(i18n.language) },
    { id: 'zh', header: t('custom.nameZh'), field: 'nameZh' },
    { id: 'en', header: t('custom.nameEn'), field: 'nameEn' },
    {
      id: 'kind',
      header: t('custom.kind'),
      field: 'kind',
      options: [
        { value: 'holiday', label: t('custom.holiday') },
        { value: 'workday', label: t('custom.workday') },
      ],
    },
  ];
  return (
    <Section legend={t('custom.legend')} field="customHolidays" error={errors.customHolidays}>
      <RowEditor
        rows={draft.customHolidays}
        columns={columns}
        onChange={(customHolidays) => set({ customHolidays })}
        testId="settings-custom"
        newRow={(): CustomDay => ({ date: '', nameZh: '', nameEn: '', kind: 'holiday' })}
        labels={{ add: t('custom.add'), remove: t('approval.remove'), empty: t('custom.none') }}
      />
    </Section>
  );
}
