import { useEffect, useState } from 'react';
import { listSeparator } from '../../i18n';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { raciMatrix } from '../../../../src-shared/tasks/dependencies';
import { RACI_ROLES, type RaciRole, type Task } from '../../../../src-shared/model';

interface Props {
  tasks: readonly Task[];
  t: TFunction;
  onSet: (task: Task, person: string, role: RaciRole | null) => void;
}

const isRole = (v: string): v is RaciRole => RACI_ROLES.some((r) => r === v);

/** People × tasks; each cell sets one person's role on one task (one undoable edit). */
export function RaciMatrix({ tasks, t, onSet }: Props) {
  const { i18n } = useTranslation();
  const matrix = raciMatrix(tasks);
  const [extra, setExtra] = useState<string[]>([]);
  const [name, setName] = useState('');
  // A choice shows at once; the refetched tasks (a new array after every edit) replace it.
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => setPending(new Map()), [tasks]);
  const cellKey = (taskId: string, person: string) => `${taskId}\u0000${person}`;
  const people = [...matrix.people, ...extra.filter((p) => !matrix.people.includes(p))];
  const problems = new Map<string, string[]>();
  for (const p of matrix.problems) problems.set(p.taskId, [...(problems.get(p.taskId) ?? []), t(`problem.${p.kind}`)]);

  return (
    <section className="raci" data-testid="raci-matrix">
      <div className="toolbar">
        <h3>{t('raci')}</h3>
        <span className="muted">{t('raciHint')}</span>
        <div className="toolbar-spacer" />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const p = name.trim();
            if (p && !people.includes(p)) setExtra((x) => [...x, p]);
            setName('');
          }}
        >
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={t('person')}
            data-testid="raci-person"
          />
          <button type="submit" className="small" data-testid="raci-add-person">
            {t('addPerson')}
          </button>
        </form>
      </div>
      <table className="table raci-table">
        <thead>
          <tr>
            <th>{t('translation:tasks.name')}</th>
            {people.map((p) => (
              <th key={p}>{p}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr key={task.id} data-testid="raci-row">
              <td>{task.title}</td>
              {people.map((p) => (
                <td key={p}>
                  <select
                    value={pending.get(cellKey(task.id, p)) ?? matrix.cells.get(task.id)?.get(p) ?? ''}
                    onChange={(e) => {
                      const role = e.target.value;
                      setPending((m) => new Map(m).set(cellKey(task.id, p), role));
                      onSet(task, p, isRole(role) ? role : null);
                    }}
                    aria-label={`${task.title} / ${p}`}
                    data-testid="raci-cell"
                  >
                    <option value="">·</option>
                    {RACI_ROLES.map((r) => (
                      <option key={r} value={r}>
                        {r}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
              <td className="error-text">{problems.get(task.id)?.join(listSeparator(i18n.language))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
