import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type Activity,
  type BudgetLine,
  type Resource,
  type Segment,
  type Task,
  dayNumber,
} from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';
import { groupInOrder } from '../shared/group-rows';

/** What the table shows, gathered by its hook from one plan or from every plan. */
export interface TableSource {
  activities: readonly Activity[];
  planNames: ReadonlyMap<string, string>;
  budgetLines: readonly BudgetLine[];
  tasks: readonly Task[];
  findings: readonly Finding[];
  resources: readonly Resource[];
  segments: readonly Segment[];
}

export type GroupBy = 'none' | 'month' | 'type' | 'status';
export const GROUP_BYS: GroupBy[] = ['none', 'month', 'type', 'status'];

export interface ActivityRow {
  kind: 'activity';
  id: string;
  activity: Activity;
  planName: string;
  /** Calendar days covered (a timed activity's day count, its end exclusive). */
  days: number;
  resources: string;
  segments: string;
  /** Sends per day claimed on channel resources, summed. */
  channelSends: number;
  plannedCents: number;
  actualCents: number;
  conflicts: Finding[];
  worst: 'hard' | 'soft' | null;
  tasksDone: number;
  tasksTotal: number;
  group: string;
}

export interface GroupRow {
  kind: 'group';
  id: string;
  group: string;
  /** What the header says: a month (2027-03), an activity type or a status key. */
  by: Exclude<GroupBy, 'none'>;
  count: number;
  plannedCents: number;
  actualCents: number;
  hard: number;
}

export type TableRow = ActivityRow | GroupRow;

export const isGroup = (row: TableRow | undefined): row is GroupRow => row?.kind === 'group';

/** Inclusive days an activity covers: all-day ends are inclusive, timed ends exclusive. */
export function daysOf(a: Pick<Activity, 'allDay' | 'start' | 'end'>): number {
  const first = dayNumber(a.start);
  let last = dayNumber(a.end);
  if (!a.allDay && a.end.slice(11) === '00:00' && last > first) last -= 1;
  return last - first + 1;
}

function groupKey(a: Activity, by: GroupBy): string {
  if (by === 'month') return a.start.slice(0, 7);
  if (by === 'type') return a.type;
  if (by === 'status') return a.status;
  return '';
}

const rankOf = (values: readonly string[]) => {
  const at = new Map(values.map((v, i) => [v, i]));
  return (a: string, b: string) => (at.get(a) ?? 1e6) - (at.get(b) ?? 1e6) || a.localeCompare(b);
};
const GROUP_ORDER: Record<Exclude<GroupBy, 'none'>, (a: string, b: string) => number> = {
  month: (a, b) => a.localeCompare(b),
  type: rankOf(ACTIVITY_TYPES),
  status: rankOf(ACTIVITY_STATUSES),
};

/** One row per activity with what the table's columns show, built in one pass over each list. */
export function activityRows(src: TableSource, by: GroupBy, sep = '、'): ActivityRow[] {
  const resources = new Map(src.resources.map((r) => [r.id, r]));
  const segments = new Map(src.segments.map((s) => [s.id, s.name]));
  const money = new Map<string, { planned: number; actual: number }>();
  for (const l of src.budgetLines) {
    if (!l.activityId) continue;
    const m = money.get(l.activityId) ?? { planned: 0, actual: 0 };
    m.planned += l.plannedCents;
    m.actual += l.actualCents;
    money.set(l.activityId, m);
  }
  const tasks = new Map<string, { done: number; total: number }>();
  for (const t of src.tasks) {
    if (!t.activityId) continue;
    const c = tasks.get(t.activityId) ?? { done: 0, total: 0 };
    c.total++;
    if (t.status === 'done') c.done++;
    tasks.set(t.activityId, c);
  }
  const findings = new Map<string, Finding[]>();
  for (const f of src.findings) {
    for (const id of f.activityIds) {
      const list = findings.get(id);
      if (list) list.push(f);
      else findings.set(id, [f]);
    }
  }
  return src.activities.map((a) => {
    let channelSends = 0;
    const names: string[] = [];
    for (const c of a.claims) {
      const r = resources.get(c.resourceId);
      if (!r) continue;
      if (r.kind === 'channel') channelSends += c.quantity;
      names.push(c.quantity > 1 && r.kind !== 'channel' ? `${r.name}×${c.quantity}` : r.name);
    }
    const list = findings.get(a.id) ?? [];
    const m = money.get(a.id);
    const t = tasks.get(a.id);
    return {
      kind: 'activity',
      id: a.id,
      activity: a,
      planName: src.planNames.get(a.planId) ?? '',
      days: daysOf(a),
      resources: names.join(sep),
      segments: a.segmentIds.map((id) => segments.get(id) ?? '').join(sep),
      channelSends,
      plannedCents: m?.planned ?? 0,
      actualCents: m?.actual ?? 0,
      conflicts: list,
      worst: list.some((f) => f.severity === 'hard') ? 'hard' : list.length ? 'soft' : null,
      tasksDone: t?.done ?? 0,
      tasksTotal: t?.total ?? 0,
      group: groupKey(a, by),
    };
  });
}

/**
 * The grid's rows: activities in start order, or, grouped, each group's header row (count and
 * budget sums) followed by its activities. Sorting and filtering then happen inside each group
 * (see regroupInPlace in postSortRows).
 */
export function tableRows(rows: readonly ActivityRow[], by: GroupBy): TableRow[] {
  const ordered = [...rows].sort((x, y) => x.activity.start.localeCompare(y.activity.start));
  if (by === 'none') return ordered;
  const out: TableRow[] = [];
  for (const [group, members] of groupInOrder(ordered, (r) => r.group, GROUP_ORDER[by])) {
    let planned = 0;
    let actual = 0;
    let hard = 0;
    for (const r of members) {
      planned += r.plannedCents;
      actual += r.actualCents;
      if (r.worst === 'hard') hard++;
    }
    out.push({
      kind: 'group',
      id: `group:${by}:${group}`,
      group,
      by,
      count: members.length,
      plannedCents: planned,
      actualCents: actual,
      hard,
    });
    out.push(...members);
  }
  return out;
}

/** A cell as text for the clipboard: no tabs or line breaks inside, so Excel/WPS keep the grid. */
const cell = (v: unknown) =>
  String(v ?? '')
    .replace(/[\t\r\n]+/g, ' ')
    .trim();

/**
 * Rows as tab-separated text with a header line, as Excel and WPS paste it: one row a line,
 * CRLF line ends, numbers as plain digits (no thousands separators or currency sign) so they
 * land as numbers.
 */
export function toTsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';
}
