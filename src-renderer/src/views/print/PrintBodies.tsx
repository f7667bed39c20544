import type { CSSProperties } from 'react';
import { type Bar, type LanesBody, type MonthBody, type OverflowBody, textEm } from '../../../../src-shared/print';
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
function BarBox({ bar, style }: { bar: Bar; style: CSSProperties }) {
  const color = colorOf(bar.type);
  return (
    <div
      className={`pbar${bar.conflict ? ' pbar-conflict' : ''}`}
      style={{ ...style, borderLeftColor: color, background: `${color}22` }}
      data-activity-id={bar.activityId}
    >
      {bar.continuesBefore && '◂ '}
      {bar.conflict && <span className="pbar-flag">⚠</span>}
      {bar.text}
      {bar.footnote !== null && <sup>{bar.footnote}</sup>}
      {bar.continuesAfter && ' ▸'}
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

const LABEL_MM = 30;
const MARK_EM_MM = 6.5 * 0.3528;

/**
 * Holiday and festival names along the lanes' axis, once per run of days; a name that would
 * run into the previous one moves down a line (two lines), else it is left to the day stripes.
 */
function axisMarks(days: string[], p: BodyProps): { i: number; label: string; line: number }[] {
  const colMm = (p.widthMm - LABEL_MM) / days.length;
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

export function Lanes({ body, p }: { body: LanesBody; p: BodyProps }) {
  const n = body.days.length;
  const col = (i: number) => `calc(${LABEL_MM}mm + (100% - ${LABEL_MM}mm) * ${i / n})`;
  return (
    <div className="planes">
      {/* Weekends and holidays as stripes the full height of the lanes, behind the bars. */}
      {body.days.map((d, i) =>
        p.dayClass(d) ? (
          <span
            key={`h${d}`}
            className={`planes-day ${p.dayClass(d)}`}
            style={{ left: col(i), width: `calc((100% - ${LABEL_MM}mm) / ${n})` }}
          />
        ) : null,
      )}
      <div className="planes-axis" style={{ height: '10mm' }}>
        {axisMarks(body.days, p).map(({ i, label, line }) => (
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
          {lane.rows.map((row, ri) => (
            <div className="plane-row" key={ri} style={{ height: `${p.lineMm}mm` }}>
              {ri === 0 && (
                <div className="plane-label" style={{ width: `${LABEL_MM}mm` }}>
                  {lane.label}
                  {lane.continued && ` ${p.t('continued')}`}
                </div>
              )}
              {row.map((b) => (
                <BarBox
                  key={b.activityId}
                  bar={b}
                  style={{
                    left: col(b.col),
                    width: `calc((100% - ${LABEL_MM}mm) * ${b.span / n} - 0.3mm)`,
                    top: 0,
                    height: `${p.lineMm - 0.3}mm`,
                  }}
                />
              ))}
            </div>
          ))}
        </div>
      ))}
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
