import { PREFERRED_SLOTS, type PreferredSlot } from '../../../../src-shared/model';
import { Field } from '../../components/Field';
import { useBundle } from '../budget/use-bundle';
import type { FieldErrors, SettingsDraft } from './settings-draft';
import { settingsStrings } from './settings-i18n';
import { Section } from './SettingsParts';

export interface SectionProps {
  draft: SettingsDraft;
  set: (patch: Partial<SettingsDraft>) => void;
  errors: FieldErrors;
}

/** Common zones of planners in Greater China and their partners; any IANA name may be typed. */
const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];
const CURRENCIES = ['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR'];
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
/** Monday first, as Chinese calendars show the week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value);
}

export function GeneralSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  return (
    <Section legend={t('general.legend')} field="general">
      <div className="form-row">
        <Field label={t('general.timeZone')} error={errors.timeZone}>
          <input
            value={draft.timeZone}
            list="settings-zones"
            onChange={(e) => set({ timeZone: e.target.value })}
            data-testid="settings-tz"
          />
        </Field>
        <Field label={t('general.currency')} error={errors.currency}>
          <input
            value={draft.currency}
            list="settings-currencies"
            maxLength={3}
            onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
            data-testid="settings-currency"
          />
        </Field>
        <Field label={t('general.fiscal')} error={errors.fiscalQuarterStartMonth}>
          <select
            value={draft.fiscalQuarterStartMonth}
            onChange={(e) => set({ fiscalQuarterStartMonth: Number(e.target.value) })}
            data-testid="settings-fiscal"
          >
            {MONTHS.map((m) => (
              <option key={m} value={m}>
                {t('general.month', { month: m })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <datalist id="settings-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <datalist id="settings-currencies">
        {CURRENCIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </Section>
  );
}

export function WeekSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  return (
    <Section legend={t('week.legend')} field="week" error={errors.workingWeekdays ?? errors.preferredSlots}>
      <div className="settings-label">{t('week.working')}</div>
      <div className="settings-checks">
        {WEEK.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={draft.workingWeekdays.includes(d)}
              onChange={(e) => set({ workingWeekdays: toggle(draft.workingWeekdays, d, e.target.checked) })}
              data-testid={`settings-weekday-${d}`}
            />
            {t(`week.days.${d}`)}
          </label>
        ))}
      </div>
      <div className="settings-label">{t('week.preferred')}</div>
      <div className="settings-checks">
        {PREFERRED_SLOTS.map((slot: PreferredSlot) => (
          <label key={slot}>
            <input
              type="checkbox"
              checked={draft.preferredSlots.includes(slot)}
              onChange={(e) => set({ preferredSlots: toggle(draft.preferredSlots, slot, e.target.checked) })}
              data-testid={`settings-slot-${slot}`}
            />
            {t(`week.slot.${slot}`)}
          </label>
        ))}
      </div>
    </Section>
  );
}

export function SegmentSection({ draft, set, errors }: SectionProps) {
  const { t } = useBundle('planSettings', settingsStrings);
  return (
    <Section legend={t('segments.legend')} field="segments">
      <div className="form-row">
        <Field label={t('segments.gap')} error={errors.segmentMinGapDays}>
          <input
            inputMode="numeric"
            value={draft.segmentMinGapDays}
            onChange={(e) => set({ segmentMinGapDays: e.target.value })}
            data-testid="settings-gap"
          />
        </Field>
        <Field label={t('segments.weekly')} error={errors.segmentWeeklyMax}>
          <input
            inputMode="numeric"
            value={draft.segmentWeeklyMax}
            onChange={(e) => set({ segmentWeeklyMax: e.target.value })}
            data-testid="settings-weekly"
          />
        </Field>
      </div>
    </Section>
  );
}
