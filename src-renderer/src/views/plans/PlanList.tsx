import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../src-shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useNotices } from '../../state/NoticeContext';
import { usePlans } from '../../state/usePlans';
import { useWorkspace } from '../../state/WorkspaceContext';
import { formatTimestamp } from '../../util/dates';
import { PlanImportButton } from '../files/PlanImportButton';
import { PlanMergeButton } from '../team/PlanMergeButton';
import { PlanDialog } from './PlanDialog';
import { FirstStart } from './FirstStart';
import { TemplateButton } from './TemplateButton';
import { TemplateDialog } from './TemplateDialog';
import type { TemplateId } from '../../../../src-shared/templates';

type Dialog = { kind: 'create' } | { kind: 'rename'; plan: Plan } | { kind: 'delete'; plan: Plan } | null;

export function PlanList({ onOpen }: { onOpen: (planId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { api } = useWorkspace();
  const notices = useNotices();
  const plans = usePlans();
  const [dialog, setDialog] = useState<Dialog>(null);
  // The template a first-start card chose: its dialog stays open when the new plan ends the empty list.
  const [firstTemplate, setFirstTemplate] = useState<TemplateId | null>(null);

  const remove = async (plan: Plan) => {
    try {
      await api.invoke('plan/delete', { id: plan.id });
    } catch (error) {
      notices.error(error);
    }
  };

  return (
    <section className="page" aria-labelledby="plans-title" data-testid="plan-list">
      <div className="toolbar">
        <h1 id="plans-title">{t('plans.title')}</h1>
        <div className="toolbar-spacer" />
        <PlanImportButton onOpen={onOpen} />
        <PlanMergeButton onOpen={onOpen} />
        <TemplateButton onOpen={onOpen} />
        <button
          type="button"
          className="primary"
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="plan-create"
        >
          + {t('plans.create')}
        </button>
      </div>
      {plans.error !== null && <ErrorPanel error={plans.error} />}
      {plans.data && plans.data.length === 0 && <FirstStart onOpen={onOpen} onChoose={setFirstTemplate} />}
      {firstTemplate && (
        <TemplateDialog
          templateId={firstTemplate}
          onClose={() => setFirstTemplate(null)}
          onOpen={(planId) => {
            setFirstTemplate(null);
            onOpen(planId);
          }}
        />
      )}
      {plans.data && plans.data.length > 0 && (
        <table className="table plans-table" data-testid="plans-table">
          <thead>
            <tr>
              <th>{t('plans.name')}</th>
              <th>{t('plans.range')}</th>
              <th>{t('plans.updated')}</th>
              <th className="col-actions">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.data.map((plan) => (
              <tr key={plan.id} data-testid="plan-row" data-plan-id={plan.id} onDoubleClick={() => onOpen(plan.id)}>
                <td>
                  <button
                    type="button"
                    className="link-button strong"
                    onClick={() => onOpen(plan.id)}
                    data-testid="plan-open"
                  >
                    {plan.name}
                  </button>
                </td>
                <td className="mono">
                  {plan.startDate} – {plan.endDate}
                </td>
                <td className="muted">{formatTimestamp(plan.updatedAt, i18n.language)}</td>
                <td className="col-actions">
                  <button
                    type="button"
                    className="small"
                    onClick={() => setDialog({ kind: 'rename', plan })}
                    data-testid="plan-rename"
                  >
                    {t('common.rename')}
                  </button>
                  <button
                    type="button"
                    className="small danger-text"
                    onClick={() => setDialog({ kind: 'delete', plan })}
                    data-testid="plan-delete"
                  >
                    {t('common.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dialog?.kind === 'create' && (
        <PlanDialog
          onClose={() => setDialog(null)}
          onSaved={(p) => {
            setDialog(null);
            onOpen(p.id);
          }}
        />
      )}
      {dialog?.kind === 'rename' && (
        <PlanDialog plan={dialog.plan} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title={t('plans.deleteTitle')}
          message={t('plans.deleteConfirm', { name: dialog.plan.name })}
          confirmLabel={t('common.delete')}
          onConfirm={() => remove(dialog.plan)}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
