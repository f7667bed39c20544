import type { PlanSnapshot } from '../../../../src-shared/contract';

/** The plan's activities as select options, for records that may hang off one. */
export function activityOptions(snapshot: PlanSnapshot): { value: string; label: string }[] {
  return snapshot.activities.map((a) => ({ value: a.id, label: `${a.start.slice(0, 10)} ${a.title}` }));
}

export function activityTitle(snapshot: PlanSnapshot, id: string | null): string {
  if (!id) return '';
  return snapshot.activities.find((a) => a.id === id)?.title ?? '';
}

/** Narrows a form string to one of an enum's values (a type guard, not a cast), else the fallback. */
export function pick<T extends string>(values: readonly T[], value: string, fallback: T): T {
  return values.find((v) => v === value) ?? fallback;
}
