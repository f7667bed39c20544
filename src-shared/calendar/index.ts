export type { DayKind, Festival, FestivalKind, WorkCalendar } from './types';
export * from './festivals';
export * from './holiday-data';
export * from './holiday-file-parser';
export * from './work-calendar';
