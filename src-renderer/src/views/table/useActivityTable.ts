import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Activity, ActivityStatus, BudgetLine, Task } from '../../../../src-shared/model';
import type { Finding } from '../../../../src-shared/rules';
import type { Lang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { usePlans } from '../../state/usePlans';
import { useWorkspace } from '../../state/WorkspaceContext';
import type { Conflicts } from '../conflicts/useConflicts';
import type { DropVerdict } from '../conflicts/schedule-model';
import type { TableSource } from './table-rows';
import type { Timing } from './table-timing';

/** What other plans bring in when the plan filter shows them (read-only rows). */
interface Others {
  key: string;
  activities: Activity[];
  budgetLines: BudgetLine[];
  tasks: Task[];
  planNames: [string, string][];
  findings: Finding[];
}
const NONE: Others = { key: '', activities: [], budgetLines: [], tasks: [], planNames: [], findings: [] };

/**
 * Every read and write of the activity table, in one place (so the data flow can change under
 * it without the view noticing): this plan from its snapshot and its live conflict list, other
 * plans fetched when the plan filter asks for them; edits through the same channels as the
 * calendar (activity/update for one cell, activity/update-many and activity/delete-many for a
 * selection), each one undoable edit.
 */
export function useActivityTable(
  snapshot: PlanSnapshot,
  planFilter: string,
  conflicts: Pick<Conflicts, 'findings' | 'model'>,
  t: TFunction,
  lang: Lang,
) {
  const { api, loadSnapshot, loadConflicts } = useWorkspace();
  // Bumped by a refused edit: the grid rebuilds its rows from what is stored, undoing the typed value.
  const [refusals, setRefusals] = useState(0);
  const notices = useNotices();
  const planId = snapshot.plan.id;
  const [others, setOthers] = useState<Others>(NONE);

  // Other plans' snapshots and findings are the workspace's held reads, carried across edits by
  // their outcomes: an edit costs no request here.
  const plans = usePlans().data;
  useEffect(() => {
    if (planFilter === '' || !plans) return;
    let current = true;
    (async () => {
      const ids = (planFilter === 'all' ? plans.map((p) => p.id) : [planFilter]).filter((id) => id !== planId);
      const snaps = await Promise.all(ids.map((id) => loadSnapshot(id)));
      const lists = await Promise.all(ids.map((id) => loadConflicts(id)));
      if (!current) return;
      setOthers({
        key: planFilter,
        activities: snaps.flatMap((s) => s.activities),
        budgetLines: snaps.flatMap((s) => s.budgetLines),
        tasks: snaps.flatMap((s) => s.tasks),
        planNames: plans.map((p) => [p.id, p.name]),
        findings: [...new Map(lists.flatMap((l) => l.findings).map((f) => [f.key, f])).values()],
      });
    })().catch((error: unknown) => current && notices.error(error));
    return () => {
      current = false;
    };
  }, [loadSnapshot, loadConflicts, plans, planFilter, planId, notices]);

  const source = useMemo<TableSource>(() => {
    void refusals; // a fresh source after a refusal: the grid reads every row again
    const extra = planFilter !== '' && others.key === planFilter ? others : NONE;
    const seen = new Set(conflicts.findings.map((f) => f.key));
    return {
      activities: extra.activities.length ? [...snapshot.activities, ...extra.activities] : snapshot.activities,
      planNames: new Map([...extra.planNames, [planId, snapshot.plan.name]]),
      budgetLines: extra.budgetLines.length ? [...snapshot.budgetLines, ...extra.budgetLines] : snapshot.budgetLines,
      tasks: extra.tasks.length ? [...snapshot.tasks, ...extra.tasks] : snapshot.tasks,
      findings: extra.findings.length
        ? [...conflicts.findings, ...extra.findings.filter((f) => !seen.has(f.key))]
        : conflicts.findings,
      resources: snapshot.resources,
      segments: snapshot.segments,
    };
  }, [snapshot, planId, planFilter, others, conflicts.findings, refusals]);

  const run = useCallback(
    async (work: Promise<unknown>, done: string): Promise<boolean> => {
      try {
        await work;
        notices.info(done);
        return true;
      } catch (error) {
        notices.error(error);
        setRefusals((n) => n + 1);
        return false;
      }
    },
    [notices],
  );

  /** The drag's verdict for a typed timing: which conflicts it would newly be part of. */
  const verdictOf = useCallback(
    (a: Activity, timing: Timing, edge: 'start' | 'end'): string => {
      const model = conflicts.model;
      if (!model || !model.begin(a.id)) return '';
      let v: DropVerdict;
      try {
        v = model.previewTiming(timing, a.allDay, (edge === 'end' ? timing.end : timing.start).slice(0, 10));
      } finally {
        model.end();
      }
      const severity = v.outside ? 'outside' : v.hard.length ? 'hard' : v.soft.length ? 'soft' : 'ok';
      const head = t(`schedule:${edge === 'end' ? 'resizeTo' : 'drop'}.${severity}`, { day: v.day });
      const list = v.hard.length ? v.hard : v.soft;
      return [head, ...list.slice(0, 3).map((f) => `• ${f.message[lang]}`)].join(' ');
    },
    [conflicts.model, t, lang],
  );

  const setTiming = useCallback(
    (a: Activity, timing: Timing, edge: 'start' | 'end') => {
      const verdict = verdictOf(a, timing, edge);
      const done =
        edge === 'start'
          ? t('schedule:moved', { title: a.title, day: timing.start.slice(0, 10) })
          : t('edit.end', { title: a.title, day: timing.end.slice(0, 10) });
      return run(api.invoke('activity/update', { id: a.id, ...timing }), verdict ? `${done} · ${verdict}` : done);
    },
    [api, run, t, verdictOf],
  );

  const rename = useCallback(
    (a: Activity, title: string) =>
      run(api.invoke('activity/update', { id: a.id, title }), t('edit.renamed', { title })),
    [api, run, t],
  );

  const statusName = useCallback((s: ActivityStatus) => t(`translation:enum.activityStatus.${s}`), [t]);
  const setStatus = useCallback(
    (a: Activity, status: ActivityStatus) =>
      run(
        api.invoke('activity/update', { id: a.id, status }),
        t('edit.status', { title: a.title, status: statusName(status) }),
      ),
    [api, run, t, statusName],
  );
  const setStatusMany = useCallback(
    (ids: string[], status: ActivityStatus) =>
      run(
        api.invoke('activity/update-many', { ids, status }),
        t('bulk.statusDone', { count: ids.length, status: statusName(status) }),
      ),
    [api, run, t, statusName],
  );
  const shiftMany = useCallback(
    (ids: string[], days: number) =>
      run(
        api.invoke('activity/update-many', { ids, shiftDays: days }),
        t('bulk.shiftDone', { count: ids.length, days }),
      ),
    [api, run, t],
  );
  const deleteMany = useCallback(
    (ids: string[]) => run(api.invoke('activity/delete-many', { ids }), t('bulk.deleted', { count: ids.length })),
    [api, run, t],
  );

  const edits = useMemo(
    () => ({ setTiming, rename, setStatus, setStatusMany, shiftMany, deleteMany }),
    [setTiming, rename, setStatus, setStatusMany, shiftMany, deleteMany],
  );
  return { source, edits };
}

export type TableEdits = ReturnType<typeof useActivityTable>['edits'];
