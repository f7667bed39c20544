import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { usePlanFilePreview } from './usePlanFilePreview';
import { filesStrings } from './files-i18n';
import { PlanImportDialog } from './PlanImportDialog';
import './files.css';

/** The plan list's "Import plan file" button: choose a .dangqi file, preview it, apply, open the plan. */
export function PlanImportButton({
  onOpen,
  testId = 'plan-import',
}: {
  onOpen: (planId: string) => void;
  testId?: string;
}) {
  const { t } = useBundle('files', filesStrings);
  const { api } = useWorkspace();
  const { preview, close, busy, start } = usePlanFilePreview((upload) =>
    api.invoke('file/preview-plan-import', upload),
  );

  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy} data-testid={testId}>
        {t('importPlan')}
      </button>
      {preview && (
        <PlanImportDialog
          preview={preview}
          onClose={close}
          onImported={(planIds) => {
            close();
            if (planIds[0]) onOpen(planIds[0]);
          }}
        />
      )}
    </>
  );
}
