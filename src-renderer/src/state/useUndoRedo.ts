import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRef } from '../../../src-shared/contract';
import type { LocalizedText } from '../../../src-shared/errors';
import { currentLang } from '../i18n';
import { useNotices } from './NoticeContext';
import { useHistoryState } from './usePlans';
import { useWorkspace } from './WorkspaceContext';

/** True while the keyboard belongs to a field or a dialog, where Ctrl+Z must stay the field's own undo. */
function keyboardIsBusy(target: EventTarget | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export type HistoryStep = 'undo' | 'redo';

/** A step that belongs to other plans than the one on screen, waiting for the planner's yes. */
export interface PendingStep {
  which: HistoryStep;
  /** The step's label with its plans in front: "〔2027年会员档期〕修改活动「会员沙龙」". */
  label: string;
}

/**
 * Undo/redo against the service's persistent history, plus the global shortcuts. The history is
 * one line for the whole workspace (an edit may touch several plans: a workspace-wide solve, a
 * shared venue), so a step is never silently taken in a plan the planner is not looking at:
 * the step's plans are read fresh at the keystroke, and when none of them is the plan on
 * screen, `pending` holds the step until the planner confirms it (or lets it go).
 */
export function useUndoRedo(planOnScreen: string | null) {
  const { api } = useWorkspace();
  const { i18n, t } = useTranslation();
  const notices = useNotices();
  const history = useHistoryState();
  const lang = currentLang(i18n.language);
  const [pending, setPending] = useState<PendingStep | null>(null);

  const named = useCallback(
    (label: LocalizedText, plans: readonly PlanRef[]) =>
      plans.map((p) => t('history.inPlan', { name: p.name })).join('') + label[lang],
    [lang, t],
  );

  const take = useCallback(
    async (which: HistoryStep) => {
      try {
        const result = await api.invoke(which === 'undo' ? 'history/undo' : 'history/redo', {});
        const label = named(result.label, result.plans);
        notices.info(t(which === 'undo' ? 'history.undone' : 'history.redone', { label }));
      } catch (error) {
        notices.error(error);
      }
    },
    [api, named, notices, t],
  );

  const run = useCallback(
    async (which: HistoryStep) => {
      if (planOnScreen !== null) {
        try {
          const now = await api.invoke('history/state', {});
          const label = which === 'undo' ? now.undoLabel : now.redoLabel;
          const plans = which === 'undo' ? now.undoPlans : now.redoPlans;
          if (label && plans.length > 0 && !plans.some((p) => p.id === planOnScreen)) {
            setPending({ which, label: named(label, plans) });
            return;
          }
        } catch (error) {
          notices.error(error);
          return;
        }
      }
      await take(which);
    },
    [api, named, notices, planOnScreen, take],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || keyboardIsBusy(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        void run('undo');
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        void run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return {
    history: history.data,
    undo: () => run('undo'),
    redo: () => run('redo'),
    lang,
    /** The label with its plans in front, for the header's buttons. */
    named,
    pending,
    confirmPending: async () => {
      const step = pending;
      setPending(null);
      if (step) await take(step.which);
    },
    dismissPending: () => setPending(null),
  };
}
