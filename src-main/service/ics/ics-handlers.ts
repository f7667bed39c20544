import { createHash } from 'node:crypto';
import type { Handlers } from '../../../src-shared/contract';
import { notFound } from '../../../src-shared/errors';
import { type Activity, ActivityInput } from '../../../src-shared/model/index';
import { quarterRange } from '../../../src-shared/print/quarter-range';
import { listActivities } from '../../db/queries/activities';
import { insertActivities } from '../activity-rows';
import { findPlan } from '../../db/queries/plans';
import type { DbOrTrx } from '../../db/schema';
import { label } from '../localize';
import { readPlanSettings } from '../settings-handlers';
import { APP_VERSION } from '../version';
import type { Workspace } from '../workspace';
import { safeFileBase } from '../plan-file/export';
import { expiredPreview } from '../plan-file/import';
import { PreviewStore } from '../../files/preview-store';
import { parseInWorker } from '../../files/worker-client';
import type { IcsEvent, ParsedCalendar } from '../../files/ics/ics-read';
import { writeIcs } from '../../files/ics/ics-write';

type IcsHandlers = Pick<Handlers, 'file/export-ics' | 'file/preview-ics-import' | 'file/apply-ics-import'>;
interface Pending {
  planId: string;
  calendar: ParsedCalendar;
}

export function icsHandlers(ws: Workspace): IcsHandlers {
  const pending = new PreviewStore<Pending>();
  return {
    'file/export-ics': async ({ planId, quarter, language }) => {
      const plan = await findPlan(ws.db, planId);
      if (!plan) throw notFound('plan', planId);
      let activities = await listActivities(ws.db, planId);
      let name = plan.name;
      if (quarter) {
        const settings = await readPlanSettings(ws.db, planId);
        const [from, to] = quarterRange(quarter.year, quarter.quarter, settings.fiscalQuarterStartMonth);
        activities = activities.filter((a) => a.start.slice(0, 10) <= to && a.end.slice(0, 10) >= from);
        name = `${plan.name} ${quarter.year} Q${quarter.quarter}`;
      }
      const text = writeIcs(plan, activities, name, APP_VERSION, language);
      return {
        fileName: `${safeFileBase(name)}.ics`,
        mimeType: 'text/calendar',
        contentBase64: Buffer.from(text, 'utf8').toString('base64'),
      };
    },

    'file/preview-ics-import': async ({ planId, contentBase64 }) => {
      const plan = await findPlan(ws.db, planId);
      if (!plan) throw notFound('plan', planId);
      const calendar = await parseInWorker({
        kind: 'ics',
        bytes: Buffer.from(contentBase64, 'base64'),
        timeZone: plan.timeZone,
      });
      const token = pending.put({ planId, calendar });
      const existing = await existingIds(ws.db, calendar.events.map(eventId));
      const seen = new Set<string>();
      return {
        token,
        calendarName: calendar.calendarName,
        timeZone: calendar.timeZone,
        planStart: plan.startDate,
        planEnd: plan.endDate,
        truncatedRecurrences: calendar.truncatedRecurrences,
        notices: calendar.notices,
        events: calendar.events.map((e) => {
          const id = eventId(e);
          const repeat = seen.has(id);
          seen.add(id);
          return {
            uid: e.uid,
            title: e.title,
            allDay: e.allDay,
            start: e.start,
            end: e.end,
            activityId: id,
            duplicate: existing.has(id) || (repeat && e.errors.length === 0),
            outsidePlan: outside(e, plan),
            errors: e.errors,
            warnings: e.warnings,
          };
        }),
      };
    },

    'file/apply-ics-import': async ({ planId, token, type, includeOutsidePlan }) => {
      const p = pending.get(token);
      if (!p || p.planId !== planId) throw expiredPreview();
      const plan = await findPlan(ws.db, planId);
      if (!plan) throw notFound('plan', planId);
      await ws.beforeLargeChange(p.calendar.events.filter((e) => e.errors.length === 0).length);
      const now = ws.now();
      const result = await ws.edit(
        label('导入日历到', 'Import calendar into', '方案', 'plan', plan.name),
        async (rec) => {
          const taken = await existingIds(rec.trx, p.calendar.events.map(eventId));
          const fresh: Activity[] = [];
          for (const e of p.calendar.events) {
            const id = eventId(e);
            if (e.errors.length > 0 || taken.has(id)) continue;
            if (!includeOutsidePlan && outside(e, plan)) continue;
            taken.add(id);
            const input = ActivityInput.safeParse({
              planId,
              title: e.title,
              type,
              allDay: e.allDay,
              start: e.start,
              end: e.end,
            });
            if (input.success) fresh.push({ ...input.data, id, createdAt: now, updatedAt: now });
          }
          await insertActivities(rec, fresh);
          rec.touchPlan(planId);
          return fresh.map((a) => a.id);
        },
      );
      pending.delete(token);
      return { created: result.length, skipped: p.calendar.events.length - result.length, activityIds: result };
    },
  };
}

/** Wholly before the plan's first day or after its last (an event that overlaps the plan is inside). */
export function outside(e: Pick<IcsEvent, 'start' | 'end'>, plan: { startDate: string; endDate: string }): boolean {
  if (!e.start || !e.end) return false;
  const lastDay = e.end.slice(0, 10);
  return lastDay < plan.startDate || e.start.slice(0, 10) > plan.endDate;
}

/**
 * The activity id an event becomes. Our own UIDs (`<uuid>@dangqi`) give back that activity;
 * other UIDs (with the occurrence, for recurrences) hash to a fixed UUID, so importing the
 * same calendar again finds what the first import created.
 */
export function eventId(e: Pick<IcsEvent, 'uid' | 'recurrence'>): string {
  const own = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@dangqi$/i.exec(e.uid);
  if (own && e.recurrence === null) return own[1].toLowerCase();
  const h = createHash('sha1')
    .update(`dangqi-ics\u0000${e.uid}\u0000${e.recurrence ?? ''}`)
    .digest('hex');
  // Shaped as a version-5 (name-based) UUID so it passes the Id schema.
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function existingIds(db: DbOrTrx, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('activities')
      .select('id')
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}
