import { useMemo, useState } from 'react';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { BaselineChanges, BaselineInfo } from '../../../../src-shared/contract-baselines';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';
import { useBundle } from '../budget/use-bundle';
import { saveDownload } from '../files/file-transfer';
import { baselineStrings } from './baselines-i18n';
import { DisruptionSection } from './DisruptionSection';
import { ChangeTable } from './ChangeTable';
import { type ChangeRow, changeRows, localInstant } from './change-rows';
import { useBaselineList } from './useBaselines';
import './baselines.css';

/** The plan's months, `YYYY-MM`, first to last. */
export function planMonths(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const last = to.slice(0, 7);
  for (let guard = 0; guard < 1200; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * 定稿 / Baselines: freeze the schedule (the plan or one month) with a name and a note, list the
 * baselines, choose the reference the header, ghosts and table measure against, and compare a
 * baseline with the schedule now or with a later baseline; the change list prints as a 变更单.
 */
export function BaselinesPanel({
  snapshot,
  onClose,
  onPrint,
}: {
  snapshot: PlanSnapshot;
  onClose: () => void;
  /** The print layer cannot sit under this modal dialog: the opener closes it and prints. */
  onPrint: (result: BaselineChanges, rows: ChangeRow[]) => void;
}) {
  const { t, i18n } = useBundle('baselines', baselineStrings);
  const lang = currentLang(i18n.language);
  const { api } = useWorkspace();
  const notices = useNotices();
  const planId = snapshot.plan.id;
  const list = useBaselineList(planId);
  const baselines = list.data ?? [];
  const months = useMemo(() => planMonths(snapshot.plan.startDate, snapshot.plan.endDate), [snapshot.plan]);
  const [month, setMonth] = useState<string>(() => months[0] ?? '');
  const monthLabel = (key: string) => {
    const [y, m] = key.split('-');
    return t('freeze.month', { year: y, month: lang === 'zh-CN' ? Number(m) : m });
  };
  const defaultName = (key: string) => {
    if (key === '') return t('freeze.defaultPlanName', { name: snapshot.plan.name });
    const [y, m] = key.split('-');
    return t('freeze.defaultName', { year: y, month: lang === 'zh-CN' ? Number(m) : m });
  };
  const [name, setName] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState<BaselineInfo | null>(null);
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const [result, setResult] = useState<BaselineChanges | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };

  const freeze = () =>
    run(async () => {
      const info = await api.invoke('baseline/freeze', {
        planId,
        name: name ?? defaultName(month),
        note,
        month: month === '' ? null : month,
      });
      notices.info(t('freeze.done', { name: info.name }));
      setName(null);
      setNote('');
    });

  const from = fromId || baselines.find((b) => b.isReference)?.id || baselines.at(-1)?.id || '';
  const compare = () =>
    run(async () => {
      setResult(await api.invoke('baseline/changes', { id: from, againstId: toId || null }));
    });
  const rows = result ? changeRows(result.changes, lang) : [];

  return (
    <Modal title={t('title')} onClose={onClose} size="large" testId="baselines-panel">
      <section className="baselines-freeze" aria-label={t('freeze.heading')}>
        <h3>{t('freeze.heading')}</h3>
        <div className="baselines-form">
          <label>
            {t('freeze.scope')}
            <select value={month} onChange={(e) => setMonth(e.target.value)} data-testid="baseline-scope">
              <option value="">{t('freeze.wholePlan')}</option>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthLabel(m)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('freeze.name')}
            <input
              value={name ?? defaultName(month)}
              onChange={(e) => setName(e.target.value)}
              maxLength={100}
              data-testid="baseline-name"
            />
          </label>
          <label className="wide">
            {t('freeze.note')}
            <input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={2000}
              data-testid="baseline-note"
            />
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void freeze()}
            data-testid="baseline-freeze"
          >
            {t('freeze.submit')}
          </button>
        </div>
      </section>

      <section aria-label={t('list.heading')}>
        <h3>{t('list.heading')}</h3>
        {baselines.length === 0 ? (
          <p className="muted">{t('list.empty')}</p>
        ) : (
          <table className="baselines-list" data-testid="baselines-list">
            <thead>
              <tr>
                <th>{t('list.reference')}</th>
                <th>{t('list.name')}</th>
                <th>{t('list.scope')}</th>
                <th>{t('list.frozenAt')}</th>
                <th>{t('list.activities')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {baselines.map((b) => (
                <tr key={b.id} data-testid="baseline-row" data-reference={b.isReference}>
                  <td>
                    <input
                      type="radio"
                      name="baseline-reference"
                      checked={b.isReference}
                      aria-label={t('list.makeReference')}
                      disabled={busy}
                      onChange={() => void run(() => api.invoke('baseline/set-reference', { planId, id: b.id }))}
                    />
                  </td>
                  <td title={b.note}>
                    {b.name}
                    {b.note && <div className="muted small">{b.note}</div>}
                  </td>
                  <td>{b.scope ? monthLabel(b.scope.from.slice(0, 7)) : t('freeze.wholePlan')}</td>
                  <td>{localInstant(b.createdAt)}</td>
                  <td>{b.activityCount}</td>
                  <td className="actions">
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => {
                        const next = window.prompt(t('list.renamePrompt'), b.name)?.trim();
                        if (next && next !== b.name)
                          void run(() => api.invoke('baseline/update', { id: b.id, name: next }));
                      }}
                    >
                      {t('list.rename')}
                    </button>
                    <button type="button" className="danger" disabled={busy} onClick={() => setDeleting(b)}>
                      {t('list.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {baselines.length > 0 && (
        <section aria-label={t('compare.heading')}>
          <h3>{t('compare.heading')}</h3>
          <div className="baselines-form">
            <label>
              {t('compare.from')}
              <select value={from} onChange={(e) => setFromId(e.target.value)} data-testid="compare-from">
                {baselines.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('compare.to')}
              <select value={toId} onChange={(e) => setToId(e.target.value)} data-testid="compare-to">
                <option value="">{t('compare.now')}</option>
                {baselines
                  .filter((b) => b.id !== from)
                  .map((b) => (
                    <option key={b.id} value={b.id}>
                      {b.name}
                    </option>
                  ))}
              </select>
            </label>
            <button type="button" disabled={busy || !from} onClick={() => void compare()} data-testid="compare-show">
              {t('compare.show')}
            </button>
            {result && result.changes.length > 0 && (
              <>
                <button type="button" onClick={() => onPrint(result, rows)} data-testid="notice-print">
                  {t('compare.print')}
                </button>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      const d = await api.invoke('baseline/export-notice', {
                        id: result.baseline.id,
                        againstId: result.against?.id ?? null,
                        language: lang,
                      });
                      saveDownload(d);
                    })
                  }
                  data-testid="notice-xlsx"
                >
                  {t('compare.xlsx')}
                </button>
              </>
            )}
          </div>
          {result &&
            (rows.length === 0 ? <p className="muted">{t('compare.none')}</p> : <ChangeTable rows={rows} t={t} />)}
        </section>
      )}

      <DisruptionSection snapshot={snapshot} t={t} lang={lang} />

      {deleting && (
        <ConfirmDialog
          title={deleting.name}
          message={t('list.deleteAsk', { name: deleting.name })}
          confirmLabel={t('list.delete')}
          onConfirm={() => run(() => api.invoke('baseline/delete', { id: deleting.id }))}
          onClose={() => setDeleting(null)}
        />
      )}
    </Modal>
  );
}
