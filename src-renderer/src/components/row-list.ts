/** Edits of a list of rows as a form holds them: each returns a new list and leaves the old one as it was. */

/** Replaces row `i` with a patched copy. */
export function patchAt<T>(list: readonly T[], i: number, patch: Partial<T>): T[] {
  return list.map((x, j) => (j === i ? { ...x, ...patch } : x));
}

export function removeAt<T>(list: readonly T[], i: number): T[] {
  return list.filter((_, j) => j !== i);
}

/** Puts `row` before index `i` (clamped to the list, so -1 of an empty list is its start). */
export function insertAt<T>(list: readonly T[], i: number, row: T): T[] {
  const at = Math.min(Math.max(i, 0), list.length);
  return [...list.slice(0, at), row, ...list.slice(at)];
}
