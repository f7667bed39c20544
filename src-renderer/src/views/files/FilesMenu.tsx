import { useEffect, useRef, useState } from 'react';
import type { Download, IcsImportPreview } from '../../../../src-shared/contract-files';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { currentLang } from '../../i18n';
import { planQuarters } from '../print/plan-quarters';
import { PrintPreview, type PrintKind } from '../print/PrintPreview';
import { type Upload, chooseFile, readUpload, saveDownload } from './file-transfer';
import { filesStrings } from './files-i18n';
import { IcsImportDialog } from './IcsImportDialog';
import { TableImportDialog } from './TableImportDialog';
import './files.css';

type Open =
  | { kind: 'table'; target: 'activities' | 'budget'; upload: Upload }
  | { kind: 'ics'; preview: IcsImportPreview }
  | { kind: 'print'; what: PrintKind }
  | null;

const SPREADSHEETS = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan's File menu: every export, the spreadsheet and calendar imports, and printing. */
export function FilesMenu({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('files', filesStrings);
  // Exports are written in the UI's language (headers, sheet names, status words, labels).
  const language = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const menu = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState<Open>(null);
  const planId = snapshot.plan.id;
  const quarters = planQuarters(
    snapshot.plan.startDate,
    snapshot.plan.endDate,
    snapshot.settings.fiscalQuarterStartMonth,
  );

  // A <details> stays open until toggled; a click anywhere else closes it, as a menu does.
  useEffect(() => {
    const close = (e: PointerEvent) => {
      const el = menu.current;
      if (el?.open && e.target instanceof Node && !el.contains(e.target)) el.removeAttribute('open');
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, []);

  /** A disclosure of plain buttons (not an ARIA menu, which would owe arrow-key handling). Every item closes it first, so a file chooser or dialog never opens under it. */
  const run = (action: () => Promise<void>) => () => {
    menu.current?.removeAttribute('open');
    action().catch((error: unknown) => notices.error(error));
  };
  const exporting = (fn: () => Promise<Download>) =>
    run(async () => {
      const d = await fn();
      saveDownload(d);
      notices.info(t('exported', { name: d.fileName }));
    });

  const importTable = (target: 'activities' | 'budget') =>
    run(async () => {
      const file = await chooseFile(SPREADSHEETS);
      if (file) setOpen({ kind: 'table', target, upload: await readUpload(file) });
    });
  const importIcs = run(async () => {
    const file = await chooseFile('.ics,text/calendar');
    if (!file) return;
    const preview = await api.invoke('file/preview-ics-import', { planId, ...(await readUpload(file)) });
    setOpen({ kind: 'ics', preview });
  });

  const item = (id: string, label: string, onClick: () => void) => (
    <li>
      <button type="button" onClick={onClick} data-testid={`files-${id}`}>
        {label}
      </button>
    </li>
  );

  return (
    <>
      <details className="files-menu" ref={menu} data-testid="files-menu">
        <summary data-testid="files-menu-button">{t('menu')} ▾</summary>
        <div className="files-menu-panel">
          <h4>{t('groupExport')}</h4>
          <ul>
            {item(
              'export-plan',
              t('exportPlan'),
              exporting(() => api.invoke('file/export-plan', { planIds: [planId] })),
            )}
            {item(
              'export-xlsx',
              t('exportXlsx'),
              exporting(() => api.invoke('file/export-table', { planId, what: 'all', format: 'xlsx', language })),
            )}
            {(['activities', 'budget', 'risks'] as const).map((what) => (
              <li key={what}>
                <button
                  type="button"

                  onClick={exporting(() => api.invoke('file/export-table', { planId, what, format: 'csv', language }))}
                  data-testid={`files-export-csv-${what}`}
                >
                  {t(`exportCsv.${what}`)}
                </button>
              </li>
            ))}
            {item(
              'export-ics',
              t('exportIcs'),
              exporting(() => api.invoke('file/export-ics', { planId, language })),
            )}
            {quarters.map((q) => (
              <li key={q.label}>
                <button
                  type="button"

                  onClick={exporting(() =>
                    api.invoke('file/export-ics', { planId, quarter: { year: q.year, quarter: q.quarter }, language }),
                  )}
                  data-testid={`files-export-ics-${q.year}-${q.quarter}`}
                >
                  {t('exportIcsQuarter', { label: q.label })}
                </button>
              </li>
            ))}
          </ul>
          <h4>{t('groupImport')}</h4>
          <ul>
            {item('import-activities', t('importTable.activities'), importTable('activities'))}
            {item('import-budget', t('importTable.budget'), importTable('budget'))}
            {item('import-ics', t('importIcs'), importIcs)}
          </ul>
          <h4>{t('groupPrint')}</h4>
          <ul>
            {(['quarter', 'budget', 'risks'] as const).map((what) => (
              <li key={what}>
                <button
                  type="button"

                  onClick={run(async () => setOpen({ kind: 'print', what }))}
                  data-testid={`files-print-${what}`}
                >
                  {t(`print.${what}`)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
      {open?.kind === 'table' && (
        <TableImportDialog planId={planId} target={open.target} upload={open.upload} onClose={() => setOpen(null)} />
      )}
      {open?.kind === 'ics' && <IcsImportDialog planId={planId} preview={open.preview} onClose={() => setOpen(null)} />}
      {open?.kind === 'print' && (
        <PrintPreview snapshot={snapshot} kind={open.what} quarters={quarters} onClose={() => setOpen(null)} />
      )}
    </>
  );
}
