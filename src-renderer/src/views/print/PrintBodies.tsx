import type { CSSProperties } from 'react';
import {
  type Bar,
  type LanesBody,
  type LanesMeasure,
  type MonthBody,
  type OverflowBody,
  type PrintPage,
  textEm,
} from '../../../../src-shared/print';
import { TYPE_COLORS } from '../calendar/to-events';

/** What a body needs besides its layout: words, the day's look and the page's measures in mm. */
export interface BodyProps {
  t: (key: string, vars?: Record<string, unknown>) => string;
  weekdays: string[];
  dayClass: (date: string) => string;
  /** Holiday and festival names of a day (the lanes' axis prints them; month cells carry their own). */
  markOf: (date: string) => string;
  lineMm: number;
  heightMm: number;
  widthMm: number;
}

const colorOf = (type: string): string => Object.entries(TYPE_COLORS).find(([k]) => k === type)?.[1] ?? '#595959';

/** A bar as drawn: a tinted box with the type's colour on its edge, arrows where it continues, a footnote number. */
function BarBox({ bar, style, lanes }: { bar: Bar; style: CSSProperties; lanes?: LanesMeasure }) {
  const color = colorOf(bar.type);
  // In lanes the title is set in its own box of the measured width and lines (hidden overflow,
  // so a wrong estimate shows as a cut, which the e2e test looks for, not as text over a neighbour).
  const textStyle: CSSProperties | undefined = lanes && {
    position: 'relative',
    left: `${bar.labelFromMm ?? 0}mm`,
    width: `${(bar.labelMm ?? 0) - 1.4}mm`,
    height: `${lanes.lines * lanes.barLineMm}mm`,
    fontSize: `${lanes.barPt}pt`,
    lineHeight: `${lanes.barLineMm}mm`,
  };
  return (
    <div
      className={`pbar${bar.conflict ? ' pbar-conflict' : ''}${lanes ? ' pbar-lane' : ''}`}
      style={{ ...style, borderLeftColor: color, background: `${color}22` }}
      data-activity-id={bar.activityId}
    >
      <span className="pbar-text" style={textStyle}>
        {bar.continuesBefore && '◂ '}
        {bar.conflict && <span className="pbar-flag">⚠</span>}
        {bar.text}
        {bar.footnote !== null && <sup>{bar.footnote}</sup>}
        {bar.continuesAfter && ' ▸'}
      </span>
    </div>
  );
}

