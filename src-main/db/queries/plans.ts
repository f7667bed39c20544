import type { Plan } from '../../../src-shared/model';
import type { DbOrTrx, PlanRow } from '../schema';

export function planFromRow(r: PlanRow): Plan {
  return {
    id: r.id,
    name: r.name,
    timeZone: r.time_zone,
    currency: r.currency,
    startDate: r.start_date,
    endDate: r.end_date,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function planToRow(p: Plan, settingsJson = '{}'): PlanRow {
  return {
    id: p.id,
    name: p.name,
    time_zone: p.timeZone,
    currency: p.currency,
    start_date: p.startDate,
    end_date: p.endDate,
    settings_json: settingsJson,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export async function listPlans(db: DbOrTrx): Promise<Plan[]> {
  const rows = await db.selectFrom('plans').selectAll().orderBy('start_date').orderBy('name').execute();
  return rows.map(planFromRow);
}

export async function findPlan(db: DbOrTrx, id: string): Promise<Plan | undefined> {
  const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? planFromRow(row) : undefined;
}
