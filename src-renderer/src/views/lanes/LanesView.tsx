import { memo, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, addDays, dayNumber } from '../../../../src-shared/model';
import { shiftTiming } from '../calendar/fc-dates';
import { TYPE_COLORS } from '../calendar/to-events';
import type { DayLook } from '../calendar/day-cells';
import { laneShift } from '../calendar/drag-geometry';
import { type LaneBar, buildLanes, daySpan, quarterDays, quarterOf } from './lane-model';
import type { ActivityChange } from '../../../../src-shared/baseline';
import './lanes.css';

/**
 * Pixels per day: the whole quarter at a glance (titles cut to a character or two), or wider
 * days that scroll sideways but show the titles. The choice is remembered on this computer.
 */
export const LANE_ZOOMS = [24, 48, 96] as const;
const ZOOM_KEY = 'dangqi.lanes.dayWidth';
const BAR = 18; // px per stacked claim row

function storedZoom(): number {
  const v = Number(globalThis.localStorage?.getItem(ZOOM_KEY));
  return (LANE_ZOOMS as readonly number[]).includes(v) ? v : LANE_ZOOMS[0];
}

interface Props {
  snapshot: PlanSnapshot;
  activities: Activity[];
  anchor: string;
  onAnchor: (day: string) => void;
  t: TFunction;
  dayLook: (day: string) => DayLook;
  onMove: (a: Activity, timing: { start: string; end: string }) => Promise<boolean>;
  /** The calendar's drop preview: the lanes say which day a bar would land on. */
  preview: {
    beginLane: (id: string, x: number, y: number, cancel: () => void) => void;
    judge: (day: string, cell: HTMLElement | null) => void;
    stop: () => void;
  };
  /** Activities changed since the reference 定稿: a moved bar shows a ghost where it was promised. */
  changedById: ReadonlyMap<string, ActivityChange> | null;
}

/**
 * Resource lanes: one row per resource, the quarter's days across, every claim as a bar and
 * every over-capacity day marked. Our own component (FullCalendar's resource timeline is not
 * free); a bar drags along its row like an event on the calendar, with the same drop preview.
 */