export function MonthGrid({ body, p }: { body: MonthBody; p: BodyProps }) {
  const rowMm = p.heightMm / body.weeks.length;
  return (
    <div className="pmonth">
      <div className="pweekdays">
        {p.weekdays.map((d) => (
          <div key={d}>{d}</div>
        ))}
      </div>
      {body.weeks.map((w) => (
        <div className="pweek" key={w.days[0].date} style={{ height: `${rowMm}mm` }}>
          {w.days.map((d, i) => (
            <div
              key={d.date}
              className={`pday ${d.inMonth ? p.dayClass(d.date) : 'pday-out'}`}
              style={{ left: `${(i * 100) / 7}%` }}
            >
              <span className="pday-num">{Number(d.date.slice(8))}</span>
              {d.inMonth && d.marks.length > 0 && <span className="pday-mark">{d.marks.join(' · ')}</span>}
              {d.inMonth && d.more > 0 && (
                <span className="pday-more" data-testid="print-more">
                  +{d.more}
                </span>
              )}
            </div>
          ))}
          {w.bars.map((b) => (
            <BarBox
              key={`${b.activityId}-${b.col}`}
              bar={b}
              style={{
                left: `calc(${(b.col * 100) / 7}% + 0.4mm)`,
                width: `calc(${(b.span * 100) / 7}% - 0.8mm)`,
                top: `${p.lineMm * 1.2 + b.slot * p.lineMm}mm`,
                height: `${p.lineMm - 0.3}mm`,
              }}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

const MARK_EM_MM = 6.5 * 0.3528;

/**
 * Holiday and festival names along the lanes' axis, once per run of days; a name that would
 * run into the previous one moves down a line (two lines), else it is left to the day stripes.
 */
function axisMarks(days: string[], p: BodyProps, lanesMm: number): { i: number; label: string; line: number }[] {
  const colMm = lanesMm / days.length;
  const ends = [-Infinity, -Infinity];
  const out: { i: number; label: string; line: number }[] = [];
  days.forEach((d, i) => {
    const label = p.markOf(d);
    if (!label || (i > 0 && p.markOf(days[i - 1]) === label)) return;
    const at = i * colMm;
    const line = ends.findIndex((e) => e <= at);
    if (line < 0) return;
    ends[line] = at + textEm(label) * MARK_EM_MM + 1;
    out.push({ i, label, line });
  });
  return out;
}

/**
 * Lanes as the layout measured them: the lane titles, the day columns, and the footnotes of the
 * page in a column on the right. A bar is its days' width; its title box (`labelMm`) may run on
 * to the right into room the layout kept free, and holds `lines` lines.
 */
export function Lanes({ body, p, notes }: { body: LanesBody; p: BodyProps; notes: PrintPage['footnotes'] }) {
  const m = body.measure;
  const n = body.days.length;
  const lanesMm = p.widthMm - m.labelMm - m.notesMm;
  const col = (i: number) => `${m.labelMm + (lanesMm * i) / n}mm`;
  return (
    <div className="planes-page">
      <div className="planes" style={{ width: `${m.labelMm + lanesMm}mm` }}>
        {/* Weekends and holidays as stripes the full height of the lanes, behind the bars. */}
        {body.days.map((d, i) =>
          p.dayClass(d) ? (
            <span
              key={`h${d}`}
              className={`planes-day ${p.dayClass(d)}`}
              style={{ left: col(i), width: `${lanesMm / n}mm` }}
            />
          ) : null,
        )}
        <div className="planes-axis" style={{ height: `${m.axisMm}mm` }}>
          {axisMarks(body.days, p, lanesMm).map(({ i, label, line }) => (
            <span key={`m${i}`} className="planes-mark" style={{ left: col(i), top: `${line * 3}mm` }}>
              {label}
            </span>
          ))}
          {body.days.map((d, i) =>
            d.endsWith('-01') || d.slice(8) === '15' || i === 0 ? (
              <span key={d} className="planes-tick" style={{ left: col(i) }}>
                {d.slice(5)}
              </span>
            ) : null,
          )}
        </div>
        {body.lanes.map((lane, li) => (
          <div className="plane" key={`${lane.key}-${li}`}>
            <div
              className="plane-label"
              style={{ width: `${m.labelMm - 1}mm`, maxHeight: `${lane.rows.length * m.rowMm}mm` }}
            >
              {lane.label}
              {lane.continued && ` ${p.t('continued')}`}
            </div>
            {lane.rows.map((row, ri) => (
              <div className="plane-row" key={ri} style={{ height: `${m.rowMm}mm` }}>
                {row.map((b) => (
                  <BarBox
                    key={b.activityId}
                    bar={b}
                    lanes={m}
                    style={{
                      left: col(b.col),
                      width: `${(lanesMm * b.span) / n - 0.2}mm`,
                      top: 0,
                      height: `${m.lines * m.barLineMm + 0.4}mm`,
                    }}
                  />
                ))}
              </div>
            ))}
          </div>
        ))}
      </div>
      {m.notesMm > 0 && (
        <ol
          className="planes-notes"
          data-testid="print-lane-notes"
          style={{ width: `${m.notesMm - 2}mm`, fontSize: `${m.notePt}pt`, lineHeight: `${m.noteLineMm}mm` }}
        >
          {notes.map((x) => (
            <li key={x.n} value={x.n}>
              {x.title}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function OverflowList({ body, p }: { body: OverflowBody; p: BodyProps }) {
  return (
    <div className="poverflow">
      <h3>{p.t('overflowTitle')}</h3>
      <table>
        <tbody>
          {body.entries.map((e) => (
            <tr key={e.activityId} className={e.conflict ? 'pbar-conflict-row' : ''}>
              <td className="mono">{e.start.replace('T', ' ')}</td>
              <td className="mono">{e.end.replace('T', ' ')}</td>
              <td>
                {e.conflict && <span className="pbar-flag">⚠</span>}
                {e.title}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
