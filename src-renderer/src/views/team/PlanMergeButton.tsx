import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { usePlanFilePreview } from '../files/usePlanFilePreview';
import { PlanMergeDialog } from './PlanMergeDialog';
import { teamStrings } from './team-i18n';

/** The plan list's "Merge plan file" button: a colleague's copy of a plan here, previewed, then merged. */
export function PlanMergeButton({ onOpen }: { onOpen: (planId: string) => void }) {
  const { t } = useBundle('team', teamStrings);
  const { api } = useWorkspace();
  const { preview, close, busy, start } = usePlanFilePreview((upload) => api.invoke('file/preview-plan-merge', upload));

  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy} data-testid="plan-merge">
        {t('mergePlan')}
      </button>
      {preview && (
        <PlanMergeDialog
          preview={preview}
          onClose={close}
          onMerged={(planIds) => {
            close();
            if (planIds[0]) onOpen(planIds[0]);
          }}
        />
      )}
    </>
  );
}
