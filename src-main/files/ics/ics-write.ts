import type { Activity, Plan } from '../../../src-shared/model';
import { addDays } from '../../../src-shared/model';
import { ACTIVITY_TYPE_NAMES } from '../table/labels';
import { ACTIVITY_TYPE_EN } from '../../../src-shared/model/enum-labels-en';
import { vtimezone } from './vtimezone';

/**
 * Writes activities as an RFC 5545 calendar. All-day activities are VALUE=DATE with DTEND the
 * day after the inclusive end; timed ones carry TZID of the plan's zone with its VTIMEZONE.
 * UIDs are `<activity id>@dangqi`, so a calendar that imports or subscribes to a re-export
 * updates its events instead of duplicating them; DTSTAMP and LAST-MODIFIED come from the
 * activity, so an unchanged plan exports to identical bytes.
 */
const STATUS: Record<Activity['status'], string> = {
  draft: 'TENTATIVE',
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  in_progress: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/** The labels of an event's description, in the UI's language. */
const LABELS = {
  'zh-CN': { owner: '负责人：', backup: '备选方案：' },
  en: { owner: 'Owner: ', backup: 'Backup plan: ' },
} as const;

export function writeIcs(
  plan: Plan,
  activities: readonly Activity[],
  calendarName: string,
  app: string,
  language: 'zh-CN' | 'en' = 'zh-CN',
): string {
  const label = LABELS[language];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Dangqi//Dangqi ${app}//ZH`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${plan.timeZone}`,
  ];
  const timed = activities.filter((a) => !a.allDay);
  if (timed.length > 0) {
    const years = timed.flatMap((a) => [Number(a.start.slice(0, 4)), Number(a.end.slice(0, 4))]);
    lines.push(...vtimezone(plan.timeZone, Math.min(...years), Math.max(...years)));
  }
  for (const a of [...activities].sort((x, y) =>
    x.start < y.start ? -1 : x.start > y.start ? 1 : x.id < y.id ? -1 : 1,
  )) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${a.id}@dangqi`,
      `DTSTAMP:${utcStamp(a.updatedAt)}`,
      `LAST-MODIFIED:${utcStamp(a.updatedAt)}`,
    );
    if (a.allDay) {
      lines.push(`DTSTART;VALUE=DATE:${compact(a.start)}`, `DTEND;VALUE=DATE:${compact(addDays(a.end, 1))}`);
    } else {
      lines.push(
        `DTSTART;TZID=${plan.timeZone}:${compact(a.start)}00`,
        `DTEND;TZID=${plan.timeZone}:${compact(a.end)}00`,
      );
    }
    lines.push(`SUMMARY:${escapeText(a.title)}`);
    const description = [
      a.owner && `${label.owner}${a.owner}`,
      a.notes,
      a.backupPlan && `${label.backup}${withoutBackupPrefix(a.backupPlan)}`,
    ]
      .filter(Boolean)
      .join('\n');
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    const category = language === 'en' ? ACTIVITY_TYPE_EN[a.type] : ACTIVITY_TYPE_NAMES[a.type][0];
    lines.push(`CATEGORIES:${escapeText(category)}`, `STATUS:${STATUS[a.status]}`);
    if (a.allDay) lines.push('TRANSP:TRANSPARENT');
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

/** Plans made before templates dropped it carry the label in the text itself: say it once. */
function withoutBackupPrefix(text: string): string {
  return text.replace(/^\s*(备选方案|Backup plan)\s*[：:]\s*/i, '');
}

/** 2026-03-08 → 20260308; 2026-03-08T14:30 → 20260308T1430. */
const compact = (v: string) => v.replace(/[-:]/g, '');

function utcStamp(iso: string): string {
  const d = new Date(iso);
  const valid = Number.isNaN(d.getTime()) ? new Date(0) : d;
  return valid
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after CRLF + space, never inside a UTF-8 character. */
export function fold(line: string): string {
  const bytes = Buffer.byteLength(line, 'utf8');
  if (bytes <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  const limit = () => (out.length === 0 ? 75 : 74);
  for (const ch of line) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (size + n > limit()) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}
