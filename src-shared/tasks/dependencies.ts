import type { RaciEntry, RaciRole, Task } from '../model';

type Linked = Pick<Task, 'id' | 'dependsOn'>;

/**
 * A dependency cycle through `start`, if there is one, as the ids along it (start … start).
 * Tasks that wait on each other can never start, so the service refuses such an edit.
 */
export function findDependencyCycle(tasks: readonly Linked[], start: string): string[] | null {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const path: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): boolean => {
    if (id === start && path.length > 0) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    path.push(id);
    for (const dep of byId.get(id)?.dependsOn ?? []) {
      if (visit(dep)) return true;
    }
    path.pop();
    return false;
  };
  return visit(start) ? [...path, start] : null;
}

/** The prerequisites of a task that are not done yet (dangling ids are ignored). */
export function openPrerequisites(task: Linked, tasks: readonly Pick<Task, 'id' | 'status'>[]): string[] {
  const status = new Map(tasks.map((t) => [t.id, t.status]));
  return task.dependsOn.filter((id) => status.has(id) && status.get(id) !== 'done');
}

export interface RaciMatrix {
  /** Everyone named on any task, in first-seen order. */
  people: string[];
  /** role of person on task: `cells.get(taskId)?.get(person)`. */
  cells: Map<string, Map<string, RaciRole>>;
  /** Tasks breaking the usual RACI discipline: not exactly one A, or no R. */
  problems: { taskId: string; kind: 'no_accountable' | 'many_accountable' | 'no_responsible' }[];
}

export function raciMatrix(tasks: readonly Pick<Task, 'id' | 'raci'>[]): RaciMatrix {
  const people: string[] = [];
  const known = new Set<string>();
  const cells = new Map<string, Map<string, RaciRole>>();
  const problems: RaciMatrix['problems'] = [];
  for (const t of tasks) {
    const row = new Map<string, RaciRole>();
    for (const e of t.raci) {
      row.set(e.person, e.role);
      if (!known.has(e.person)) {
        known.add(e.person);
        people.push(e.person);
      }
    }
    cells.set(t.id, row);
    if (t.raci.length === 0) continue;
    const accountable = t.raci.filter((e) => e.role === 'A').length;
    if (accountable === 0) problems.push({ taskId: t.id, kind: 'no_accountable' });
    if (accountable > 1) problems.push({ taskId: t.id, kind: 'many_accountable' });
    if (!t.raci.some((e) => e.role === 'R')) problems.push({ taskId: t.id, kind: 'no_responsible' });
  }
  return { people, cells, problems };
}

/** A task's RACI row with `person` set to `role`, or removed when `role` is null. */
export function withRaciRole(raci: readonly RaciEntry[], person: string, role: RaciRole | null): RaciEntry[] {
  const rest = raci.filter((e) => e.person !== person);
  return role ? [...rest, { person, role }] : rest;
}
