import { useCallback, useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { AMOUNT_REASONS, parseAmount } from '../../../../src-shared/budget/money';
import { parseDay } from '../../../../src-shared/budget/paste';
import type { BudgetLine, BudgetLinePatch } from '../../../../src-shared/model';
import { currentLang } from '../../i18n';
import { errorText } from '../../state/error-text';
import { useWorkspace } from '../../state/WorkspaceContext';
import type { EditableField } from './budget-columns';
import { reconcile } from './budget-rows';

const MONEY_FIELDS = new Set<EditableField>(['plannedCents', 'committedCents', 'actualCents']);

/**
 * The grid's cache of the plan's lines: seeded from the snapshot, and replaced line by line by
 * the service's answer to each edit (so roll-ups move as soon as the edit is durable; the
 * snapshot the edit's outcome patches agrees). Refused input never reaches the service.
 */
export function useBudgetLines(snapshotLines: readonly BudgetLine[], t: TFunction, language: string) {
  const { api } = useWorkspace();
  const [lines, setLines] = useState<BudgetLine[]>(() => [...snapshotLines]);
  const [message, setMessage] = useState<{ kind: 'refused' | 'error'; text: string } | null>(null);
  const lang = currentLang(language);

  useEffect(() => setLines((prev) => reconcile(prev, snapshotLines)), [snapshotLines]);

  const replace = useCallback((next: BudgetLine) => {
    setLines((prev) => prev.map((l) => (l.id === next.id ? next : l)));
  }, []);

  const refuse = useCallback((reason: string) => setMessage({ kind: 'refused', text: t('refused', { reason }) }), [t]);

  const onEdit = useCallback(
    (line: BudgetLine, field: EditableField, raw: unknown) => {
      let value: unknown = raw;
      if (MONEY_FIELDS.has(field)) {
        if (typeof raw === 'number') return; // the editor closed without a change
        const parsed = parseAmount(String(raw ?? ''));
        if (!parsed.ok) return refuse(AMOUNT_REASONS[parsed.reason][lang === 'en' ? 'en' : 'zh']);
        value = parsed.cents;
      } else if (field === 'date') {
        const text = String(raw ?? '').trim();
        value = text === '' ? null : parseDay(text);
        if (value === null && text !== '') return refuse(t('badDate'));
      } else if (typeof raw === 'string' && field !== 'notes') {
        value = raw.trim();
      }
      if (line[field] === value) return;
      const patch = { id: line.id, [field]: value } as BudgetLinePatch;
      api.invoke('budget/update-line', patch).then(
        (saved) => {
          setMessage(null);
          replace(saved);
        },
        (error: unknown) => setMessage({ kind: 'error', text: errorText(error, lang) }),
      );
    },
    [api, lang, refuse, replace, t],
  );

  return { lines, onEdit, message, setMessage };
}
