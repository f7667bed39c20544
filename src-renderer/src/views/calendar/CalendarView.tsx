import type { DateSpanApi, DatesSetArg, EventApi, EventClickArg, EventDropArg } from '@fullcalendar/core';
import type {
  DateClickArg,
  DropArg,
  EventDragStartArg,
  EventResizeDoneArg,
  EventResizeStartArg,
} from '@fullcalendar/interaction';
import type FullCalendar from '@fullcalendar/react';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Activity, ACTIVITY_TYPES, type ActivityType, addDays } from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ViewLoading, lazyView } from '../../components/LazyView';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { usePlanCalendar } from '../../state/usePlanCalendar';
import { todayIso } from '../../util/dates';
import { ActivityForm } from '../activity/ActivityForm';
import { useBundle } from '../budget/use-bundle';
import { ConflictsPanel } from '../conflicts/ConflictsPanel';
import { useConflicts } from '../conflicts/useConflicts';
import { quarterOf } from '../lanes/lane-model';
import { LanesView } from '../lanes/LanesView';
import { SolverDialog } from '../solver/SolverDialog';
import { pick } from '../shared/options';
import { calendarStrings } from './calendar-i18n';
import { NO_FILTERS, matches } from './calendar-filters';
import { CalendarToolbar, type ScheduleMode } from './CalendarToolbar';
import { createDayLooks } from './day-cells';
import { isoDay, refusedDrop, shiftTiming, timingFromCalendar, timingOnDay } from './fc-dates';
import { FC_VIEWS, ScheduleCalendar } from './ScheduleCalendar';
import { TASK_PREFIX, taskEvents } from './task-events';
import { MORE_PREFIX, cappedEvents } from './to-events';
import { newActivityVerdict } from './tray-verdict';
import { type TrayGrab, UnscheduledTray } from './UnscheduledTray';
import { useCalendarKeys } from './useCalendarKeys';
import { useDragPreview } from './useDragPreview';
import { useOtherPlans } from './useOtherPlans';
import { useScheduleEdits } from './useScheduleEdits';
import { useShowTasks } from './useShowTasks';
import { baselineStrings } from '../baselines/baselines-i18n';
import { GHOST_PREFIX, ghostEvents } from '../baselines/ghost-events';
import { useReferenceDiff } from '../baselines/useBaselines';
import { anchorAfterShow, loadAnchor, openingDay, saveAnchor } from './view-anchor';
import './calendar.css';

// The activity table brings AG Grid: a chunk of its own, fetched when the table is first shown.
const TableView = lazyView(() => import('../table/TableView').then((m) => m.TableView));

type Editing = {
  activity?: Activity;
  day: string;
  prefill?: { type: ActivityType; title: string; status: 'draft' };
} | null;
const MODE_KEY = 'dangqi.calendarMode';
const MODES: ScheduleMode[] = ['month', 'week', 'quarter', 'list', 'lanes', 'table'];
/**
 * Events per start day each view draws before the "+N more" chip (a month cell fits about four).
 * The quarter's cells are sized by the window, so FullCalendar's own "+N" link hides what does not
 * fit and lists the whole day in its popover; this cap only bounds what it renders on a crowded day.
 */
const PER_DAY: Record<ScheduleMode, number> = { month: 4, week: 8, quarter: 8, list: 10_000, lanes: 0, table: 0 };

