import { useCallback, useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Activity, ActivityType } from '../../../../src-shared/model';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';

export interface Timing {
  start: string;
  end: string;
}

/** The fields a copy takes over from its original (ids, plan and bookkeeping are the service's). */
function copyOf(a: Activity, timing: Timing) {
  return {
    planId: a.planId,
    title: a.title,
    type: a.type,
    status: a.status === 'done' || a.status === 'in_progress' ? ('planned' as const) : a.status,
    allDay: a.allDay,
    ...timing,
    windowStart: a.windowStart,
    windowEnd: a.windowEnd,
    priority: a.priority,
    pinned: false,
    owner: a.owner,
    expectedParticipants: a.expectedParticipants,
    notes: a.notes,
    backupPlan: a.backupPlan,
    claims: a.claims,
    segmentIds: a.segmentIds,
  };
}

/**
 * Every schedule edit is one contract call, so one undoable entry in the service's history; its
 * response's outcome moves the workspace store (snapshot, findings, preview input) before the
 * call resolves. A refused edit changed nothing: the caller reverts what the calendar moved.
 */
export function useScheduleEdits(t: TFunction) {
  const { api } = useWorkspace();
  const notices = useNotices();

  const run = useCallback(
    async (work: Promise<unknown>, done: string | null): Promise<boolean> => {
      try {
        await work;
        if (done) notices.info(done);
        return true;
      } catch (error) {
        notices.error(error);
        return false;
      }
    },
    [notices],
  );

  /** Moves an activity, or (edge 'end') resizes it: the message says which end changed. */
  const move = useCallback(
    async (a: Activity, timing: Timing, edge: 'start' | 'end' = 'start') => {
      const began = performance.now();
      const done =
        edge === 'end'
          ? t('resized', { title: a.title, day: timing.end.replace('T', ' ') })
          : t('moved', { title: a.title, day: timing.start.slice(0, 10) });
      const ok = await run(api.invoke('activity/update', { id: a.id, ...timing }), done);
      // The benchmark's drop round trip (drop_roundtrip_ms_p95_2k): persisted, its outcome applied
      // (the conflict list patched from the findings delta) and re-rendered by the next frame.
      await new Promise((done) => requestAnimationFrame(done));
      performance.measure('dangqi:drop-roundtrip', { start: began, end: performance.now() });
      return ok;
    },
    [api, run, t],
  );

  const duplicate = useCallback(
    (a: Activity, timing: Timing) =>
      run(
        api.invoke('activity/create', copyOf(a, timing)),
        t('duplicated', { title: a.title, day: timing.start.slice(0, 10) }),
      ),
    [api, run, t],
  );

  const createOfType = useCallback(
    (planId: string, type: ActivityType, title: string, day: string) =>
      run(
        api.invoke('activity/create', { planId, type, title, start: day, end: day, status: 'draft' }),
        t('created', { title }),
      ),
    [api, run, t],
  );

  const remove = useCallback((a: Activity) => run(api.invoke('activity/delete', { id: a.id }), null), [api, run]);

  return useMemo(() => ({ move, duplicate, createOfType, remove }), [move, duplicate, createOfType, remove]);
}
