import type { TableField, TableImportPreview } from '../../../../src-shared/contract-files';
import { useBundle } from '../budget/use-bundle';
import { filesStrings } from './files-i18n';
import type { Mapping } from './TableImportDialog';

/** Fields each target can take, in the order a planner reads a schedule or a budget sheet. */
const FIELDS: Record<'activities' | 'budget', TableField[]> = {
  activities: [
    'title',
    'type',
    'start',
    'end',
    'startTime',
    'endTime',
    'owner',
    'status',
    'participants',
    'amount',
    'notes',
  ],
  budget: ['category', 'description', 'planned', 'committed', 'actual', 'activity', 'phase', 'date', 'notes'],
};
const SHOWN = 20;
const IGNORE = '';

interface Props {
  target: 'activities' | 'budget';
  preview: TableImportPreview;
  onMapping: (m: Mapping) => void;
}

/** The column-mapping step: one select per column over the first rows as they will be read. */
export function MappingTable({ target, preview, onMapping }: Props) {
  const { t } = useBundle('files', filesStrings);
  const fields = FIELDS[target];
  const change = (col: number, value: string) => {
    const field = fields.find((f) => f === value) ?? null;
    const next: Mapping = { ...preview.mapping };
    // A field belongs to one column: taking it here frees it elsewhere.
    if (field) for (const [k, v] of Object.entries(next)) if (v === field) next[k] = null;
    next[String(col)] = field;
    onMapping(next);
  };
  return (
    <div className="files-mapping-wrap">
      <p className="muted">{t('previewRows', { n: Math.min(SHOWN, preview.rows.length) })}</p>
      <table className="table files-mapping" data-testid="table-import-mapping">
        <thead>
          <tr>
            <th>#</th>
            {preview.headers.map((h, col) => (
              <th key={col}>
                <div className="files-header-name">{h}</div>
                <select
                  aria-label={h}
                  value={preview.mapping[String(col)] ?? IGNORE}
                  onChange={(e) => change(col, e.target.value)}
                  data-testid={`mapping-col-${col}`}
                >
                  <option value={IGNORE}>{t('ignore')}</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {t(`field.${f}`)}
                    </option>
                  ))}
                </select>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.slice(0, SHOWN).map((r) => (
            <tr key={r.rowNumber} className={r.record ? '' : 'files-row-bad'}>
              <td className="mono">{r.rowNumber}</td>
              {preview.headers.map((_, col) => (
                <td key={col}>{r.cells[col] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
