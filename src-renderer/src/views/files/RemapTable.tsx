import { useBundle } from '../budget/use-bundle';
import { filesStrings } from './files-i18n';

export interface RemapRow {
  fileId: string;
  name: string;
  kind: string;
  /** The workspace row the service matched by name and kind, if any. */
  match: { id: string; name: string } | null;
  /** Workspace rows of the same kind the planner may choose instead. */
  choices: { id: string; name: string }[];
}

const NEW = '__new__';

interface Props {
  title: string;
  rows: RemapRow[];
  /** fileId → chosen id, or null for "create new"; a missing key keeps the service's match. */
  map: Record<string, string | null>;
  onChange: (map: Record<string, string | null>) => void;
  testId: string;
}

/** One select per resource or segment of a plan file: use the matched row, another of its kind, or create it. */
export function RemapTable({ title, rows, map, onChange, testId }: Props) {
  const { t } = useBundle('files', filesStrings);
  return (
    <>
      <h3>{title}</h3>
      <table className="table files-remap" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('colName')}</th>
            <th>{t('colKind')}</th>
            <th>{t('colUse')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const chosen = r.fileId in map ? map[r.fileId] : (r.match?.id ?? null);
            const choices =
              r.match && !r.choices.some((c) => c.id === r.match?.id) ? [r.match, ...r.choices] : r.choices;
            return (
              <tr key={r.fileId} data-testid="remap-row" data-name={r.name}>
                <td>{r.name}</td>
                <td>{r.kind}</td>
                <td>
                  <select
                    aria-label={`${title}: ${r.name}`}
                    value={chosen ?? NEW}
                    onChange={(e) => onChange({ ...map, [r.fileId]: e.target.value === NEW ? null : e.target.value })}
                  >
                    <option value={NEW}>{t('createNew', { name: r.name })}</option>
                    {choices.map((c) => (
                      <option key={c.id} value={c.id}>
                        {t('useExisting', { name: c.name })}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
