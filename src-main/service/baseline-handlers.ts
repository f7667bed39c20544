import type { Handlers } from '../../src-shared/contract';
import { requirePlan } from './references';
import type { Workspace } from './workspace';

type ListConflicts = Handlers['conflict/list'];

/** `YYYY-MM` of an instant in a time zone (the plan's month, not the server's). */
export function monthIn(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/**
 * The month's first conflict count, recorded the first time anyone asks in that month. The count
 * comes from the engine's own `conflict/list`, never from the caller, so the baseline cannot be
 * talked down. It is a measurement, so it is written outside the undo history.
 */
export function baselineHandlers(
  ws: Workspace,
  listConflicts: ListConflicts,
  clock: () => Date = () => new Date(),
): Pick<Handlers, 'conflict/month-baseline'> {
  return {
    'conflict/month-baseline': async ({ planId }) => {
      const timeZone = planId ? (await requirePlan(ws.db, planId)).timeZone : 'Asia/Shanghai';
      const month = monthIn(timeZone, clock());
      const key = planId ?? '';
      const stored = await ws.db
        .selectFrom('conflict_baselines')
        .selectAll()
        .where('plan_key', '=', key)
        .where('month', '=', month)
        .executeTakeFirst();
      if (stored) return { month, hard: stored.hard, soft: stored.soft, recordedAt: stored.recorded_at };

      const { findings } = await listConflicts({ planId });
      const hard = findings.filter((f) => f.severity === 'hard').length;
      const row = { plan_key: key, month, hard, soft: findings.length - hard, recorded_at: clock().toISOString() };
      // Two first calls racing in one month: the first insert wins and both answer with it.
      await ws.db
        .insertInto('conflict_baselines')
        .values(row)
        .onConflict((oc) => oc.doNothing())
        .execute();
      const kept = await ws.db
        .selectFrom('conflict_baselines')
        .selectAll()
        .where('plan_key', '=', key)
        .where('month', '=', month)
        .executeTakeFirstOrThrow();
      return { month, hard: kept.hard, soft: kept.soft, recordedAt: kept.recorded_at };
    },
  };
}
