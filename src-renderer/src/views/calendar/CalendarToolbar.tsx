import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../../../src-shared/model';
import { usePlans } from '../../state/usePlans';
import { pick } from '../shared/options';
import { type CalendarFilters, NO_FILTERS, isFiltered } from './calendar-filters';
import type { CalendarMode } from './ScheduleCalendar';
import { TYPE_COLORS } from './to-events';

export type ScheduleMode = CalendarMode | 'lanes' | 'table';
const MODES: ScheduleMode[] = ['month', 'week', 'quarter', 'list', 'lanes', 'table'];

interface Props {
  snapshot: PlanSnapshot;
  t: TFunction;
  mode: ScheduleMode;
  onMode: (mode: ScheduleMode) => void;
  filters: CalendarFilters;
  onFilters: (f: CalendarFilters) => void;
  shown: number;
  total: number;
  onAdd: () => void;
  /** Whether the plan's tasks show as small events on their due days. */
  showTasks: boolean;
  onShowTasks: (show: boolean) => void;
}

/** View switch, search and filters, and the colour legend of activity types. */
export function CalendarToolbar(props: Props) {
  const { snapshot, t, mode, onMode, filters, onFilters, shown, total, onAdd, showTasks, onShowTasks } = props;
  const plans = usePlans();
  const set = (patch: Partial<CalendarFilters>) => onFilters({ ...filters, ...patch });
  return (
    <div className="schedule-toolbar">
      <div className="toolbar">
        <div className="segmented" role="group" aria-label={t('view.month')}>
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              className={m === mode ? 'active' : ''}
              aria-pressed={m === mode}
              onClick={() => onMode(m)}
              data-testid={`view-${m}`}
            >
              {t(`view.${m}`)}
            </button>
          ))}
        </div>
        <select
          aria-label={t('filter.plan')}
          value={filters.plan}
          onChange={(e) => set({ plan: e.target.value })}
          data-testid="filter-plan"
        >
          <option value="">{`${t('filter.plan')}: ${t('filter.thisPlan')}`}</option>
          <option value="all">{`${t('filter.plan')}: ${t('filter.allPlans')}`}</option>
          {(plans.data ?? [])
            .filter((p) => p.id !== snapshot.plan.id)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {`+ ${p.name}`}
              </option>
            ))}
        </select>
        <input
          type="search"
          placeholder={t('search')}
          aria-label={t('search')}
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
          data-testid="calendar-search"
        />
        <select
          aria-label={t('filter.type')}
          value={filters.type}
          onChange={(e) => set({ type: e.target.value === '' ? '' : pick(ACTIVITY_TYPES, e.target.value, 'other') })}
          data-testid="filter-type"
        >
          <option value="">{`${t('filter.type')}: ${t('filter.all')}`}</option>
          {ACTIVITY_TYPES.map((v) => (
            <option key={v} value={v}>
              {t(`translation:enum.activityType.${v}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filter.status')}
          value={filters.status}
          onChange={(e) =>
            set({ status: e.target.value === '' ? '' : pick(ACTIVITY_STATUSES, e.target.value, 'planned') })
          }
          data-testid="filter-status"
        >
          <option value="">{`${t('filter.status')}: ${t('filter.all')}`}</option>
          {ACTIVITY_STATUSES.map((v) => (
            <option key={v} value={v}>
              {t(`translation:enum.activityStatus.${v}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filter.segment')}
          value={filters.segmentId}
          onChange={(e) => set({ segmentId: e.target.value })}
          data-testid="filter-segment"
        >
          <option value="">{`${t('filter.segment')}: ${t('filter.all')}`}</option>
          {snapshot.segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <select
          aria-label={t('filter.resource')}
          value={filters.resourceId}
          onChange={(e) => set({ resourceId: e.target.value })}
          data-testid="filter-resource"
        >
          <option value="">{`${t('filter.resource')}: ${t('filter.all')}`}</option>
          {snapshot.resources.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
        {isFiltered(filters) && (
          <button type="button" className="link-button" onClick={() => onFilters(NO_FILTERS)}>
            {t('filter.clear')}
          </button>
        )}
        <span className="muted" data-testid="activity-count">
          {t('shown', { shown, total })}
        </span>
        <div className="toolbar-spacer" />
        {mode !== 'lanes' && mode !== 'table' && (
          <label className="show-tasks" title={t('tasks.hint')}>
            <input
              type="checkbox"
              checked={showTasks}
              onChange={(e) => onShowTasks(e.target.checked)}
              data-testid="calendar-show-tasks"
            />
            {t('tasks.show')}
          </label>
        )}
        <button type="button" className="primary" onClick={onAdd} data-testid="activity-add">
          + {t('translation:calendar.addActivity')}
        </button>
      </div>
      <ul className="legend" aria-label={t('legend')} data-testid="legend">
        {ACTIVITY_TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              className={filters.type === type ? 'active' : ''}
              onClick={() => set({ type: filters.type === type ? '' : type })}
            >
              <span className="swatch" style={{ background: TYPE_COLORS[type] }} />
              {t(`translation:enum.activityType.${type}`)}
            </button>
          </li>
        ))}
        <li className="legend-note" data-testid="legend-pinned">
          {t('pinnedNote')}
        </li>
        {mode === 'quarter' && (
          <li className="legend-note" data-testid="legend-more">
            {t('moreNote')}
          </li>
        )}
      </ul>
    </div>
  );
}
