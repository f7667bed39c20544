import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingStep } from '../state/useUndoRedo';
import { usePlanSnapshot } from '../state/usePlans';
import { Modal } from './Modal';

interface Props {
  step: PendingStep;
  /** The plan on screen, named in the question. */
  planOnScreen: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * "The next undo belongs to another plan": asked before an undo or redo that would change a
 * plan the planner is not looking at. Enter takes the step (the button has the focus, as after
 * Ctrl+Z the planner's hand is on the keyboard), Esc or Cancel leaves everything as it is.
 */
export function OtherPlanStepDialog({ step, planOnScreen, onConfirm, onClose }: Props) {
  const { t } = useTranslation();
  const current = usePlanSnapshot(planOnScreen).data?.plan.name ?? '';
  const ok = useRef<HTMLButtonElement>(null);
  // After the modal opened (its effect runs before this one): showModal focuses the close button.
  useEffect(() => ok.current?.focus(), []);
  const which = step.which;
  return (
    <Modal
      title={t(which === 'undo' ? 'history.otherPlan.undoTitle' : 'history.otherPlan.redoTitle')}
      onClose={onClose}
      size="small"
      testId="other-plan-step"
      footer={
        <>
          <button type="button" onClick={onClose} data-testid="other-plan-step-cancel">
            {t('common.cancel')}
          </button>
          <button type="button" className="primary" ref={ok} onClick={onConfirm} data-testid="other-plan-step-ok">
            {t(which === 'undo' ? 'history.otherPlan.undoOk' : 'history.otherPlan.redoOk')}
          </button>
        </>
      }
    >
      <p data-testid="other-plan-step-message">
        {t(which === 'undo' ? 'history.otherPlan.undo' : 'history.otherPlan.redo', { label: step.label, current })}
      </p>
    </Modal>
  );
}
