import { useCallback, useEffect, useState } from 'react';
import type { ConcurrentEdit } from '../../../../src-shared/contract-sync';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { fieldLabel, valueText } from './field-text';
import { teamStrings } from './team-i18n';

interface Item extends ConcurrentEdit {
  planName: string;
}

/**
 * 并发修改: the fields two planners changed at once, in every plan here. Each shows the value
 * every laptop shows and the other one; keeping either is one undoable edit, after which the
 * field has one value everywhere. `refresh` changes whenever the list should be asked again.
 */
export function ConcurrentEditList({ refresh }: { refresh: number }) {
  const { t, i18n } = useBundle('team', teamStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const [items, setItems] = useState<Item[] | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const plans = await api.invoke('plan/list', {});
    const out: Item[] = [];
    for (const plan of plans) {
      for (const edit of await api.invoke('sync/concurrent-edits', { planId: plan.id }))
        out.push({ ...edit, planName: plan.name });
    }
    return out;
  }, [api]);

  useEffect(() => {
    let live = true;
    load().then(
      (list) => live && setItems(list),
      (error) => live && notices.error(error),
    );
    return () => {
      live = false;
    };
  }, [load, refresh, notices]);

  const resolve = async (item: Item, value: ConcurrentEdit['shown']) => {
    setBusy(true);
    try {
      const { planId, entity, id, field } = item;
      await api.invoke('sync/resolve-concurrent', { planId, entity, id, field, value });
      notices.info(t('resolved'));
      setItems(await load());
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section data-testid="concurrent-edits">
      <h3>{t('concurrent')}</h3>
      {items && items.length === 0 && <p className="muted">{t('noConcurrent')}</p>}
      {items && items.length > 0 && (
        <table className="data-table">
          <tbody>
            {items.map((item) => {
              const other = item.others[0] ?? null;
              return (
                <tr key={`${item.planId}|${item.id}|${item.field}`} data-testid="concurrent-edit">
                  <td>
                    {item.planName} · {t(`entity.${item.entity}`)} {item.label && `“${item.label}”`} ·{' '}
                    {fieldLabel(item.field, lang) ?? t('aField')}
                  </td>
                  <td>
                    <div className="muted">{t('shownValue')}</div>
                    <strong data-testid="concurrent-shown">{valueText(item.shown, t('empty'))}</strong>
                  </td>
                  <td>
                    <div className="muted">{t('otherValue')}</div>
                    <span data-testid="concurrent-other">{valueText(other, t('empty'))}</span>
                  </td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => void resolve(item, item.shown)}>
                      {t('keep')}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void resolve(item, other)}
                      data-testid="concurrent-take"
                    >
                      {t('take')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
