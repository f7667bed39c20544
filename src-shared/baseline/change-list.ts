/**
 * The change list a planner reads (and the 变更单 prints): one line per activity, budget line or
 * KPI that differs from the baseline, activities in date order. When and why come from outside
 * (the edit history lives in main); the renderer can build the same list without them.
 */
import type { BaselineChange } from '../contract-baselines';
import type { LocalizedText as Localized } from '../errors';
import type { BaselineActivity, BaselineBudgetLine, BaselineKpi } from './snapshot';
import type { BaselineDiff } from './diff';

export type ChangeEntity = BaselineChange['entity'];

export interface WhenWhy {
  at: string;
  why: Localized;
  reason: Localized | null;
}

export type WhenWhyLookup = (entity: ChangeEntity, id: string) => WhenWhy | null;

const none: WhenWhyLookup = () => null;

export function changeList(diff: BaselineDiff, whenWhy: WhenWhyLookup = none): BaselineChange[] {
  const out: BaselineChange[] = [];
  const stamp = (entity: ChangeEntity, id: string) => {
    const w = whenWhy(entity, id);
    return { at: w?.at ?? null, why: w?.why ?? null, reason: w?.reason ?? null };
  };
  const act = (
    change: BaselineChange['change'],
    before: BaselineActivity | null,
    after: BaselineActivity | null,
    kinds: string[],
    shiftDays: number | null,
  ): BaselineChange => {
    const id = (after ?? before)?.id ?? '';
    return {
      entity: 'activity',
      id,
      title: (after ?? before)?.title ?? '',
      change,
      kinds,
      beforeStart: before?.start ?? null,
      beforeEnd: before?.end ?? null,
      afterStart: after?.start ?? null,
      afterEnd: after?.end ?? null,
      shiftDays,
      beforeValue: null,
      afterValue: null,
      ...stamp('activity', id),
    };
  };
  const acts: BaselineChange[] = [
    ...diff.activities.changed.map((c) => act('changed', c.before, c.after, c.kinds, c.shiftDays)),
    ...diff.activities.added.map((a) => act('added', null, a, [], null)),
    ...diff.activities.removed.map((a) => act('removed', a, null, [], null)),
  ];
  acts.sort((x, y) => cmpDay(x.beforeStart ?? x.afterStart, y.beforeStart ?? y.afterStart) || cmp(x.title, y.title));
  out.push(...acts);

  const line = (change: BaselineChange['change'], b: BaselineBudgetLine | null, a: BaselineBudgetLine | null) => {
    const id = (a ?? b)?.id ?? '';
    const kinds: string[] = [];
    if (b && a) {
      if (b.plannedCents !== a.plannedCents) kinds.push('amount');
      if (b.description !== a.description) kinds.push('description');
      if (b.activityId !== a.activityId) kinds.push('activity');
    }
    return item('budgetLine', id, (a ?? b)?.description ?? '', change, kinds, b?.plannedCents, a?.plannedCents);
  };
  out.push(
    ...diff.budgetLines.changed.map((c) => line('changed', c.before, c.after)),
    ...diff.budgetLines.added.map((l) => line('added', null, l)),
    ...diff.budgetLines.removed.map((l) => line('removed', l, null)),
  );

  const kpi = (change: BaselineChange['change'], b: BaselineKpi | null, a: BaselineKpi | null) => {
    const id = (a ?? b)?.id ?? '';
    const kinds: string[] = [];
    if (b && a) {
      if (b.target !== a.target) kinds.push('target');
      if (b.name !== a.name) kinds.push('name');
    }
    return item('kpi', id, (a ?? b)?.name ?? '', change, kinds, b?.target, a?.target);
  };
  out.push(
    ...diff.kpis.changed.map((c) => kpi('changed', c.before, c.after)),
    ...diff.kpis.added.map((k) => kpi('added', null, k)),
    ...diff.kpis.removed.map((k) => kpi('removed', k, null)),
  );
  return out;

  function item(
    entity: ChangeEntity,
    id: string,
    title: string,
    change: BaselineChange['change'],
    kinds: string[],
    beforeValue: number | undefined,
    afterValue: number | undefined,
  ): BaselineChange {
    return {
      entity,
      id,
      title,
      change,
      kinds,
      beforeStart: null,
      beforeEnd: null,
      afterStart: null,
      afterEnd: null,
      shiftDays: null,
      beforeValue: beforeValue ?? null,
      afterValue: afterValue ?? null,
      ...stamp(entity, id),
    };
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpDay(a: string | null, b: string | null): number {
  return cmp(a ?? '', b ?? '');
}
