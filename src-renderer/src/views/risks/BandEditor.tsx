import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { PlanSettings } from '../../../../src-shared/model';

interface Props {
  settings: PlanSettings;
  t: TFunction;
  onSave: (bands: PlanSettings['riskBands']) => void;
}

/** The plan's level bands as two upper limits (low, medium); high is whatever lies above. */
export function BandEditor({ settings, t, onSave }: Props) {
  const maxOf = (level: string, fallback: number) =>
    settings.riskBands.find((b) => b.level === level)?.maxScore ?? fallback;
  const [low, setLow] = useState(String(maxOf('low', 4)));
  const [medium, setMedium] = useState(String(maxOf('medium', 12)));
  const l = Number(low);
  const m = Number(medium);
  const valid = Number.isInteger(l) && Number.isInteger(m) && l >= 1 && l < m && m < 25;
  const changed = l !== maxOf('low', 4) || m !== maxOf('medium', 12);

  return (
    <form
      className="band-editor"
      title={t('bandsHint')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid)
          onSave([
            { level: 'low', maxScore: l },
            { level: 'medium', maxScore: m },
            { level: 'high', maxScore: 25 },
          ]);
      }}
    >
      <span className="muted">{t('bands')}</span>
      <label>
        {t('bandLow')}
        <input
          type="number"
          min={1}
          max={23}
          value={low}
          onChange={(e) => setLow(e.target.value)}
          data-testid="band-low"
        />
      </label>
      <label>
        {t('bandMedium')}
        <input
          type="number"
          min={2}
          max={24}
          value={medium}
          onChange={(e) => setMedium(e.target.value)}
          data-testid="band-medium"
        />
      </label>
      <button type="submit" className="small" disabled={!valid || !changed} data-testid="band-save">
        {t('translation:common.save')}
      </button>
      {!valid && <span className="error-text">{t('bandsBad')}</span>}
    </form>
  );
}
