import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../state/NoticeContext';
import { ConfirmDialog } from '../ConfirmDialog';
import type { FieldSpec, FormValues } from './form-values';
import { RecordDialog } from './RecordDialog';

interface EditorOptions<T> {
  fields: readonly FieldSpec[];
  empty: FormValues;
  toValues: (row: T) => FormValues;
  create: (values: FormValues) => Promise<unknown>;
  update: (row: T, values: FormValues) => Promise<unknown>;
  remove: (row: T) => Promise<unknown>;
  titles: { create: string; edit: string };
  deleteMessage: (row: T) => string;
  testId: string;
}

type Open<T> = { kind: 'create' } | { kind: 'edit'; row: T } | { kind: 'delete'; row: T } | null;

/** The add/edit/delete dialogs shared by the simple record views; each save moves the workspace revision. */
export function useRecordEditor<T>(o: EditorOptions<T>): {
  dialogs: ReactNode;
  add: () => void;
  edit: (row: T) => void;
  askDelete: (row: T) => void;
} {
  const { t } = useTranslation();
  const notices = useNotices();
  const [open, setOpen] = useState<Open<T>>(null);
  const close = () => setOpen(null);

  let dialogs: ReactNode = null;
  if (open?.kind === 'create' || open?.kind === 'edit') {
    const row = open.kind === 'edit' ? open.row : null;
    dialogs = (
      <RecordDialog
        title={row ? o.titles.edit : o.titles.create}
        fields={o.fields}
        initial={row ? o.toValues(row) : o.empty}
        onSubmit={async (values) => {
          await (row ? o.update(row, values) : o.create(values));
        }}
        onClose={close}
        testId={o.testId}
      />
    );
  } else if (open?.kind === 'delete') {
    const row = open.row;
    dialogs = (
      <ConfirmDialog
        title={t('common.delete')}
        message={o.deleteMessage(row)}
        confirmLabel={t('common.delete')}
        onConfirm={async () => {
          try {
            await o.remove(row);
          } catch (error) {
            notices.error(error);
          }
        }}
        onClose={close}
      />
    );
  }

  return {
    dialogs,
    add: () => setOpen({ kind: 'create' }),
    edit: (row) => setOpen({ kind: 'edit', row }),
    askDelete: (row) => setOpen({ kind: 'delete', row }),
  };
}
