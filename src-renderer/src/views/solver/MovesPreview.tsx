import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import type { Proposal } from '../../../../src-shared/rules';
import type { Lang } from '../../i18n';

interface Props {
  proposal: Proposal;
  snapshot: PlanSnapshot;
  taken: ReadonlySet<string>;
  onToggle: (activityId: string) => void;
  t: TFunction;
  lang: Lang;
}

const range = (start: string, end: string) => (start === end ? start : `${start} – ${end}`);
const score = (n: number) => String(Math.round(n * 100) / 100);

/** The before/after of every proposed move with its reason, each one taken or left by a checkbox. */
export function MovesPreview({ proposal, snapshot, taken, onToggle, t, lang }: Props) {
  const name = (id: string) => snapshot.resources.find((r) => r.id === id)?.name ?? id;
  return (
    <div className="solver-preview" data-testid="solver-preview">
      <p data-testid="solver-before-after">
        {t('beforeAfter', {
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
        <p className="muted">{t('unplaced', { titles: proposal.unplaced.map((u) => u.title).join('、') })}</p>
      )}
    </div>
  );
}
