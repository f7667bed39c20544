import {
  type Activity,
  ActivityInput,
  activityTimingIssues,
  type ActivityStatus,
  type ActivityType,
  type PriorityClass,
  ACTIVITY_TYPES,
  addDays,
  isValidDay,
} from '../../../../src-shared/model';

/** Only what the checks need from i18next, so they run (and are tested) without it. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

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

/**
 * The form's field errors, from the model's own schema (ActivityInput, as the service will check
 * the request): each refusal is put under its field in the form's words. The rules live once,
 * in src-shared/model; only their wording for the form is chosen here.
 */
export function checkDraft(d: ActivityDraft, t: Translate): DraftErrors {
  const participants = d.expectedParticipants.trim();
  const fields = draftToFields({ ...d, expectedParticipants: '' });
  const request = {
    ...fields,
    planId: DRAFT_PLAN,
    // A typed count is checked as the number it would be saved as; anything else is not a count.
    expectedParticipants:
      participants === '' ? null : /^-?\d+(\.\d+)?$/.test(participants) ? Number(participants) : NaN,
  };
  const parsed = ActivityInput.safeParse(request);
  const issues: { path: readonly PropertyKey[]; message: string; maximum?: unknown }[] = parsed.success
    ? []
    : [...parsed.error.issues];
  // Zod skips the schema's cross-field refinement once a field fails; the form shows both at once.
  issues.push(...activityTimingIssues(request));
  const e: DraftErrors = {};
  for (const issue of issues) {
    const field = formField(issue.path[0]);
    if (!field || e[field]) continue;
    e[field] = wording(d, field, issue, t);
  }
  return e;
}

/** Any well-formed id: the draft's plan is the form's, not something the form can get wrong. */
const DRAFT_PLAN = '00000000-0000-4000-8000-000000000000';

function formField(key: PropertyKey | undefined): keyof DraftErrors | null {
  if (key === 'claims') return 'resourceIds';
  if (typeof key !== 'string') return '_';
  return key in DRAFT_FIELDS ? (key as keyof DraftErrors) : '_';
}

const DRAFT_FIELDS: Record<string, true> = Object.fromEntries(
  [
    'title',
    'start',
    'end',
    'windowStart',
    'windowEnd',
    'expectedParticipants',
    'resourceIds',
    'segmentIds',
    'owner',
    'notes',
    'backupPlan',
  ].map((k) => [k, true]),
);

/** The form's sentence for the schema's refusal of `field`. */
function wording(
  d: ActivityDraft,
  field: keyof DraftErrors,
  issue: { message: string; maximum?: unknown },
  t: Translate,
): string {
  const { message } = issue;
  // A length refusal names the schema's own limit.
  const tooLong = () =>
    typeof issue.maximum === 'number' ? t('validation.tooLong', { max: issue.maximum }) : t('validation.invalid');
  const value = field in d ? String(d[field as keyof ActivityDraft] ?? '').trim() : '';
  switch (field) {
    case 'title':
      return value ? tooLong() : t('validation.required');
    case 'start':
    case 'end':
      if (message === 'end must be after start')
        return t(d.allDay ? 'validation.endBeforeStart' : 'validation.endNotAfterStart');
      if (!value) return t('validation.required');
      return t(d.allDay ? 'validation.day' : 'validation.dateTime');
    case 'windowStart':
    case 'windowEnd':
      return message === 'window end must not be before window start'
        ? t('validation.windowOrder')
        : t('validation.day');
    case 'expectedParticipants':
      return t('validation.integer');
    case 'owner':
    case 'notes':
    case 'backupPlan':
      return tooLong();
    default:
      return t('validation.invalid');
  }
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
