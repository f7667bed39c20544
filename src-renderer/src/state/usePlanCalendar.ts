import { useMemo } from 'react';
import { type PlanCalendar, createPlanCalendar } from '../../../src-shared/calendar';
import type { PlanSnapshot } from '../../../src-shared/contract';
import { type HolidayYearInfo, importedYearsOf } from '../../../src-shared/contract-calendar';
import { type Fetched, useFetch } from './useFetch';
import { useWorkspace } from './WorkspaceContext';

/** Shipped and imported official holiday years; read again only after an edit that changed them. */
export function useHolidayYears(): Fetched<HolidayYearInfo[]> {
  const { api } = useWorkspace();
  return useFetch(
    'calendar-years',
    () => api.invoke('calendar/list-years', {}),
    (years, o) => (o.calendarChanged ? null : years),
  );
}

/**
 * The calendar a plan's views shade days with: shipped plus imported official years and the
 * plan's own settings (working week, blackout dates, custom holidays). Until the imported years
 * have loaded it uses the shipped data only, so views never wait on it to draw.
 */
export function usePlanCalendar(snapshot: PlanSnapshot): PlanCalendar {
  const years = useHolidayYears();
  const { workingWeekdays, blackoutDates, customHolidays } = snapshot.settings;
  const imported = useMemo(() => importedYearsOf(years.data ?? []), [years.data]);
  // Keyed on content: the list is refetched after every edit, and a new but equal answer must not
  // rebuild the calendar (and with it the schedule's rules engine) a second time per edit.
  const importedKey = useMemo(() => JSON.stringify(imported), [imported]);
  return useMemo(
    () => createPlanCalendar({ workingWeekdays, blackoutDates, customHolidays }, imported),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `imported` is read through its content key
    [workingWeekdays, blackoutDates, customHolidays, importedKey],
  );
}
