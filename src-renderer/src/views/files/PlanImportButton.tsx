import { useState } from 'react';
import type { PlanImportPreview } from '../../../../src-shared/contract-files';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { chooseFile, readUpload } from './file-transfer';
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
  const notices = useNotices();
  const [preview, setPreview] = useState<PlanImportPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const file = await chooseFile('.dangqi,application/json');
    if (!file) return;
    setBusy(true);
    try {
      setPreview(await api.invoke('file/preview-plan-import', await readUpload(file)));
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy} data-testid={testId}>
        {t('importPlan')}
      </button>
      {preview && (
        <PlanImportDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onImported={(planIds) => {
            setPreview(null);
            if (planIds[0]) onOpen(planIds[0]);
          }}
        />
      )}
    </>
  );
}
