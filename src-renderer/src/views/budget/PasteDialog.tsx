import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { categoryLabel } from '../../../../src-shared/budget/categories';
import { formatCny } from '../../../../src-shared/budget/money';
import { type LineDraft, type PasteContext, parsePastedLines } from '../../../../src-shared/budget/paste';
import { Modal } from '../../components/Modal';

interface Props {
  initialText: string;
  context: PasteContext;
  /** The plan's first and last day: a pasted date outside them is flagged (an Excel serial read wrong, a typo). */
  planRange: { from: string; to: string };
  t: TFunction;
  lang: 'zh-CN' | 'en';
  onInsert: (drafts: LineDraft[]) => Promise<void>;
  onClose: () => void;
}

/**
 * Preview of rows pasted from a spreadsheet: what each row became and why a cell was refused.
 * Only rows without problems are inserted, all in one undoable edit.
 */
export function PasteDialog({ initialText, context, planRange, t, lang, onInsert, onClose }: Props) {
  const [text, setText] = useState(initialText);
  const [busy, setBusy] = useState(false);
  const parsed = useMemo(() => parsePastedLines(text, context), [text, context]);
  const good = parsed.rows.filter((r) => r.errors.length === 0);
  const bad = parsed.rows.length - good.length;

  const insert = async () => {
    setBusy(true);
    try {
      await onInsert(good.map((r) => r.draft));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={t('pasteTitle')}
      onClose={onClose}
      size="large"
      testId="paste-dialog"
      footer={
        <button
          type="button"
          className="primary"
          disabled={busy || good.length === 0}
          onClick={() => void insert()}
          data-testid="paste-insert"
        >
          {good.length ? t('pasteInsert', { count: good.length }) : t('pasteNone')}
        </button>
      }
    >
      <p className="muted">{t('pasteHint')}</p>
      <textarea
        className="paste-text"
        rows={5}
        value={text}
        onChange={(e) => setText(e.target.value)}
        data-testid="paste-text"
        aria-label={t('pasteTitle')}
      />
      <p data-testid="paste-summary">{t('pasteRows', { ok: good.length, bad })}</p>
      <table className="table" data-testid="paste-preview">
        <thead>
          <tr>
            <th>#</th>
            <th>{t('col.category')}</th>
            <th>{t('col.description')}</th>
            <th className="num">{t('col.planned')}</th>
            <th className="num">{t('col.actual')}</th>
            <th>{t('col.date')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {parsed.rows.map((r) => (
            <tr key={r.rowNumber} className={r.errors.length ? 'row-error' : undefined} data-testid="paste-row">
              <td>{t('row', { n: r.rowNumber })}</td>
              <td>{categoryLabel(r.draft.category, lang)}</td>
              <td>{r.draft.description}</td>
              <td className="num">{formatCny(r.draft.plannedCents)}</td>
              <td className="num">{formatCny(r.draft.actualCents)}</td>
              <td>
                {r.draft.date ?? ''}
                {r.draft.date && (r.draft.date < planRange.from || r.draft.date > planRange.to) && (
                  <span className="error-text" data-testid="paste-date-outside">
                    {' ⚠ '}
                    {t('dateOutsidePlan', planRange)}
                  </span>
                )}
              </td>
              <td className="error-text">{r.errors.map((e) => (lang === 'en' ? e.en : e.zh)).join('；')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
