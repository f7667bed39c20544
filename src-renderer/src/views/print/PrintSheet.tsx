import type { Orientation, Paper } from '../../../../src-shared/print';
import { TYPE_COLORS } from '../calendar/to-events';
import { type BodyProps, Lanes, MonthGrid, OverflowList } from './PrintBodies';
import type { Sheet } from './print-sheets';

export const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** Width and height of a sheet in mm, as @page and the preview both size it. */
export function sheetSize(paper: Paper, orientation: Orientation): [number, number] {
  const [w, h] = PAPER_MM[paper];
  return orientation === 'landscape' ? [h, w] : [w, h];
}

interface Props {
  sheet: Sheet;
  paper: Paper;
  orientation: Orientation;
  body: BodyProps;
  typeLabel: (type: string) => string;
  monthLabel: (month: string) => string;
}

/**
 * One sheet of paper (a hair short of the paper, so rounding never spills onto a blank page): header (plan, quarter or month, print date), the body the layout made,
 * legend and footnotes, and "page x of y". Sized in mm so the preview is what prints.
 */
export function PrintSheet({ sheet, paper, orientation, body, typeLabel, monthLabel }: Props) {
  const [w, h] = sheetSize(paper, orientation);
  const { page } = sheet;
  const b = page.body;
  const subtitle = b.kind === 'month' ? monthLabel(b.month) : '';
  return (
    <section
      className="print-sheet"
      style={{ width: `${w}mm`, height: `calc(${h}mm - 0.6mm)` }}
      data-testid="print-sheet"
      data-sheet-kind={sheet.kind === 'notes' ? 'notes' : b.kind}
    >
      <header className="psheet-header">
        <strong>{page.header.planName}</strong>
        <span>
          {page.header.quarterLabel}
          {subtitle && ` · ${subtitle}`}
        </span>
        <span>{body.t('printedAt', { date: page.header.printedAt })}</span>
      </header>
      <div className="psheet-body" style={{ height: `${body.heightMm + 4}mm` }}>
        {sheet.kind === 'notes' ? (
          <div className="pnotes-page">
            {sheet.groups.map((grp) => (
              <section key={`${grp.page.body.kind === 'month' ? grp.page.body.month : ''}-${grp.notes[0]?.n}`}>
                <h3>
                  {body.t('footnotes')} {grp.page.body.kind === 'month' ? monthLabel(grp.page.body.month) : ''}
                  {!grp.first && ` ${body.t('continued')}`}
                </h3>
                <ol>
                  {grp.notes.map((n) => (
                    <li key={n.n} value={n.n}>
                      {n.title}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        ) : b.kind === 'month' ? (
          <MonthGrid body={b} p={body} />
        ) : b.kind === 'lanes' ? (
          <Lanes body={b} p={body} notes={page.footnotes} />
        ) : (
          <OverflowList body={b} p={body} />
        )}
      </div>
      <div className="psheet-legend">
        {sheet.kind === 'layout' && b.kind !== 'overflow' && (
          <div className="plegend-row">
            <span className="plegend-title">{body.t('legend')}</span>
            {page.legend.map((type) => (
              <span key={type} className="plegend-item">
                <i style={{ background: Object.entries(TYPE_COLORS).find(([k]) => k === type)?.[1] ?? '#595959' }} />
                {typeLabel(type)}
              </span>
            ))}
            <span className="plegend-item">
              <span className="pbar-flag">⚠</span>
              {body.t('conflict')}
            </span>
            <span className="plegend-item">
              <i className="plegend-holiday" />
              {body.t('holiday')}
            </span>
            <span className="plegend-item">
              <i className="plegend-workday" />
              {body.t('workday')}
            </span>
          </div>
        )}
        {sheet.kind === 'layout' && sheet.notes.length > 0 && (
          <div className="plegend-row">
            {sheet.notes.map((n) => (
              <span key={n.n} className="pnote">
                <sup>{n.n}</sup>
                {n.title}
              </span>
            ))}
          </div>
        )}
      </div>
      <footer className="psheet-footer">
        <span>{page.header.planName}</span>
        <span data-testid="print-page-of">{body.t('pageOf', { page: sheet.number, pages: sheet.of })}</span>
      </footer>
    </section>
  );
}
