import { useState } from 'react';
import { isValidDay } from '../../../../src-shared/model';
import { useBundle } from '../budget/use-bundle';
import type { SectionProps } from './GeneralSections';
import { settingsStrings } from './settings-i18n';
import { Section, patchAt, removeAt } from './SettingsParts';

/** Days on which nothing may be scheduled (store closures, audits); they do not change workdays. */
export function BlackoutSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  const [day, setDay] = useState('');
  const add = () => {
    if (!isValidDay(day) || draft.blackoutDates.includes(day)) return;
    set({ blackoutDates: [...draft.blackoutDates, day].sort() });
    setDay('');
  };
  return (
    <Section legend={t('dates.legend')} field="blackoutDates" error={errors.blackoutDates}>
      <div className="form-row settings-after-table">
        <input
          type="date"
          value={day}
          aria-label={t('dates.legend')}
          onChange={(e) => setDay(e.target.value)}
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
  const { t } = useBundle('planSettings', settingsStrings);
  const rows = draft.customHolidays;
  return (
    <Section legend={t('custom.legend')} field="customHolidays" error={errors.customHolidays}>
      {rows.length === 0 ? (
        <p className="muted">{t('custom.none')}</p>
      ) : (
        <table className="table settings-table">
          <thead>
            <tr>
              <th>{t('custom.date')}</th>
              <th>{t('custom.nameZh')}</th>
              <th>{t('custom.nameEn')}</th>
              <th>{t('custom.kind')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((c, i) => (
              <tr key={i} data-testid="settings-custom">
                <td>
                  <input
                    type="date"
                    value={c.date}
                    aria-label={`${t('custom.date')} ${i + 1}`}
                    onChange={(e) => set({ customHolidays: patchAt(rows, i, { date: e.target.value }) })}
                    data-testid={`settings-custom-date-${i}`}
                  />
                </td>
                <td>
                  <input
                    value={c.nameZh}
                    aria-label={`${t('custom.nameZh')} ${i + 1}`}
                    onChange={(e) => set({ customHolidays: patchAt(rows, i, { nameZh: e.target.value }) })}
                    data-testid={`settings-custom-zh-${i}`}
                  />
                </td>
                <td>
                  <input
                    value={c.nameEn}
                    aria-label={`${t('custom.nameEn')} ${i + 1}`}
                    onChange={(e) => set({ customHolidays: patchAt(rows, i, { nameEn: e.target.value }) })}
                    data-testid={`settings-custom-en-${i}`}
                  />
                </td>
                <td>
                  <select
                    value={c.kind}
                    aria-label={`${t('custom.kind')} ${i + 1}`}
                    onChange={(e) =>
                      set({
                        customHolidays: patchAt(rows, i, {
                          kind: e.target.value === 'workday' ? 'workday' : 'holiday',
                        }),
                      })
                    }
                    data-testid={`settings-custom-kind-${i}`}
                  >
                    <option value="holiday">{t('custom.holiday')}</option>
                    <option value="workday">{t('custom.workday')}</option>
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="small danger-text"
                    onClick={() => set({ customHolidays: removeAt(rows, i) })}
                  >
                    {t('approval.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-row settings-after-table">
        <button
          type="button"
          className="small"
          onClick={() => set({ customHolidays: [...rows, { date: '', nameZh: '', nameEn: '', kind: 'holiday' }] })}
          data-testid="settings-custom-add"
        >
          + {t('custom.add')}
        </button>
      </div>
    </Section>
  );
}
