import { useState } from 'react';
import { useNotices } from '../../state/NoticeContext';
import { chooseFile, readUpload, type Upload } from './file-transfer';

/**
 * A plan file chosen by the planner and previewed by main (import or merge): the preview while
 * its dialog is open, whether the file is still being read, and the action that starts it all.
 * A refusal (not a plan file, damaged) is shown as a notice and leaves nothing open.
 */
export function usePlanFilePreview<P>(preview: (upload: Upload) => Promise<P>) {
  const notices = useNotices();
  const [shown, setShown] = useState<P | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    const file = await chooseFile('.dangqi,application/json');
    if (!file) return;
    setBusy(true);
    try {
      setShown(await preview(await readUpload(file)));
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };
  return { preview: shown, close: () => setShown(null), busy, start };
}
