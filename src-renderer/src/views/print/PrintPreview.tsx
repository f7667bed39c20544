import { useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Orientation, type Paper, type PrintPage, layoutQuarter, textEm } from '../../../../src-shared/print';
import { currentLang } from '../../i18n';
import { usePlanCalendar } from '../../state/usePlanCalendar';
import { useWorkspace } from '../../state/WorkspaceContext';
import { budgetStrings } from '../budget/budget-i18n';
import { useBundle } from '../budget/use-bundle';
import type { PlanQuarter } from './plan-quarters';
import { type LayoutChoice, printInputOf } from './print-input';
import { sheetsOf } from './print-sheets';
import { printStrings } from './print-i18n';
import { PrintSheet, sheetSize } from './PrintSheet';
import { BudgetPrint, RisksPrint } from './PrintTables';
import { PrintToolbar } from './PrintToolbar';
import './print.css';

export type PrintKind = 'quarter' | 'budget' | 'risks';

interface Props {
  snapshot: PlanSnapshot;
  kind: PrintKind;
  quarters: PlanQuarter[];
  onClose: () => void;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * The print preview: a full-window layer outside the app's root, so that in print only it is
 * left (print.css hides the rest). The quarterly schedule is drawn sheet by sheet from the pure
 * layout, each sheet sized in mm to the paper @page names; the budget summary and risk register
 * are tables that flow across sheets. Print calls window.print(): the browser's "Save as PDF"
 * through the browser door, the system dialog in Electron.
 */
export function PrintPreview({ snapshot, kind, quarters, onClose }: Props) {
  const { t, i18n } = useBundle('print', printStrings);
  useBundle('budgetGrid', budgetStrings);
  const lang = currentLang(i18n.language);
  const { loadConflicts } = useWorkspace();
  const calendar = usePlanCalendar(snapshot);
  const [quarterIx, setQuarterIx] = useState(() => defaultQuarter(quarters, snapshot));
  const [layout, setLayout] = useState<LayoutChoice>('month-grid');
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [conflicted, setConflicted] = useState<ReadonlySet<string>>(new Set());
  const [ready, setReady] = useState(false);
  const [host] = useState(() => document.createElement('div'));

  useEffect(() => {
    host.className = 'print-root';
    document.body.append(host);
    document.body.classList.add('printing');
    return () => {
      document.body.classList.remove('printing');
      host.remove();
    };
  }, [host]);

  // Conflicts are the main process's (it sees other plans' claims too); hard ones are marked,
  // since soft findings (preferences) would flag most of a busy quarter and mean nothing on paper.
  useEffect(() => {
    let current = true;
    loadConflicts(snapshot.plan.id).then(
      (list) => {
        if (!current) return;
        setConflicted(new Set(list.findings.filter((f) => f.severity === 'hard').flatMap((f) => f.activityIds)));
        setReady(true);
      },
      () => current && setReady(true),
    );
    return () => {
      current = false;
    };
  }, [loadConflicts, snapshot]);

  const quarter = quarters[quarterIx] ?? quarters[0];
  const { sheets, marks } = useMemo(() => {
    if (kind !== 'quarter' || !quarter) return { sheets: [], marks: new Map<string, string>() };
    const input = printInputOf(
      snapshot,
      calendar,
      conflicted,
      { quarter, layout, paper, orientation },
      {
        quarterLabel: t('quarterLabel', { year: quarter.year, q: quarter.quarter }),
        printedAt: today(),
        noResource: t('noResource'),
        typeLabel: (x) => t(`translation:enum.activityType.${x}`),
        makeup: t('makeup'),
      },
      lang,
    );
    const typeLabel = (x: string) => t(`translation:enum.activityType.${x}`);
    const fixed = textEm(`${t('legend')}⚠${t('conflict')}${t('holiday')}${t('workday')}`) + 12;
    const byDay = new Map<string, string>();
    for (const m of input.marks) byDay.set(m.date, byDay.has(m.date) ? `${byDay.get(m.date)} · ${m.label}` : m.label);
    const legendEm = (page: PrintPage) => page.legend.reduce((w, x) => w + textEm(typeLabel(x)) + 3, fixed);
    return { sheets: sheetsOf(layoutQuarter(input), legendEm), marks: byDay };
  }, [kind, snapshot, calendar, conflicted, quarter, layout, paper, orientation, t, lang]);

  const [w, h] = sheetSize(paper, orientation);
  const pageCss =
    kind === 'quarter'
      ? `@page { size: ${w}mm ${h}mm; margin: 0; }`
      : flowPageCss(paper, orientation, snapshot.plan.name, lang);
  const title = kind === 'budget' ? t('budgetTitle') : t('risksTitle');
  const bodyProps = {
    t,
    weekdays: WEEKDAYS[lang],
    dayClass: (d: string) => {
      const k = calendar.dayKind(d);
      return k === 'holiday'
        ? 'pday-holiday'
        : k === 'makeup_workday'
          ? 'pday-workday'
          : k === 'weekend'
            ? 'pday-weekend'
            : '';
    },
    markOf: (d: string) => marks.get(d) ?? '',
    lineMm: 9 * 0.3528 * 1.35,
    heightMm: h - 20 - 22,
    widthMm: w - 20,
  };

  return createPortal(
    <div
      className="print-preview"
      data-testid="print-preview"
      data-ready={ready}
      data-kind={kind}
      data-choice={`${layout} ${paper} ${orientation}`}
    >
      <style>{pageCss}</style>
      <PrintToolbar
        t={t}
        kind={kind}
        quarters={quarters}
        quarterIx={quarterIx}
        onQuarter={setQuarterIx}
        layout={layout}
        onLayout={setLayout}
        paper={paper}
        onPaper={setPaper}
        orientation={orientation}
        onOrientation={setOrientation}
        sheets={sheets.length}
        onClose={onClose}
      />
      <div className="print-sheets">
        {kind === 'quarter' ? (
          sheets.map((s) => (
            <PrintSheet
              key={`${s.kind}-${s.number}`}
              sheet={s}
              paper={paper}
              orientation={orientation}
              body={bodyProps}
              typeLabel={(x) => t(`translation:enum.activityType.${x}`)}
              monthLabel={(m) => t('month', { y: m.slice(0, 4), m: Number(m.slice(5, 7)) })}
            />
          ))
        ) : (
          <section className="print-flow" style={{ width: `${w - 24}mm` }}>
            <header className="pflow-header">
              <h1>
                {snapshot.plan.name} · {title}
              </h1>
              <span>{t('printedAt', { date: today() })}</span>
            </header>
            {kind === 'budget' ? (
              <BudgetPrint snapshot={snapshot} t={t} lang={lang} />
            ) : (
              <RisksPrint snapshot={snapshot} t={t} lang={lang} />
            )}
          </section>
        )}
      </div>
    </div>,
    host,
  );
}

const WEEKDAYS = {
  'zh-CN': ['一', '二', '三', '四', '五', '六', '日'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/** Tables flow over sheets the browser cuts; its @page margin boxes print the plan name and page x of y. */
function flowPageCss(paper: Paper, orientation: Orientation, planName: string, lang: 'zh-CN' | 'en'): string {
  const name = JSON.stringify(planName.replace(/[\\\n\r]/g, ' '));
  const pageOf =
    lang === 'zh-CN'
      ? '"第 " counter(page) " 页 / 共 " counter(pages) " 页"'
      : '"Page " counter(page) " of " counter(pages)';
  return `@page { size: ${paper} ${orientation}; margin: 14mm 12mm;
  @bottom-left { content: ${name}; font-size: 8pt; color: #555; }
  @bottom-right { content: ${pageOf}; font-size: 8pt; color: #555; } }`;
}

/** The quarter holding today when the plan spans it, else the first with activities, else the first. */
function defaultQuarter(quarters: PlanQuarter[], snapshot: PlanSnapshot): number {
  const d = today();
  const now = quarters.findIndex((q) => q.from <= d && d <= q.to);
  if (now >= 0) return now;
  const busy = quarters.findIndex((q) =>
    snapshot.activities.some((a) => a.start.slice(0, 10) <= q.to && a.end.slice(0, 10) >= q.from),
  );
  return Math.max(0, busy);
}
