import type { Handlers } from '../../src-shared/contract';
import { notFound } from '../../src-shared/errors';
import { PlanSettings } from '../../src-shared/model';
import type { DbOrTrx } from '../db/schema';
import { label } from './localize';
import type { Workspace } from './workspace';

/**
 * Plan settings live as JSON on the plan row. Stored settings are re-parsed on read, so a
 * setting added in a later version takes its default for plans saved before it existed.
 */
export async function readPlanSettings(db: DbOrTrx, planId: string): Promise<PlanSettings> {
  const row = await db.selectFrom('plans').select(['settings_json']).where('id', '=', planId).executeTakeFirst();
  if (!row) throw notFound('plan', planId);
  return parseStoredSettings(row.settings_json);
}

export function parseStoredSettings(json: string): PlanSettings {
  const parsed = PlanSettings.safeParse(JSON.parse(json) as unknown);
  // A stored value this version cannot read falls back to defaults rather than locking the plan.
  return parsed.success ? parsed.data : PlanSettings.parse({});
}

/**
 * The stored JSON: the planner-facing PlanSettings plus `rules`, the scheduling-rule settings a
 * template or the engine keeps per plan (phases with buffers, precedence pairs, budget caps).
 * Updating the PlanSettings keeps `rules` as it was.
 */
export function storedSettingsJson(settings: PlanSettings, rules: unknown): string {
  return JSON.stringify(rules === undefined ? settings : { ...settings, rules });
}

/** The `rules` part of a plan's stored settings, unparsed (the engine validates it with its own schema). */
export async function readStoredRuleSettings(db: DbOrTrx, planId: string): Promise<unknown> {
  const row = await db.selectFrom('plans').select(['settings_json']).where('id', '=', planId).executeTakeFirst();
  if (!row) throw notFound('plan', planId);
  return (JSON.parse(row.settings_json) as { rules?: unknown }).rules;
}

export function settingsHandlers(ws: Workspace): Pick<Handlers, 'plan/get-settings' | 'plan/update-settings'> {
  return {
    'plan/get-settings': ({ planId }) => readPlanSettings(ws.db, planId),
    'plan/update-settings': async ({ planId, settings, timeZone, currency }) => {
      const plan = await ws.db.selectFrom('plans').select(['name']).where('id', '=', planId).executeTakeFirst();
      if (!plan) throw notFound('plan', planId);
      return ws.edit(label('修改', 'Edit settings of', '方案设置', 'plan', plan.name), async (rec) => {
        const rules = await readStoredRuleSettings(rec.trx, planId);
        // Equal settings stored in another spelling (e.g. '{}' for all defaults) are no change.
        const same = JSON.stringify(await readPlanSettings(rec.trx, planId)) === JSON.stringify(settings);
        await rec.update('plans', planId, {
          ...(same ? {} : { settings_json: storedSettingsJson(settings, rules) }),
          ...(timeZone === undefined ? {} : { time_zone: timeZone }),
          ...(currency === undefined ? {} : { currency }),
          updated_at: ws.now(),
        });
        rec.touchPlan(planId);
        return settings;
      });
    },
  };
}
