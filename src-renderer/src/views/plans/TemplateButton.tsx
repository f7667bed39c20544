import { useState } from 'react';
import { useBundle } from '../budget/use-bundle';
import { TemplateDialog } from './TemplateDialog';
import { templateStrings } from './templates-i18n';
import './templates.css';

/** The plan list's "New from template" button with its dialog, kept apart so PlanList stays small. */
export function TemplateButton({ onOpen }: { onOpen: (planId: string) => void }) {
  const { t } = useBundle('templates', templateStrings);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="template-new">
        {t('open')}
      </button>
      {open && (
        <TemplateDialog
          onClose={() => setOpen(false)}
          onOpen={(planId) => {
            setOpen(false);
            onOpen(planId);
          }}
        />
      )}
    </>
  );
}
