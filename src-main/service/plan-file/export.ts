import { gzipSync } from 'node:zlib';
import { notFound } from '../../../src-shared/errors';
import { PlanSettings } from '../../../src-shared/model/index';
import { listActivities } from '../../db/queries/activities';
import { listBudgetLines, listKpis, listRisks, listTasks } from '../../db/queries/plan-items';
import { planFromRow } from '../../db/queries/plans';
import { listResources, listSegments } from '../../db/queries/resources';
import { listBaselineRows, parseContent } from '../../db/queries/baselines';
import type { BaselineRow, DbOrTrx } from '../../db/schema';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, PlanFileBody } from '../../files/plan-file/format';

/**
 * Export: the chosen plans with everything they own and the workspace resources and segments
 * their activities use.
 *
 * Round trip, defined on content: the file holds ids but no timestamps, arrays sorted by id and
 * every row normalised through the file schema. Importing into a workspace where those ids are
 * free keeps them, so export → import → export gives the identical bytes. Where an id is
 * taken (importing the same file twice) the copy gets fresh ids, and its re-export equals the
 * original up to that renaming (tests check both).
 */
export async function buildPlanFile(
  db: DbOrTrx,
  planIds: readonly string[],
  app: string,
  /** Each plan's Automerge document, saved (see sync/plan-docs.ts); a plan without one is written without. */
  docs: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<PlanFile> {
  const unique = [...new Set(planIds)];
  const planRows = await db.selectFrom('plans').selectAll().where('id', 'in', unique).execute();
  for (const id of unique) if (!planRows.some((r) => r.id === id)) throw notFound('plan', id);

  const plans = planRows.map((r) => ({ ...strip(planFromRow(r)), settings: parseSettings(r.settings_json) }));
  const per = await Promise.all(
    unique.map(async (id) => ({
      activities: await listActivities(db, id),
      budgetLines: await listBudgetLines(db, id),
      risks: await listRisks(db, id),
      kpis: await listKpis(db, id),
      tasks: await listTasks(db, id),
      baselines: await listBaselineRows(db, id),
    })),
  );
  const activities = per.flatMap((p) => p.activities);
  const usedResources = new Set(activities.flatMap((a) => a.claims.map((c) => c.resourceId)));
  const usedSegments = new Set(activities.flatMap((a) => a.segmentIds));
  const resources = (await listResources(db)).filter((r) => usedResources.has(r.id));
  const segments = (await listSegments(db)).filter((s) => usedSegments.has(s.id));

  const candidate = {
    format: PLAN_FILE_FORMAT,
    version: PLAN_FILE_VERSION,
    app,
    plans: byId(plans),
    resources: byId(resources.map(strip)),
    segments: byId(segments.map(strip)),
    activities: byId(activities.map(strip)),
    budgetLines: byId(per.flatMap((p) => p.budgetLines).map(strip)),
    risks: byId(per.flatMap((p) => p.risks).map(strip)),
    kpis: byId(per.flatMap((p) => p.kpis).map(strip)),
    tasks: byId(per.flatMap((p) => p.tasks).map(strip)),
    baselines: byId(per.flatMap((p) => p.baselines).map(fileBaseline)),
    ...(docs.size > 0
      ? {
          automerge: Object.fromEntries(
            [...docs]
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([id, bytes]) => [id, Buffer.from(bytes).toString('base64')]),
          ),
        }
      : {}),
  };
  // Through the reader's own schema: we never write a file we would refuse, and key order is fixed.
  return PlanFileBody.parse(candidate);
}

export function encodePlanFile(file: PlanFile): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(file), 'utf8'));
}

/** "2026 Q1 会员档期.dangqi", with characters Windows forbids in file names replaced. */
export function planFileName(file: PlanFile): string {
  const base = file.plans.length === 1 ? file.plans[0].name : `${file.plans[0].name} 等${file.plans.length}个方案`;
  return `${safeFileBase(base)}.dangqi`;
}

export function safeFileBase(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '_').replace(/[. ]+$/, '');
  return cleaned.slice(0, 100) || 'dangqi';
}

function fileBaseline(r: BaselineRow) {
  return {
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    note: r.note,
    frozenAt: r.created_at,
    isReference: r.is_reference === 1,
    content: parseContent(r.content_json),
  };
}

function strip<T extends { createdAt: string; updatedAt: string }>(row: T): Omit<T, 'createdAt' | 'updatedAt'> {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}

function byId<T extends { id: string }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Stored settings this version cannot read are exported as defaults, which is how the app reads them too. */
function parseSettings(json: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return {};
  }
  const usable = typeof v === 'object' && v !== null && !Array.isArray(v) && PlanSettings.safeParse(v).success;
  return usable ? (v as Record<string, unknown>) : {};
}
