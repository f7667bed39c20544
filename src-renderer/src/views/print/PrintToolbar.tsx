import type { Orientation, Paper } from '../../../../src-shared/print';
import type { PlanQuarter } from './plan-quarters';
import type { LayoutChoice } from './print-input';
import type { PrintKind } from './PrintPreview';

interface Props {
  t: (key: string, vars?: Record<string, unknown>) => string;
  kind: PrintKind;
  quarters: PlanQuarter[];
  quarterIx: number;
  onQuarter: (i: number) => void;
  layout: LayoutChoice;
  onLayout: (l: LayoutChoice) => void;
  paper: Paper;
  onPaper: (p: Paper) => void;
  orientation: Orientation;
  onOrientation: (o: Orientation) => void;
  sheets: number;
  onClose: () => void;
}

const LAYOUTS: LayoutChoice[] = ['month-grid', 'lanes-type', 'lanes-resource'];
const PAPERS: Paper[] = ['A4', 'A3'];
const ORIENTATIONS: Orientation[] = ['landscape', 'portrait'];

/** The preview's choices (quarter, layout, paper, orientation) and its Print and Close buttons; never printed. */
export function PrintToolbar(p: Props) {
  const { t } = p;
  return (
    <div className="print-toolbar" role="toolbar">
      <strong>{t(`title.${p.kind}`)}</strong>
      {p.kind === 'quarter' && (
        <>
          <label>
            {t('quarter')}{' '}
            <select
              value={p.quarterIx}
              onChange={(e) => p.onQuarter(Number(e.target.value))}
              data-testid="print-quarter"
            >
              {p.quarters.map((q, i) => (
                <option key={q.label} value={i} data-quarter={`${q.year}-${q.quarter}`}>
                  {t('quarterLabel', { year: q.year, q: q.quarter })} ({q.from} – {q.to})
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('layout')}{' '}
            <select
              value={p.layout}
              onChange={(e) => p.onLayout(LAYOUTS.find((l) => l === e.target.value) ?? 'month-grid')}
              data-testid="print-layout"
            >
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {t(`layouts.${l}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        {t('paper')}{' '}
        <select
          value={p.paper}
          onChange={(e) => p.onPaper(PAPERS.find((x) => x === e.target.value) ?? 'A4')}
          data-testid="print-paper"
        >
          {PAPERS.map((x) => (
            <option key={x}>{x}</option>
          ))}
        </select>
      </label>
      <label>
        {t('orientation')}{' '}
        <select
          value={p.orientation}
          onChange={(e) => p.onOrientation(ORIENTATIONS.find((x) => x === e.target.value) ?? 'landscape')}
          data-testid="print-orientation"
        >
          {ORIENTATIONS.map((x) => (
            <option key={x} value={x}>
              {t(`orientations.${x}`)}
            </option>
          ))}
        </select>
      </label>
      {p.kind === 'quarter' && (
        <span className="muted" data-testid="print-sheet-count">
          {t('pages', { count: p.sheets })}
        </span>
      )}
      <span className="toolbar-spacer" />
      <button type="button" className="primary" onClick={() => window.print()} data-testid="print-go">
        {t('print')}
      </button>
      <button type="button" onClick={p.onClose} data-testid="print-close">
        {t('close')}
      </button>
    </div>
  );
}