/** The schedule: calendar views, resource lanes, the unscheduled tray and the conflicts panel. */
export function CalendarView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t, i18n } = useBundle('schedule', calendarStrings);
  const lang = currentLang(i18n.language);
  const [mode, setMode] = useState<ScheduleMode>(() => pick(MODES, sessionStorage.getItem(MODE_KEY) ?? '', 'month'));
  const [filters, setFilters] = useState(NO_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  const [asking, setAsking] = useState<Activity | null>(null);
  const [solving, setSolving] = useState<string[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const planId = snapshot.plan.id;
  const notices = useNotices();
  // The day every view looks at, kept per plan for the session: switching views or tabs comes
  // back to it, and it stays inside the plan (see view-anchor.ts).
  const [anchor, setAnchorState] = useState(() => openingDay(loadAnchor(planId), todayIso(), snapshot.plan));
  const setAnchor = useCallback(
    (day: string) => {
      saveAnchor(planId, day);
      setAnchorState(day);
    },
    [planId],
  );
  const calendarRef = useRef<FullCalendar | null>(null);
  const selectedRef = useRef(new Set<string>());
  const [recap, setRecap] = useState(0);
  // Shipped and imported holiday years: shades the days and feeds the drag preview's rules.
  const planCalendar = usePlanCalendar(snapshot);
  const conflicts = useConflicts(snapshot.plan.id);
  const [showTasks, setShowTasks] = useShowTasks(snapshot.plan.id);
  const edits = useScheduleEdits(t);
  const newVerdict = useMemo(() => newActivityVerdict(snapshot), [snapshot]);
  const preview = useDragPreview(conflicts.model, t, lang, newVerdict);

  const byId = useMemo(() => new Map(snapshot.activities.map((a) => [a.id, a])), [snapshot.activities]);
  // The table fetches other plans itself, with their budgets and tasks (useActivityTable).
  const others = useOtherPlans(mode === 'table' ? '' : filters.plan, snapshot.plan.id);
  const reference = useReferenceDiff(snapshot);
  const [changedOnly, setChangedOnly] = useState(false);
  const changedIds = changedOnly ? (reference?.changedIds ?? null) : null;
  const visible = useMemo(
    () =>
      [...snapshot.activities, ...others].filter(
        (a) => matches(a, filters) && (changedIds === null || changedIds.has(a.id)),
      ),
    [snapshot.activities, others, filters, changedIds],
  );
  const { t: bt } = useBundle('baselines', baselineStrings);
  const ghosts = useMemo(
    () => (reference ? ghostEvents(visible, reference.changedById, (title) => bt('ghost', { title })) : []),
    [reference, visible, bt],
  );
  const tasks = useMemo(
    () =>
      showTasks ? taskEvents(snapshot.activities, new Set(visible.map((a) => a.id)), snapshot.tasks, todayIso()) : [],
    [showTasks, snapshot.activities, snapshot.tasks, visible],
  );
  const events = useMemo(
    // The selection as of the last snapshot: re-capping on every click would redraw every event.
    () =>
      cappedEvents(
        visible,
        PER_DAY[mode],
        selectedRef.current,
        (count) => t('more', { count }),
        snapshot.plan.id,
        tasks,
      ).concat(ghosts),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recap bumps when a finding must show its activities
    [visible, mode, t, recap, snapshot.plan.id, tasks, ghosts],
  );
  const dayLook = useMemo(() => createDayLooks(planCalendar, lang), [planCalendar, lang]);

  // Selection lives in the DOM as a class, so selecting never re-renders thousands of events.
  useEffect(() => {
    selectedRef.current = new Set(selected);
    document.querySelectorAll<HTMLElement>('[data-testid="calendar-event"]').forEach((el) => {
      el.classList.toggle('is-selected', selectedRef.current.has(el.dataset.activityId ?? ''));
    });
  }, [selected, events]);

  const changeMode = (next: ScheduleMode) => {
    sessionStorage.setItem(MODE_KEY, next);
    setMode(next);
    // A quarter starts on the plan's fiscal quarter, not wherever the month view happened to be.
    const at = next === 'quarter' ? quarterOf(anchor, snapshot.settings.fiscalQuarterStartMonth).from : anchor;
    if (next !== 'lanes' && next !== 'table') calendarRef.current?.getApi().changeView(FC_VIEWS[next], at);
  };
  const moveTo = useCallback((a: Activity, timing: { start: string; end: string }) => edits.move(a, timing), [edits]);
  const isSelected = useCallback((id: string) => selectedRef.current.has(id), []);
  const onEventClick = useCallback(
    (arg: EventClickArg) => {
      arg.jsEvent.preventDefault();
      // A task is a reminder here; it is edited in the Tasks tab, so a click selects nothing; a
      // 定稿 ghost only shows where the activity was promised.
      if (arg.event.id.startsWith(TASK_PREFIX) || arg.event.id.startsWith(GHOST_PREFIX)) return;
      if (arg.event.id.startsWith(MORE_PREFIX)) {
        // The day's full list is one click away, in the agenda view.
        const day = arg.event.id.slice(MORE_PREFIX.length);
        sessionStorage.setItem(MODE_KEY, 'list');
        setMode('list');
        calendarRef.current?.getApi().changeView(FC_VIEWS.list, day);
        return;
      }
      // One click selects (for the arrow keys and Delete); the second click of a double click,
      // or Enter, opens the editor. FullCalendar has no double-click hook: the click's count says it.
      const activity = byId.get(arg.event.id);
      setSelected([arg.event.id]);
      if (activity && arg.jsEvent.detail >= 2) setEditing({ activity, day: activity.start.slice(0, 10) });
    },
    [byId],
  );
  const onDateClick = useCallback((arg: DateClickArg) => setEditing({ day: arg.dateStr.slice(0, 10) }), []);
  const onDragStart = useCallback(
    (arg: EventDragStartArg) => {
      const a = byId.get(arg.event.id);
      if (a) preview.begin(a.id, !a.allDay, arg.jsEvent.clientX, arg.jsEvent.clientY);
    },
    [byId, preview],
  );
  // FullCalendar's exact target while dragging or resizing: the week view's time grid is judged on
  // it. A target of the other kind (an all-day activity into the time grid, a timed one onto the
  // all-day row) is refused, so FullCalendar shows the drop as not allowed and never drops it;
  // the preview says why. (`event` is the activity as it was before the drag.)
  const onTarget = useCallback(
    (span: DateSpanApi, event: EventApi | null) => {
      if (!event) return true;
      preview.at(event.id, span);
      return refusedDrop(byId.get(event.id)?.allDay ?? event.allDay, span.allDay) === null;
    },
    [byId, preview],
  );
  const onDrop = useCallback(
    (arg: EventDropArg) => {
      preview.stop();
      const a = byId.get(arg.event.id);
      if (!a || !arg.event.start || arg.event.allDay !== a.allDay) return arg.revert();
      const timing = timingFromCalendar(a.allDay, arg.event.start, arg.event.end);
      if (arg.jsEvent.altKey) {
        arg.revert();
        void edits.duplicate(a, timing);
      } else {
        setSelected([a.id]);
        void moveTo(a, timing).then((ok) => ok || arg.revert());
      }
    },
    [byId, edits, moveTo, preview],
  );
  const onResizeStart = useCallback(
    (arg: EventResizeStartArg) => {
      const a = byId.get(arg.event.id);
      if (a) preview.beginResize(a.id, !a.allDay, arg.jsEvent.clientX, arg.jsEvent.clientY);
    },
    [byId, preview],
  );
  const onResize = useCallback(
    (arg: EventResizeDoneArg) => {
      preview.stop(); // put the previewed length back: the edit's outcome brings the new one
      const a = byId.get(arg.event.id);
      if (!a || !arg.event.start) return arg.revert();
      const timing = timingFromCalendar(a.allDay, arg.event.start, arg.event.end);
      void edits.move(a, timing, 'end').then((ok) => ok || arg.revert());
    },
    [byId, edits, preview],
  );
  const onExternalDrop = useCallback(
    (arg: DropArg) => {
      preview.stop(); // before the move, whose outcome then brings the new findings
      const day = arg.dateStr.slice(0, 10);
      const { activityId, type, title } = arg.draggedEl.dataset;
      const a = activityId ? byId.get(activityId) : undefined;
      if (a) void moveTo(a, timingOnDay(a, day));
      // A new activity of a type: its form opens on the day, prefilled; nothing is written until saved.
      else if (type)
        setEditing({
          day,
          prefill: { type: pick(ACTIVITY_TYPES, type, 'other'), title: title ?? type, status: 'draft' },
        });
    },
    [byId, moveTo, preview],
  );
  const onTrayGrab = useCallback(
    (grab: TrayGrab) => {
      preview.beginTray(grab.fcId, grab.activity?.id ?? null, grab.title, grab.x, grab.y);
      document.addEventListener('mouseup', preview.stop, { once: true });
    },
    [preview],
  );
  const planSpan = snapshot.plan;
  const onDatesSet = useCallback(
    (arg: DatesSetArg) => {
      const from = isoDay(arg.view.currentStart);
      const to = addDays(isoDay(arg.view.currentEnd), -1);
      setAnchorState((prev) => {
        const next = anchorAfterShow(prev, from, to, planSpan);
        saveAnchor(planId, next);
        return next;
      });
    },
    [planId, planSpan],
  );
  // "今天" goes to today only when the plan covers it; otherwise it says where the plan is.
  const onToday = useCallback(() => {
    const today = todayIso();
    if (today >= planSpan.startDate && today <= planSpan.endDate) {
      setAnchor(today);
      calendarRef.current?.getApi().gotoDate(today);
    } else {
      notices.info(t('todayElsewhere', { today, from: planSpan.startDate, to: planSpan.endDate }));
    }
  }, [planSpan, setAnchor, notices, t]);
  const onShow = useCallback(
    (f: Finding) => {
      selectedRef.current = new Set(f.activityIds);
      setRecap((n) => n + 1);
      setSelected(f.activityIds);
      setSelectedKey(f.key);
      if (f.span) {
        setAnchor(f.span.start);
        calendarRef.current?.getApi().gotoDate(f.span.start);
      }
    },
    [setAnchor],
  );

  const current = selected.length === 1 ? byId.get(selected[0]) : undefined;
  useCalendarKeys(!editing && !asking && !solving, {
    move: (days) => current && void moveTo(current, shiftTiming(current, days)),
    open: () => current && setEditing({ activity: current, day: current.start.slice(0, 10) }),
    remove: () => current && setAsking(current),
  });

  return (
    <div className="calendar-view schedule" data-testid="calendar-view" data-mode={mode}>
      <CalendarToolbar
        snapshot={snapshot}
        t={t}
        mode={mode}
        onMode={changeMode}
        filters={filters}
        onFilters={setFilters}
        shown={visible.length}
        total={snapshot.activities.length + others.length}
        onAdd={() => setEditing({ day: anchor })}
        showTasks={showTasks}
        onShowTasks={setShowTasks}
      />
      {reference && (
        <label className="changed-only" data-testid="filter-changed">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />{' '}
          {bt('filterChanged')} ({reference.changedIds.size})
        </label>
      )}
      <div className="schedule-body">
        {mode !== 'lanes' && mode !== 'table' && <UnscheduledTray snapshot={snapshot} t={t} onGrab={onTrayGrab} />}
        <div className="calendar-host" data-testid="calendar-host">
          {mode === 'table' ? (
            <Suspense fallback={<ViewLoading />}>
              <TableView
                snapshot={snapshot}
                filters={filters}
                reference={reference}
                changedIds={changedIds}
                conflicts={conflicts}
                onOpen={(activity) => setEditing({ activity, day: activity.start.slice(0, 10) })}
              />
            </Suspense>
          ) : mode === 'lanes' ? (
            <LanesView
              snapshot={snapshot}
              activities={visible}
              anchor={anchor}
              onAnchor={setAnchor}
              t={t}
              dayLook={dayLook}
              onMove={moveTo}
              preview={preview}
              changedById={reference?.changedById ?? null}
            />
          ) : (
            <ScheduleCalendar
              calendarRef={calendarRef}
              mode={mode}
              initialDate={anchor}
              lang={lang}
              events={events}
              dayLook={dayLook}
              isSelected={isSelected}
              t={t}
              onEventClick={onEventClick}
              onDateClick={onDateClick}
              onDragStart={onDragStart}
              onDragStop={preview.stop}
              onDrop={onDrop}
              onResizeStart={onResizeStart}
              onResizeStop={preview.stop}
              onResize={onResize}
              onTarget={onTarget}
              onExternalDrop={onExternalDrop}
              onDatesSet={onDatesSet}
              onToday={onToday}
            />
          )}
        </div>
        <ConflictsPanel
          snapshot={snapshot}
          conflicts={conflicts}
          selectedKey={selectedKey}
          onShow={onShow}
          onSolve={setSolving}
        />
      </div>
      <p className="muted keyboard-hint">{t('keyboardHint')}</p>
      {editing && (
        <ActivityForm
          snapshot={snapshot}
          activity={editing.activity}
          day={editing.day}
          prefill={editing.prefill}
          onClose={() => setEditing(null)}
        />
      )}
      {asking && (
        <ConfirmDialog
          title={asking.title}
          message={t('deleteAsk', { title: asking.title })}
          confirmLabel={t('translation:common.delete')}
          onConfirm={async () => {
            await edits.remove(asking);
            setSelected([]);
          }}
          onClose={() => setAsking(null)}
        />
      )}
      {solving && <SolverDialog snapshot={snapshot} activityIds={solving} onClose={() => setSolving(null)} />}
    </div>
  );
}
