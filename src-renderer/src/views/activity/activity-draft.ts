import {
  type Activity,
  type ActivityInput,
  type ActivityStatus,
  type ActivityType,
  type PriorityClass,
  ACTIVITY_TYPES,
  addDays,
  dayNumber,
  isValidDateTime,
  isValidDay,
} from '../../../../src-shared/model';

/** Only what the checks need from i18next, so they run (and are tested) without it. */
export type Translate = (key: string) => string;

/** The form's working copy: strings where the inputs hold strings, converted only on save. */
export interface ActivityDraft {
  title: string;
  type: ActivityType;
  status: ActivityStatus;
  allDay: boolean;
  start: string;
  end: string;
  windowStart: string;
  windowEnd: string;
  priority: PriorityClass;
  pinned: boolean;
  owner: string;
  expectedParticipants: string;
  notes: string;
  backupPlan: string;
  resourceIds: string[];
  segmentIds: string[];
}

export type DraftErrors = Partial<Record<keyof ActivityDraft | 'claims' | '_', string>>;

/**
 * The type a new activity starts as: the plan's most common one (a retention plan's 保客活动, a
 * conference's 会员大会), the earlier type in the list on a tie; 会员日 in an empty plan.
 */
export function mainType(activities: readonly Pick<Activity, 'type'>[]): ActivityType {
  const counts = new Map<ActivityType, number>();
  for (const a of activities) counts.set(a.type, (counts.get(a.type) ?? 0) + 1);
  let best: ActivityType = 'member_day';
  let most = 0;
  for (const type of ACTIVITY_TYPES) {
    const n = counts.get(type) ?? 0;
    if (n > most) [best, most] = [type, n];
  }
  return best;
}

export function emptyDraft(day: string, type: ActivityType = 'member_day'): ActivityDraft {
  return {
    title: '',
    type,
    status: 'planned',
    allDay: true,
    start: day,
    end: day,
    windowStart: '',
    windowEnd: '',
    priority: 'normal',
    pinned: false,
    owner: '',
    expectedParticipants: '',
    notes: '',
    backupPlan: '',
    resourceIds: [],
    segmentIds: [],
  };
}

export function draftFrom(a: Activity): ActivityDraft {
  return {
    title: a.title,
    type: a.type,
    status: a.status,
    allDay: a.allDay,
    start: a.start,
    end: a.end,
    windowStart: a.windowStart ?? '',
    windowEnd: a.windowEnd ?? '',
    priority: a.priority,
    pinned: a.pinned,
    owner: a.owner,
    expectedParticipants: a.expectedParticipants === null ? '' : String(a.expectedParticipants),
    notes: a.notes,
    backupPlan: a.backupPlan,
    resourceIds: a.claims.map((c) => c.resourceId),
    segmentIds: a.segmentIds,
  };
}

/**
 * Switching between all-day and timed keeps the days: an all-day span becomes 09:00-18:00 on its
 * first and last day; a timed span becomes the days it touches (an end at 00:00 belongs to the day before).
 */
export function toggleAllDay(d: ActivityDraft, allDay: boolean): ActivityDraft {
  if (allDay === d.allDay) return d;
  if (!allDay) {
    const startDay = d.start.slice(0, 10);
    const endDay = d.end.slice(0, 10) || startDay;
    return { ...d, allDay, start: `${startDay}T09:00`, end: `${endDay}T18:00` };
  }
  const startDay = d.start.slice(0, 10);
  const endDay =
    d.end.endsWith('T00:00') && isValidDay(d.end.slice(0, 10)) ? addDays(d.end.slice(0, 10), -1) : d.end.slice(0, 10);
  return { ...d, allDay, start: startDay, end: endDay < startDay ? startDay : endDay };
}

/** The same checks the contract makes, run before the round trip so messages appear as the planner types. */
export function checkDraft(d: ActivityDraft, t: Translate): DraftErrors {
  const e: DraftErrors = {};
  if (!d.title.trim()) e.title = t('validation.required');
  const valid = d.allDay ? isValidDay : isValidDateTime;
  const bad = t(d.allDay ? 'validation.day' : 'validation.dateTime');
  if (!valid(d.start)) e.start = d.start ? bad : t('validation.required');
  if (!valid(d.end)) e.end = d.end ? bad : t('validation.required');
  if (!e.start && !e.end) {
    if (d.allDay && dayNumber(d.end) < dayNumber(d.start)) e.end = t('validation.endBeforeStart');
    if (!d.allDay && d.end <= d.start) e.end = t('validation.endNotAfterStart');
  }
  if (d.windowStart && !isValidDay(d.windowStart)) e.windowStart = t('validation.day');
  if (d.windowEnd && !isValidDay(d.windowEnd)) e.windowEnd = t('validation.day');
  if (
    !e.windowStart &&
    !e.windowEnd &&
    d.windowStart &&
    d.windowEnd &&
    dayNumber(d.windowEnd) < dayNumber(d.windowStart)
  ) {
    e.windowEnd = t('validation.windowOrder');
  }
  if (d.expectedParticipants.trim() && !/^\d+$/.test(d.expectedParticipants.trim()))
    e.expectedParticipants = t('validation.integer');
  return e;
}

/** The request fields (without planId/id); the resource claims keep their stored quantities. */
export function draftToFields(d: ActivityDraft, previous?: Activity): Omit<ActivityInput, 'planId'> {
  const quantities = new Map(previous?.claims.map((c) => [c.resourceId, c.quantity]) ?? []);
  return {
    title: d.title.trim(),
    type: d.type,
    status: d.status,
    allDay: d.allDay,
    start: d.start,
    end: d.end,
    windowStart: d.windowStart || null,
    windowEnd: d.windowEnd || null,
    priority: d.priority,
    pinned: d.pinned,
    owner: d.owner.trim(),
    expectedParticipants: d.expectedParticipants.trim() ? Number(d.expectedParticipants.trim()) : null,
    notes: d.notes,
    backupPlan: d.backupPlan,
    claims: d.resourceIds.map((resourceId) => ({ resourceId, quantity: quantities.get(resourceId) ?? 1 })),
    segmentIds: d.segmentIds,
  };
}
