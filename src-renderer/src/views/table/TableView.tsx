import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi, GridState } from 'ag-grid-community';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { ACTIVITY_STATUSES, type Activity } from '../../../../src-shared/model';
import { formatCny } from '../../../../src-shared/budget/money';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useBundle } from '../budget/use-bundle';
import { type CalendarFilters, matches } from '../calendar/calendar-filters';
import type { Conflicts } from '../conflicts/useConflicts';
import { pick } from '../shared/options';
import { ActivityTable } from './ActivityTable';
import { tableColumns } from './table-columns';
import { tableStrings } from './table-i18n';
import { baselineStrings } from '../baselines/baselines-i18n';
import type { ReferenceDiff } from '../baselines/useBaselines';
import {
  type ActivityRow,
  GROUP_BYS,
  type GroupBy,
  type GroupRow,
  type TableRow,
  activityRows,
  isGroup,
  tableRows,
  toTsv,
} from './table-rows';
import { editedTiming } from './table-timing';
import { useActivityTable } from './useActivityTable';
import './table.css';

const GROUP_KEY = 'dangqi.tableGroup';

interface Props {
  snapshot: PlanSnapshot;
  filters: CalendarFilters;
  conflicts: Pick<Conflicts, 'findings' | 'model'>;
  onOpen: (a: Activity) => void;
  /** The plan against its reference 定稿 (baseline columns), and the filter to changed activities. */
  reference: ReferenceDiff | null;
  changedIds: ReadonlySet<string> | null;
}

/**
 * The activity table: one row per activity with its dates, status, resources, budget, conflicts
 * and tasks; sort and filter on every column, a quick search, grouping by month, type or status,
 * inline edits of title, dates and status, bulk status / shift / delete on a selection, and a
 * TSV copy for Excel/WPS. The calendar toolbar's filters (plan, type, status…) narrow it too.
 */