export const LanesView = memo(function LanesView({
  snapshot,
  activities,
  anchor,
  onAnchor,
  t,
  dayLook,
  onMove,
  preview,
  changedById,
}: Props) {
  const { from, to } = quarterOf(anchor, snapshot.settings.fiscalQuarterStartMonth);
  const days = useMemo(() => quarterDays(from, to), [from, to]);
  const lanes = useMemo(() => buildLanes(snapshot, activities, from, to), [snapshot, activities, from, to]);
  const dragging = useRef<{ bar: HTMLElement; a: Activity; x: number; shift: number } | null>(null);
  const [col, setCol] = useState<number>(storedZoom);
  const zoomTo = (step: number) => {
    const i = Math.min(LANE_ZOOMS.length - 1, Math.max(0, (LANE_ZOOMS as readonly number[]).indexOf(col) + step));
    setCol(LANE_ZOOMS[i]);
    globalThis.localStorage?.setItem(ZOOM_KEY, String(LANE_ZOOMS[i]));
  };

  const onMouseDown = (e: React.MouseEvent<HTMLElement>, bar: LaneBar) => {
    if (e.button !== 0) return;
    e.preventDefault();
    const lane = e.currentTarget.parentElement;
    const a = bar.activity;
    const from = a.start.slice(0, 10);
    // One geometry (drag-geometry.ts): the bar, the verdict and the drop all move by laneShift days.
    dragging.current = { bar: e.currentTarget, a, x: e.clientX, shift: 0 };
    const show = (shift: number) => {
      const d = dragging.current;
      if (!d) return;
      d.shift = shift;
      d.bar.style.transform = `translateX(${shift * col}px)`;
      const day = addDays(from, shift);
      preview.judge(day, lane?.querySelector<HTMLElement>(`[data-lane-day="${day}"]`) ?? null);
    };
    const end = () => {
      document.removeEventListener('mousemove', move);
      document.removeEventListener('mouseup', up);
      const d = dragging.current;
      dragging.current = null;
      preview.stop();
      return d;
    };
    const move = (ev: MouseEvent) => {
      const d = dragging.current;
      if (d) show(laneShift(d.x, ev.clientX, col));
    };
    const up = () => {
      const d = end();
      if (!d) return;
      if (d.shift === 0) {
        d.bar.style.transform = '';
        return;
      }
      void onMove(d.a, shiftTiming(d.a, d.shift)).then(() => (d.bar.style.transform = ''));
    };
    // Esc: the bar goes back where it was and nothing is moved.
    const cancel = () => {
      const d = end();
      if (d) d.bar.style.transform = '';
    };
    preview.beginLane(a.id, e.clientX, e.clientY, cancel);
    show(0);
    document.addEventListener('mousemove', move);
    document.addEventListener('mouseup', up);
  };

  const shiftQuarter = (months: number) => {
    const y = Number(from.slice(0, 4));
    const m = Number(from.slice(5, 7)) - 1 + months;
    const yy = y + Math.floor(m / 12);
    onAnchor(`${yy}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}-01`);
  };

  return (
    <div className="lanes" data-testid="resource-lanes" data-from={from} data-to={to}>
      <div className="lanes-nav">
        <button type="button" onClick={() => shiftQuarter(-3)} aria-label={t('lanes.prev')} data-testid="lanes-prev">
          ‹
        </button>
        <strong>{t('lanes.range', { from, to })}</strong>
        <button type="button" onClick={() => shiftQuarter(3)} aria-label={t('lanes.next')} data-testid="lanes-next">
          ›
        </button>
        <span className="lanes-zoom" role="group" aria-label={t('lanes.zoom')}>
          <span className="muted">{t('lanes.zoom')}</span>
          <button
            type="button"
            onClick={() => zoomTo(-1)}
            disabled={col === LANE_ZOOMS[0]}
            aria-label={t('lanes.zoomOut')}
            title={t('lanes.zoomOut')}
            data-testid="lanes-zoom-out"
          >
            −
          </button>
          <button
            type="button"
            onClick={() => zoomTo(1)}
            disabled={col === LANE_ZOOMS[LANE_ZOOMS.length - 1]}
            aria-label={t('lanes.zoomIn')}
            title={t('lanes.zoomIn')}
            data-testid="lanes-zoom-in"
          >
            +
          </button>
        </span>
      </div>
      {lanes.length === 0 && <p className="muted">{t('lanes.empty')}</p>}
      <div className="lanes-scroll">
        <div
          className="lanes-grid"
          data-day-width={col}
          style={{ width: 180 + days.length * col, ['--lane-col' as string]: `${col}px` }}
        >
          <div className="lane-head">
            <div className="lane-name">{t('lanes.resource')}</div>
            {days.map((d) => (
              <div key={d} className={`lane-day-head ${dayLook(d).classNames.join(' ')}`} title={dayLook(d).label ?? d}>
                {d.endsWith('-01') ? d.slice(5, 7) + '/' : ''}
                {Number(d.slice(8))}
              </div>
            ))}
          </div>
          {lanes.map((lane) => (
            <div
              key={lane.resource.id}
              className="lane"
              data-testid="lane"
              data-resource-id={lane.resource.id}
              data-resource-name={lane.resource.name}
              style={{ height: lane.rows * BAR + 8 }}
            >
              <div className="lane-name" title={lane.resource.name}>
                {lane.resource.name}
                <span className="muted">
                  {' '}
                  {lane.resource.kind === 'channel'
                    ? t('lanes.daily', { qty: lane.limit })
                    : t('lanes.capacity', { qty: lane.limit })}
                </span>
              </div>
              {days.map((d, c) => {
                const over = lane.used[c] > lane.limit;
                return (
                  <div
                    key={d}
                    className={`lane-cell ${dayLook(d).classNames.join(' ')}${over ? ' over' : ''}`}
                    data-lane-day={d}
                    data-testid={over ? 'lane-over' : undefined}
                    title={over ? t('lanes.over', { day: d, used: lane.used[c], qty: lane.limit }) : undefined}
                  />
                );
              })}
              {lane.bars.map((bar) => {
                const ghost = ghostSpan(changedById?.get(bar.activity.id), from, days.length);
                return (
                  ghost && (
                    <div
                      key={`ghost-${bar.activity.id}`}
                      className="lane-ghost"
                      data-testid="lane-ghost"
                      data-activity-id={bar.activity.id}
                      style={{ left: 180 + ghost[0] * col + 1, width: ghost[1] * col - 2, top: 4 + bar.row * BAR }}
                    />
                  )
                );
              })}
              {lane.bars.map((bar) => (
                <div
                  key={`${bar.activity.id}`}
                  className="lane-bar"
                  data-testid="lane-bar"
                  data-activity-id={bar.activity.id}
                  title={`${bar.activity.title} ${bar.activity.start} – ${bar.activity.end} ×${bar.quantity}`}
                  style={{
                    left: 180 + bar.col * col + 1,
                    width: bar.span * col - 2,
                    top: 4 + bar.row * BAR,
                    background: TYPE_COLORS[bar.activity.type],
                  }}
                  onMouseDown={(e) => onMouseDown(e, bar)}
                >
                  {bar.activity.title}
                </div>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});

/** The ghost's first column and width in the quarter, for a moved or resized activity; null when none shows. */
function ghostSpan(c: ActivityChange | undefined, from: string, columns: number): [number, number] | null {
  if (!c || !(c.kinds.includes('moved') || c.kinds.includes('resized'))) return null;
  const [lo, hi] = daySpan(c.before);
  const first = Math.max(0, lo - dayNumber(from));
  const last = Math.min(columns - 1, hi - dayNumber(from));
  return last < first ? null : [first, last - first + 1];
}
