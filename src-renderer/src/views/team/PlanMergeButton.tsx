import { useState } from 'react';
import type { PlanMergePreview } from '../../../../src-shared/contract-merge';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { chooseFile, readUpload } from '../files/file-transfer';
import { PlanMergeDialog } from './PlanMergeDialog';
import { teamStrings } from './team-i18n';

/** The plan list's "Merge plan file" button: a colleague's copy of a plan here, previewed, then merged. */
export function PlanMergeButton({ onOpen }: { onOpen: (planId: string) => void }) {
  const { t } = useBundle('team', teamStrings);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [preview, setPreview] = useState<PlanMergePreview | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    const file = await chooseFile('.dangqi,application/json');
    if (!file) return;
    setBusy(true);
    try {
      setPreview(await api.invoke('file/preview-plan-merge', await readUpload(file)));
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void start()} disabled={busy} data-testid="plan-merge">
        {t('mergePlan')}
      </button>
      {preview && (
        <PlanMergeDialog
          preview={preview}
          onClose={() => setPreview(null)}
          onMerged={(planIds) => {
            setPreview(null);
            if (planIds[0]) onOpen(planIds[0]);
          }}
        />
      )}
    </>
  );
}
