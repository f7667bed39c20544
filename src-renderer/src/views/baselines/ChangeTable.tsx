import type { TFunction } from 'i18next';
import type { ChangeRow } from './change-rows';

/** The change list: what changed, how, before and after, the shift, and when and why. */
export function ChangeTable({ rows, t }: { rows: readonly ChangeRow[]; t: TFunction }) {
  return (
    <table className="change-table" data-testid="change-table">
      <thead>
        <tr>
          <th>{t('baselines:change.what')}</th>
          <th>{t('baselines:change.kind')}</th>
          <th>{t('baselines:change.before')}</th>
          <th>{t('baselines:change.after')}</th>
          <th>{t('baselines:change.shift')}</th>
          <th>{t('baselines:change.when')}</th>
          <th>{t('baselines:change.why')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-testid="change-row">
            <td>
              <span className="muted small">{r.entity}</span> {r.title}
            </td>
            <td>{r.kind}</td>
            <td>{r.before}</td>
            <td>{r.after}</td>
            <td className="num">{r.shift}</td>
            <td>{r.when}</td>
            <td>{r.why}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
