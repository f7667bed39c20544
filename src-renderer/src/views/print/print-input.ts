import type { PlanCalendar } from '../../../../src-shared/calendar';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { addDays } from '../../../../src-shared/model';
import type { Orientation, Paper, PrintInput } from '../../../../src-shared/print';
import type { Lang } from '../../i18n';
import type { PlanQuarter } from './plan-quarters';

export type LayoutChoice = 'month-grid' | 'lanes-type' | 'lanes-resource';

export interface PrintChoice {
  quarter: PlanQuarter;
  layout: LayoutChoice;
  paper: Paper;
  orientation: Orientation;
}

const NO_RESOURCE = '__none__';

/**
 * The pure layout's input from a plan: activities with their conflict flag and lanes, holiday
 * and festival marks of the quarter in the UI language, lane titles. The layout decides what
 * fits; this only gathers.
 */
export function printInputOf(
  snapshot: PlanSnapshot,
  calendar: PlanCalendar,
  conflicted: ReadonlySet<string>,
  choice: PrintChoice,
  text: {
    quarterLabel: string;
    printedAt: string;
    noResource: string;
    typeLabel: (t: string) => string;
    makeup: string;
  },
  lang: Lang,
): PrintInput {
  const { from, to } = choice.quarter;
  const byResource = choice.layout === 'lanes-resource';
  const activities = snapshot.activities.map((a) => ({
    id: a.id,
    title: a.title,
    type: a.type,
    allDay: a.allDay,
    start: a.start,
    end: a.end,
    conflict: conflicted.has(a.id),
    lanes: byResource ? (a.claims.length > 0 ? a.claims.map((c) => c.resourceId) : [NO_RESOURCE]) : [a.type],
  }));
  const lanes = byResource
    ? [...snapshot.resources.map((r) => ({ key: r.id, label: r.name })), { key: NO_RESOURCE, label: text.noResource }]
    : [...new Set(snapshot.activities.map((a) => a.type))].sort().map((k) => ({ key: k, label: text.typeLabel(k) }));
  return {
    planName: snapshot.plan.name,
    quarterLabel: text.quarterLabel,
    from,
    to,
    printedAt: text.printedAt,
    activities,
    marks: marksOf(calendar, from, to, lang, text.makeup),
    lanes,
    options: {
      layout: choice.layout === 'month-grid' ? 'month-grid' : 'lanes',
      paper: choice.paper,
      orientation: choice.orientation,
    },
  };
}

/** Public holidays, 调休 workdays and festivals (not the 24 solar terms, which would crowd the grid). */
function marksOf(calendar: PlanCalendar, from: string, to: string, lang: Lang, makeup: string): PrintInput['marks'] {
  const marks: PrintInput['marks'] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const kind = calendar.dayKind(d);
    const label = calendar.dayLabel(d);
    const name = label ? (lang === 'zh-CN' ? label.nameZh : label.nameEn) : '';
    if (kind === 'holiday') marks.push({ date: d, label: name, kind: 'holiday' });
    else if (kind === 'makeup_workday') marks.push({ date: d, label: name || makeup, kind: 'workday' });
  }
  for (const f of calendar.festivalsBetween(from, to)) {
    if (f.kind === 'solar_term') continue;
    const name = lang === 'zh-CN' ? f.nameZh : f.nameEn;
    // A festival that is also the holiday's name is said once.
    if (marks.some((m) => m.date === f.date && m.label === name)) continue;
    marks.push({ date: f.date, label: name, kind: 'festival' });
  }
  return marks;
}
