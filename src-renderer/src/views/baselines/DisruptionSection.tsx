import { useState } from 'react';
import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Disruption } from '../../../../src-shared/contract-baselines';
import type { Proposal } from '../../../../src-shared/rules';
import { DateInput } from '../../components/DateInput';
import type { Lang } from '../../i18n';
import { useNotices } from '../../state/NoticeContext';
import { useWorkspace } from '../../state/WorkspaceContext';

type Kind = Disruption['kind'];

/**
 * 突发调整: mark a resource closed for some days, a channel capped or an activity cancelled; the
 * solver proposes the fewest changes against the reference 定稿, each with its reason, and
 * "apply" writes the disruption and the moves as one undoable edit.
 */
export function DisruptionSection({ snapshot, t, lang }: { snapshot: PlanSnapshot; t: TFunction; lang: Lang }) {
  const { api } = useWorkspace();
  const notices = useNotices();
  const [kind, setKind] = useState<Kind>('resource-closed');
  const [resourceId, setResourceId] = useState(snapshot.resources[0]?.id ?? '');
  const [activityId, setActivityId] = useState(snapshot.activities[0]?.id ?? '');
  const [from, setFrom] = useState(snapshot.plan.startDate);
  const [to, setTo] = useState(snapshot.plan.startDate);
  const [cap, setCap] = useState('0');
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const titles = new Map(snapshot.activities.map((a) => [a.id, a.title]));

  const disruption = (): Disruption =>
    kind === 'resource-closed'
      ? { kind, resourceId, from, to }
      : kind === 'channel-capped'
        ? { kind, resourceId, dailyCapacity: Math.max(0, Math.floor(Number(cap) || 0)) }
        : { kind, activityId };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      notices.error(error);
    } finally {
      setBusy(false);
    }
  };
  const propose = () =>
    run(async () => {
      setProposal(await api.invoke('baseline/replan-propose', { planId: snapshot.plan.id, disruption: disruption() }));
    });
  const apply = (p: Proposal) =>
    run(async () => {
      await api.invoke('baseline/replan-apply', { proposalId: p.id });
      setProposal(null);
      notices.info(t('replan.applied', { count: p.moves.length }));
    });

  const resources =
    kind === 'channel-capped'
      ? snapshot.resources.filter((r) => r.kind === 'channel')
      : snapshot.resources.filter((r) => r.kind !== 'channel');
  return (
    <section aria-label={t('replan.heading')} data-testid="replan">
      <h3>{t('replan.heading')}</h3>
      <div className="baselines-form">
        <label>
          {t('replan.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)} data-testid="replan-kind">
            <option value="resource-closed">{t('replan.closed')}</option>
            <option value="channel-capped">{t('replan.capped')}</option>
            <option value="activity-cancelled">{t('replan.cancelled')}</option>
          </select>
        </label>
        {kind === 'activity-cancelled' ? (
          <label>
            {t('replan.activity')}
            <select value={activityId} onChange={(e) => setActivityId(e.target.value)}>
              {snapshot.activities.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title} ({a.start.slice(0, 10)})
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label>
            {t('replan.resource')}
            <select value={resourceId} onChange={(e) => setResourceId(e.target.value)} data-testid="replan-resource">
              {resources.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'resource-closed' && (
          <>
            <label>
              {t('replan.from')}
              <DateInput lang={lang} value={from} onChange={setFrom} data-testid="replan-from" />
            </label>
            <label>
              {t('replan.to')}
              <DateInput lang={lang} value={to} onChange={setTo} data-testid="replan-to" />
            </label>
          </>
        )}
        {kind === 'channel-capped' && (
          <label>
            {t('replan.cap')}
            <input type="number" min={0} value={cap} onChange={(e) => setCap(e.target.value)} />
          </label>
        )}
        <button type="button" disabled={busy} onClick={() => void propose()} data-testid="replan-propose">
          {t('replan.propose')}
        </button>
      </div>
      {proposal && (
        <div data-testid="replan-proposal">
          <p>{t('replan.summary', { count: proposal.moves.length })}</p>
          <ul>
            {proposal.moves.map((m) => (
              <li key={m.activityId} data-testid="replan-move" data-activity-id={m.activityId}>
                {titles.get(m.activityId) ?? m.activityId}: {m.oldStart} → {m.newStart} · {m.reason[lang]}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void apply(proposal)}
            data-testid="replan-apply"
          >
            {t('replan.apply')}
          </button>
        </div>
      )}
    </section>
  );
}