export function TableView({ snapshot, filters, conflicts, onOpen, reference, changedIds }: Props) {
  const { t, i18n } = useBundle('table', tableStrings);
  useBundle('baselines', baselineStrings);
  // Read by the baseline columns when cells render: a new reference does not rebuild the columns.
  const referenceRef = useRef(reference);
  referenceRef.current = reference;
  const lang = currentLang(i18n.language);
  const notices = useNotices();
  const planId = snapshot.plan.id;
  const { source, edits } = useActivityTable(snapshot, filters.plan, conflicts, t, lang);
  const [groupBy, setGroupBy] = useState<GroupBy>(() => pick(GROUP_BYS, localStorage.getItem(GROUP_KEY) ?? '', 'none'));
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const [shift, setShift] = useState('7');
  const [asking, setAsking] = useState(false);
  const [showing, setShowing] = useState<ActivityRow | null>(null);
  const gridApi = useRef<GridApi<TableRow> | null>(null);
  // A change of grouping starts a fresh grid (so no row keeps a place from the old layout); it
  // starts from the old one's sort, filters and widths.
  const [gridState, setGridState] = useState<GridState | undefined>(undefined);
  // The grid's callbacks read the latest edits without rebuilding its columns.
  const editsRef = useRef(edits);
  editsRef.current = edits;

  const base = useMemo(
    () =>
      activityRows(
        {
          ...source,
          activities: source.activities.filter(
            (a) => matches(a, filters) && (changedIds === null || changedIds.has(a.id)),
          ),
        },
        groupBy,
        lang === 'en' ? ', ' : '、',
      ),
    [source, filters, groupBy, lang, changedIds],
  );
  const rows = useMemo(() => tableRows(base, groupBy), [base, groupBy]);
  const ownSelected = useMemo(() => {
    const own = new Set(base.filter((r) => r.activity.planId === planId).map((r) => r.id));
    return selected.filter((id) => own.has(id));
  }, [base, selected, planId]);

  const columns = useMemo(() => {
    const typed = (a: Activity, edge: 'start' | 'end', text: string) => {
      const timing = editedTiming(a, edge, text);
      if (timing) void editsRef.current.setTiming(a, timing, edge);
      else notices.error(new Error(t('edit.badDate', { value: text })));
    };
    return tableColumns({
      t,
      planId,
      showPlan: filters.plan !== '',
      onStart: (a, text) => typed(a, 'start', text),
      onEnd: (a, text) => typed(a, 'end', text),
      onTitle: (a, title) => void editsRef.current.rename(a, title),
      onStatus: (a, status) => void editsRef.current.setStatus(a, status),
      baselineOf: (id) => {
        const c = referenceRef.current?.changedById.get(id);
        return c && c.shiftDays !== 0 ? { start: c.before.start, shiftDays: c.shiftDays } : null;
      },
    });
  }, [t, planId, filters.plan, notices]);

  const searchCache = useMemo(() => new WeakMap<ActivityRow, string>(), []);
  const searchText = useCallback(
    (r: ActivityRow) => {
      let s = searchCache.get(r);
      if (s === undefined) {
        const a = r.activity;
        s = [
          a.title,
          t(`translation:enum.activityType.${a.type}`),
          t(`translation:enum.activityStatus.${a.status}`),
          a.start,
          a.end,
          r.resources,
          r.segments,
          a.backupPlan,
          a.owner,
          a.notes,
          r.planName,
        ]
          .join('\n')
          .toLowerCase();
        searchCache.set(r, s);
      }
      return s;
    },
    [searchCache, t],
  );
  const groupLabel = useCallback(
    (g: GroupRow) => {
      const name =
        g.by === 'month'
          ? g.group
          : g.by === 'type'
            ? t(`translation:enum.activityType.${g.group}`)
            : t(`translation:enum.activityStatus.${g.group}`);
      const head = t('group.header', {
        name,
        count: g.count,
        planned: formatCny(g.plannedCents),
        actual: formatCny(g.actualCents),
      });
      return g.hard ? head + t('group.hard', { count: g.hard }) : head;
    },
    [t],
  );

  const q = query.trim().toLowerCase();
  useEffect(() => gridApi.current?.onFilterChanged(), [q]);

  const copy = useCallback(() => {
    const api = gridApi.current;
    if (!api) return;
    const chosen = new Set(api.getSelectedNodes().map((n) => n.id));
    const nodes: Parameters<typeof api.getCellValue>[0]['rowNode'][] = [];
    api.forEachNodeAfterFilterAndSort((n) => {
      if (n.data && !isGroup(n.data) && (chosen.size === 0 || chosen.has(n.id ?? ''))) nodes.push(n);
    });
    const cols = api.getAllDisplayedColumns().filter((c) => c.getColDef().colId && !c.getColId().startsWith('ag-Grid'));
    const header = cols.map((c) => c.getColDef().headerName ?? '');
    const body = nodes.map((rowNode) =>
      cols.map((c) => {
        const raw = api.getCellValue({ rowNode, colKey: c });
        // Numbers go out bare so the spreadsheet takes them as numbers; the rest as shown.
        if (typeof raw === 'number') return Number.isNaN(raw) ? '' : raw;
        return api.getCellValue({ rowNode, colKey: c, useFormatter: true });
      }),
    );
    navigator.clipboard.writeText(toTsv(header, body)).then(
      () => notices.info(t('copied', { count: body.length })),
      () => notices.error(new Error(t('copyFailed'))),
    );
  }, [notices, t]);

  const shiftDays = Number(shift);
  return (
    <div className="table-view" data-testid="table-view">
      <div className="toolbar table-toolbar">
        <input
          type="search"
          placeholder={t('quickSearch')}
          aria-label={t('quickSearch')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="table-search"
        />
        <label>
          {t('group.by')}{' '}
          <select
            value={groupBy}
            onChange={(e) => {
              const next = pick(GROUP_BYS, e.target.value, 'none');
              localStorage.setItem(GROUP_KEY, next);
              const { rowSelection: _dropped, ...kept } = gridApi.current?.getState() ?? {};
              setGridState(kept);
              setSelected([]);
              setGroupBy(next);
            }}
            data-testid="table-group-by"
          >
            {GROUP_BYS.map((g) => (
              <option key={g} value={g}>
                {t(`group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={copy} title={t('copyHint')} data-testid="table-copy">
          {t('copy')}
        </button>
        {selected.length > 0 && (
          <div className="table-bulk" data-testid="table-bulk">
            <span className="muted" data-testid="table-selected">
              {t('selected', { count: selected.length })}
            </span>
            {ownSelected.length < selected.length && <span className="muted">{t('readOnly')}</span>}
            <select
              value=""
              disabled={ownSelected.length === 0}
              aria-label={t('bulk.status')}
              onChange={(e) => {
                const status = pick(ACTIVITY_STATUSES, e.target.value, 'planned');
                if (e.target.value) void edits.setStatusMany(ownSelected, status);
              }}
              data-testid="table-bulk-status"
            >
              <option value="">{t('bulk.status')}</option>
              {ACTIVITY_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`translation:enum.activityStatus.${s}`)}
                </option>
              ))}
            </select>
            <label>
              {t('bulk.shift')}{' '}
              <input
                type="number"
                className="table-shift"
                value={shift}
                onChange={(e) => setShift(e.target.value)}
                data-testid="table-shift-days"
              />
            </label>
            <button
              type="button"
              disabled={ownSelected.length === 0 || !Number.isInteger(shiftDays) || shiftDays === 0}
              onClick={() => void edits.shiftMany(ownSelected, shiftDays)}
              data-testid="table-shift"
            >
              {t('bulk.shiftApply')}
            </button>
            <button
              type="button"
              className="danger"
              disabled={ownSelected.length === 0}
              onClick={() => setAsking(true)}
              data-testid="table-delete"
            >
              {t('bulk.delete')}
            </button>
          </div>
        )}
      </div>
      <ActivityTable
        key={groupBy}
        initialState={gridState}
        rows={rows}
        columns={columns}
        emptyText={t('empty')}
        query={q}
        searchText={searchText}
        groupLabel={groupLabel}
        onReady={(api) => (gridApi.current = api)}
        onSelection={setSelected}
        onConflicts={setShowing}
        onOpen={(r) => onOpen(r.activity)}
        onCopy={copy}
      />
      <p className="muted keyboard-hint">{t('hint')}</p>
      {asking && (
        <ConfirmDialog
          title={t('bulk.delete')}
          message={t('bulk.deleteAsk', { count: ownSelected.length })}
          confirmLabel={t('translation:common.delete')}
          onConfirm={async () => {
            await edits.deleteMany(ownSelected);
          }}
          onClose={() => setAsking(false)}
        />
      )}
      {showing && (
        <Modal
          title={t('conflicts.title', { title: showing.activity.title })}
          onClose={() => setShowing(null)}
          testId="table-conflicts-dialog"
        >
          <ul className="table-findings">
            {showing.conflicts.map((f) => (
              <li key={f.key} className={`finding-${f.severity}`}>
                <strong>{t(`conflicts.${f.severity}`, { count: 1 })}</strong> {f.message[lang]}
              </li>
            ))}
          </ul>
        </Modal>
      )}
    </div>
  );
}
