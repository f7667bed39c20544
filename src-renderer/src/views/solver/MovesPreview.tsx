import type { TFunction } from 'i18next';
import { listSeparator } from '../../i18n';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { RULE_IDS, RULE_LABELS, type Proposal } from '../../../../src-shared/rules';
import type { Lang } from '../../i18n';

interface Props {
  proposal: Proposal;
  snapshot: PlanSnapshot;
  taken: ReadonlySet<string>;
  onToggle: (activityId: string) => void;
  /** The time limit the planner chose, in seconds. */
  limitSeconds: number;
  t: TFunction;
  lang: Lang;
}

const range = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);
const score = (n: number) => String(Math.round(n * 100) / 100);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * The outcome in the header's units (conflicts counted one by one, hard and soft, then by rule),
 * the weighted score as a detail, why the solver stopped, then every proposed move with its
 * reason, each one taken or left by a checkbox.
 */
export function MovesPreview({ proposal, snapshot, taken, onToggle, limitSeconds, t, lang }: Props) {
  const name = (id: string) => snapshot.resources.find((r) => r.id === id)?.name ?? id;
  const { before, after } = proposal.counts;
  const rules = RULE_IDS.filter((r) => (before.byRule[r] ?? 0) + (after.byRule[r] ?? 0) > 0);
  const stats = proposal.stats;
  return (
    <div className="solver-preview" data-testid="solver-preview">
      <p className="solver-counts" data-testid="solver-counts">
        {t('counts', { bh: before.hard, ah: after.hard, bs: before.soft, as: after.soft })}
      </p>
      {rules.length > 0 && (
        <ul className="solver-by-rule" data-testid="solver-by-rule">
          {rules.map((r) => (
            <li key={r} data-rule={r}>
              {t('byRule', { rule: RULE_LABELS[r][lang], before: before.byRule[r] ?? 0, after: after.byRule[r] ?? 0 })}
            </li>
          ))}
        </ul>
      )}
      <p className="muted" data-testid="solver-stopped" data-stopped={stats.stopped}>
        {t(`stopped.${stats.stopped}`, {
          best: seconds(stats.timeToBestMs),
          elapsed: seconds(stats.elapsedMs),
          limit: limitSeconds,
        })}
      </p>
      <p className="muted solver-score" data-testid="solver-before-after">
        {t('score', {
          bh: score(proposal.before.hard),
          bs: score(proposal.before.soft),
          ah: score(proposal.after.hard),
          as: score(proposal.after.soft),
        })}
      </p>
      {proposal.moves.length === 0 ? (
        <p className="muted">{t('noMoves')}</p>
      ) : (
        <table className="solver-moves">
          <thead>
            <tr>
              <th>{t('col.take')}</th>
              <th>{t('col.activity')}</th>
              <th>{t('col.before')}</th>
              <th>{t('col.after')}</th>
              <th>{t('col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {proposal.moves.map((m) => (
              <tr key={m.activityId} data-testid="solver-move" data-activity-id={m.activityId}>
                <td>
                  <input
                    type="checkbox"
                    checked={taken.has(m.activityId)}
                    onChange={() => onToggle(m.activityId)}
                    aria-label={m.title}
                  />
                </td>
                <td>{m.title}</td>
                <td>{range(m.oldStart, m.oldEnd)}</td>
                <td>
                  {range(m.newStart, m.newEnd)}
                  {m.swaps.map((s) => (
                    <div key={s.fromResourceId} className="muted">
                      {t('swap', { from: name(s.fromResourceId), to: name(s.toResourceId) })}
                    </div>
                  ))}
                </td>
                <td>{m.reason[lang]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {proposal.unplaced.length > 0 && (
        <p className="muted">
          {t('unplaced', { titles: proposal.unplaced.map((u) => u.title).join(listSeparator(lang)) })}
        </p>
      )}
    </div>
  );
}
