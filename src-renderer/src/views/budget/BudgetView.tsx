import { type ClipboardEvent, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { centsToPlain } from '../../../../src-shared/budget/money';
import type { LineDraft } from '../../../../src-shared/budget/paste';
import type { BudgetLine } from '../../../../src-shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { budgetColumns } from './budget-columns';
import { budgetStrings } from './budget-i18n';
import { type BudgetModel, type GridRow, buildRows, nextModel } from './budget-rows';
import { BudgetCharts } from './BudgetCharts';
import { BudgetGrid } from './BudgetGrid';
import { BudgetSummary } from './BudgetSummary';
import { PasteDialog } from './PasteDialog';
import { pasteIntoCells } from './paste-cells';
import { useBudgetLines } from './use-budget-lines';
import { useBundle } from './use-bundle';
import './budget.css';

/** The first value seen for each key: a new object with the same content keeps the old identity. */
function useStable<T>(value: T, key: string): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [key]);
}

const MONEY_COLUMNS = new Set(['plannedCents', 'committedCents', 'actualCents', 'variance']);

/** The budget: an editable AG Grid with our own subtotals, phase shares, approval tiers, paste, CSV and charts. */
export function BudgetView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('budgetGrid', budgetStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const { lines, onEdit, message } = useBudgetLines(snapshot.budgetLines, t, i18n.language);
  const grid = useRef<GridApi<GridRow> | null>(null);
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [toDelete, setToDelete] = useState<string[] | null>(null);
  const [charts, setCharts] = useState(false);
  const { plan } = snapshot;
  // Every edit refetches the snapshot; keep settings and activities the same objects while their
  // content is, so the columns (and with them the whole grid) are not rebuilt for nothing.
  const settings = useStable(snapshot.settings, JSON.stringify(snapshot.settings));
  const activities = useStable(
    snapshot.activities,
    snapshot.activities.map((a) => `${a.id}\u0000${a.title}\u0000${a.start}`).join('\u0001'),
  );

  // The last model with the lines and grouping it was built for; patched when one line changed.
  const last = useRef<{ lines: BudgetLine[]; model: BudgetModel; settings: unknown; activities: unknown } | null>(null);
  const model = useMemo(() => {
    const prev =
      last.current && last.current.settings === settings && last.current.activities === activities
        ? last.current
        : null;
    const next = nextModel(prev, lines, () => buildRows(lines, settings.budgetPhases, activities));
    last.current = { lines, model: next, settings, activities };
    return next;
  }, [lines, settings, activities]);
  const columns = useMemo(
    () => budgetColumns({ t, lang, settings, activities, onEdit }),
    [t, lang, settings, activities, onEdit],
  );

  const onReady = useCallback((a: GridApi<GridRow>) => (grid.current = a), []);
  const selected = (): BudgetLine[] => {
    const rows = grid.current?.getSelectedRows() ?? [];
    const picked = rows.flatMap((r) => (r.kind === 'line' ? [r.line] : []));
    if (picked.length > 0) return picked;
    const focused = grid.current?.getFocusedCell();
    const row = focused ? grid.current?.getDisplayedRowAtIndex(focused.rowIndex)?.data : undefined;
    return row?.kind === 'line' ? [row.line] : [];
  };
  const run = (work: Promise<unknown>) =>
    // The edit's outcome moves the store; a refused one changed nothing, so only the message shows.
    work.then(
      () => undefined,
      (error: unknown) => notices.error(error),
    );

  const add = () => {
    const [near] = selected();
    void run(
      api.invoke('budget/create-line', {
        planId: plan.id,
        phase: near?.phase ?? settings.budgetPhases[0]?.key ?? '',
        activityId: near?.activityId ?? null,
        category: near?.category ?? 'other',
      }),
    );
  };
  const duplicate = () => {
    const [line] = selected();
    if (!line) return notices.info(t('selectFirst'));
    void run(api.invoke('budget/duplicate-line', { id: line.id }));
  };
  const askDelete = () => {
    const ids = selected().map((l) => l.id);
    if (ids.length === 0) return notices.info(t('selectFirst'));
    setToDelete(ids);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Delete') askDelete();
    else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'd') {
      e.preventDefault(); // the browser would bookmark the page
      duplicate();
    }
  };
  // A stable handler for the memoized grid that always runs the latest onKey.
  const keyHandler = useRef(onKey);
  useLayoutEffect(() => {
    keyHandler.current = onKey;
  });
  const stableOnKey = useCallback((e: KeyboardEvent) => keyHandler.current(e), []);
  const insert = async (drafts: LineDraft[]) => {
    await api.invoke('budget/paste-lines', { planId: plan.id, lines: drafts });
    notices.info(t('pasted', { count: drafts.length }));
  };
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const target = e.target;
    // Inside a cell editor the text belongs to that cell.
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
    const text = e.clipboardData.getData('text/plain');
    if (!text.trim()) return;
    e.preventDefault();
    // A value or a narrow block pasted over a selected cell fills the cells from there; only
    // whole rows (more columns than a block of amounts) become new lines through the dialog.
    if (grid.current && pasteIntoCells(grid.current, text, onEdit)) return;
    setPasteText(text);
  };
  const openPaste = async () => {
    const text = await navigator.clipboard?.readText().catch(() => '');
    setPasteText(text ?? '');
  };
  const exportCsv = () =>
    grid.current?.exportDataAsCsv({
      fileName: `${plan.name}-budget.csv`,
      // Money leaves as plain yuan so a spreadsheet reads it as a number.
      processCellCallback: (p) =>
        MONEY_COLUMNS.has(p.column.getColId()) && typeof p.value === 'number'
          ? centsToPlain(p.value)
          : p.formatValue(p.value),
    });

  const [near] = lines;
  const pasteContext = useMemo(
    () => ({
      activities,
      phases: settings.budgetPhases,
      defaultPhase: near?.phase ?? settings.budgetPhases[0]?.key ?? '',
      defaultActivityId: null,
    }),
    [activities, settings, near],
  );

  return (
    <div className="budget-view" data-testid="budget-view" onPaste={onPaste}>
      <div className="toolbar">
        <h2>{t('title')}</h2>
        <div className="toolbar-spacer" />
        <button type="button" className="primary" onClick={add} data-testid="budget-add">
          + {t('add')}
        </button>
        <button type="button" onClick={duplicate} data-testid="budget-duplicate">
          {t('duplicate')}
        </button>
        <button type="button" onClick={askDelete} data-testid="budget-delete">
          {t('remove')}
        </button>
        <button type="button" onClick={() => void openPaste()} data-testid="budget-paste">
          {t('paste')}
        </button>
        <button type="button" onClick={exportCsv} data-testid="budget-export">
          {t('exportCsv')}
        </button>
        <button
          type="button"
          aria-pressed={charts}
          onClick={() => setCharts((c) => !c)}
          data-testid="budget-charts-toggle"
        >
          {t('charts')}
        </button>
      </div>
      <BudgetSummary rollup={model.rollup} settings={settings} t={t} lang={lang} />
      {message && (
        <div className={`budget-message ${message.kind}`} role="alert" data-testid="budget-message">
          {message.text}
        </div>
      )}
      {/* The charts open beside the grid, not under it: under it they left a laptop eight rows. */}
      <div className="budget-body">
        <BudgetGrid
          emptyText={t('empty')}
          rows={model.rows}
          total={model.total}
          columns={columns}
          onReady={onReady}
          onKey={stableOnKey}
        />
        {charts && <BudgetCharts rollup={model.rollup} t={t} lang={lang} />}
      </div>
      {pasteText !== null && (
        <PasteDialog
          initialText={pasteText}
          context={pasteContext}
          planRange={{ from: plan.startDate, to: plan.endDate }}
          t={t}
          lang={lang}
          onInsert={insert}
          onClose={() => setPasteText(null)}
        />
      )}
      {toDelete && (
        <ConfirmDialog
          title={t('remove')}
          message={t('deleteConfirm', { count: toDelete.length })}
          onConfirm={() => run(api.invoke('budget/delete-lines', { ids: toDelete }))}
          onClose={() => setToDelete(null)}
        />
      )}
    </div>
  );
}
